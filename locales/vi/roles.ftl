# Vai trò của cán bộ một đơn vị: Văn phòng Sở xem, cấp, thu hồi từ /tiendo → một đơn vị.
roles-open = 👤 Vai trò cán bộ
roles-role = { $role ->
        [office] Văn phòng Sở
        [unit_leader] lãnh đạo (thủ trưởng) đơn vị
        [focal] cán bộ đầu mối
       *[staff] giáo viên, nhân viên
    }
roles-none = chưa có vai trò
roles-not-joined = {" "}(chưa tham gia bot)
roles-people =
    Vai trò của cán bộ { $unit }:
    { $lines }

    Chọn một người để cấp hoặc thu hồi vai trò.
roles-people-line = • { $name }: { $roles }{ $joined }
roles-empty = { $unit } chưa có ai trong danh sách. Nhập danh sách cán bộ bằng /nhap.
roles-back-progress = ↩️ Về tiến độ đơn vị
roles-person = { $name } ({ $unit }). Vai trò hiện có: { $roles }. { $joined } Cấp hoặc thu hồi vai trò nào?
roles-joined = Đã tham gia bot.
roles-not-joined-long = Chưa tham gia bot.
roles-grant = ➕ Cấp: { $role }
roles-revoke = ➖ Thu hồi: { $role }
roles-confirm-grant =
    Cấp vai trò { $role } cho { $name } ({ $unit })?
    { $notes }
roles-confirm-revoke =
    Thu hồi vai trò { $role } của { $name } ({ $unit })?
    { $notes }
roles-note-not-joined = { $name } chưa tham gia bot: vai trò được ghi ngay và có hiệu lực khi người này tham gia bằng mã mời cá nhân (tạo bằng /moi).
roles-note-last-focal = Sau khi thu hồi, đơn vị không còn cán bộ đầu mối; bot nhắc hạn cho lãnh đạo đơn vị (nếu có).
roles-yes = ✅ Xác nhận
roles-granted = Đã cấp vai trò { $role } cho { $name }. { $told }
roles-revoked = Đã thu hồi vai trò { $role } của { $name }. { $told }
roles-told = Người này được báo qua bot.
roles-not-told = Người này chưa tham gia bot nên chưa được báo: gửi cho họ mã mời cá nhân bằng /moi.
roles-already-held = { $name } đã có vai trò { $role }; không có gì thay đổi.
roles-not-held = { $name } không còn vai trò { $role }; không có gì thay đổi.
roles-person-gone = Người này không còn trong danh sách của đơn vị; không có gì thay đổi.
roles-office-only-so = Vai trò Văn phòng Sở chỉ dành cho cán bộ của Sở; không có gì thay đổi.
roles-last-office = Không thu hồi được: đây là tài khoản Văn phòng Sở cuối cùng của tỉnh. Hãy cấp vai trò Văn phòng Sở cho một người khác trước; không có gì thay đổi.
roles-notify-granted = Văn phòng Sở đã cấp cho bạn vai trò { $role ->
        [office] Văn phòng Sở
        [unit_leader] lãnh đạo (thủ trưởng) đơn vị
        [focal] cán bộ đầu mối
       *[staff] giáo viên, nhân viên
    } tại { $unit }. Gõ /trogiup để xem các việc bạn làm được.
roles-notify-revoked = Văn phòng Sở đã thu hồi vai trò { $role ->
        [office] Văn phòng Sở
        [unit_leader] lãnh đạo (thủ trưởng) đơn vị
        [focal] cán bộ đầu mối
       *[staff] giáo viên, nhân viên
    } của bạn tại { $unit }.
