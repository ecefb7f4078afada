# /moi (/invite): liên kết tham gia của đơn vị, mã mời cá nhân, người chưa tham gia.
telegram-cmd-invite = Mời tham gia: liên kết, mã QR, mã mời cá nhân
invites-telegram-link = Trên Telegram: bấm { $link }
invites-telegram-code = Trên Telegram: gửi /batdau { $code } cho bot.
invites-zalo = Trên Zalo: nhắn mã { $code } cho bot.
invites-unit =
    🔗 Liên kết tham gia của { $unit } (dành cho cán bộ, giáo viên, nhân viên)
    { $how }
    Hết hạn: { $expires } · Còn { $left } lượt dùng.
    Có thể chuyển ảnh này vào nhóm Zalo của đơn vị hoặc in ra.
invites-unit-new =
    ✅ Đã tạo liên kết mới; liên kết cũ không còn dùng được.
    🔗 Liên kết tham gia của { $unit } (dành cho cán bộ, giáo viên, nhân viên)
    { $how }
    Hết hạn: { $expires } · Còn { $left } lượt dùng.
invites-no-expiry = không thời hạn
invites-no-limit = không giới hạn
invites-menu = Bạn muốn làm gì tiếp?
invites-new-link = 🔄 Tạo liên kết mới
invites-personal = 👤 Mời riêng một người
invites-pending = 📋 Chưa tham gia
invites-new-confirm = Tạo liên kết mới? Liên kết và mã cũ sẽ ngừng hoạt động ngay; ai chưa tham gia phải dùng liên kết mới.
invites-new-yes = Tạo liên kết mới
invites-pick-person = Chọn người cần mời riêng (cán bộ, giáo viên, nhân viên có trong danh sách đơn vị, chưa tham gia). Mã mời cá nhân dùng một lần và hết hạn sau 72 giờ.
invites-pick-colleague = Chọn đồng nghiệp Văn phòng Sở cần mời (chưa tham gia). Mã mời cá nhân dùng một lần và hết hạn sau 72 giờ.
invites-personal-made =
    👤 Mã mời cá nhân cho { $name }, vai trò { $role }
    { $how }
    Dùng một lần, hết hạn { $expires }. Chỉ gửi riêng cho người này.
invites-nobody-left = Mọi người trong danh sách đều đã tham gia.
invites-person-gone = Người này đã tham gia hoặc không còn trong danh sách; không tạo mã mời.
invites-none = (không có)
invites-pending-page =
    📋 CHƯA THAM GIA — { $unit }
    Có trong danh sách nhưng chưa tham gia ({ $count } người):
    { $notJoined }

    Đã tham gia nhưng chưa khớp với danh sách (có thể trùng, cần Văn phòng Sở gộp):
    { $unmatched }
invites-unmatched-duplicate = { $name } (#{ $id }) — có thể trùng với { $other } (#{ $otherId })
invites-office-menu = Mời tham gia: chọn việc cần làm.
invites-office-manager = Mời cán bộ đầu mối / lãnh đạo đơn vị
invites-office-colleague = Mời đồng nghiệp Văn phòng Sở
invites-ask-unit = Nhập mã đơn vị (ví dụ THPT01).
invites-pick-role = Chọn vai trò cho người này.
