office-campaign-menu =
    Các đợt thi đua:
    { $lines }

    Chọn việc cần làm.
office-campaign-none = Chưa có đợt nào.
office-campaign-line = #{ $id } { $title } — { $kind }, năm học { $year }, { $opens } → { $deadline } ({ $status })
office-campaign-open = ➕ Mở đợt mới
office-campaign-move = 📅 Đổi hạn chót
office-campaign-close = 🔒 Đóng đợt
office-campaign-reopen = ↩️ Mở lại đơn vị
office-campaign-ask-kind = Loại đợt thi đua?
office-campaign-ask-title = Tên đợt (ví dụ: Đăng ký thi đua năm học 2026-2027)?
office-campaign-ask-year = Năm học (ví dụ 2026-2027)?
office-campaign-year-format = Năm học viết dạng 2026-2027 (hai năm liền nhau).
office-campaign-ask-opens = Ngày mở đợt (dd/mm/yyyy)?
office-campaign-ask-deadline = Hạn chót (dd/mm/yyyy)?
office-campaign-ask-move = Đổi hạn chót của đợt nào?
office-campaign-ask-close = Đóng đợt nào?
office-campaign-deadline-past = Hạn chót đã qua. Hãy nhập một ngày từ hôm nay trở đi.
office-campaign-opens-after-deadline = Ngày mở đợt sau hạn chót. Hãy nhập hạn chót từ ngày mở đợt trở đi.
office-campaign-confirm-open =
    Mở đợt mới?
    Loại: { $kind }
    Tên: { $title }
    Năm học: { $year }
    Mở: { $opens } — Hạn chót: { $deadline }
office-campaign-confirm-move = Đổi hạn chót của “{ $title }” từ { $from } sang { $to }? Lịch nhắc hạn sẽ theo hạn mới.
office-campaign-confirm-close = Đóng đợt “{ $title }”? Sau khi đóng, các đơn vị không nộp được nữa và bot thôi nhắc hạn.
office-confirm-yes = ✅ Đồng ý
office-confirm-no = ✖️ Thôi
office-nothing-changed = Đã hủy, không có gì thay đổi.
office-campaign-opened = Đã mở đợt #{ $id } “{ $title }”, hạn chót { $deadline }. Bot sẽ nhắc hạn theo lịch.
office-campaign-moved = Đã đổi hạn chót của “{ $title }” sang { $deadline }. Lịch nhắc hạn đã theo hạn mới.
office-campaign-closed = Đã đóng đợt “{ $title }”. Bot thôi nhắc hạn cho đợt này.
office-reopen-none = Chưa có đơn vị nào đã nộp trong các đợt đang mở.
office-reopen-ask-unit = Mở lại bản đăng ký của đơn vị nào?
office-reopen-ask-reason = Lý do mở lại (gửi cho đầu mối của đơn vị)?
office-reopen-confirm = Mở lại bản đăng ký đã nộp của { $unit }? Lý do: { $reason }
office-reopened = Đã mở lại bản đăng ký của { $unit }; đầu mối của đơn vị được báo qua bot.
office-reopen-not-submitted = { $unit } chưa nộp (hoặc đã được mở lại), không có gì thay đổi.
office-campaign-duplicate = Năm học { $year } đã có đợt cùng loại đang mở: #{ $id } “{ $title }”. Mỗi năm học chỉ một đợt mỗi loại đang mở: đổi hạn chót hoặc đóng đợt cũ bằng /dotthidua. Chưa mở đợt mới.
office-requests-none = Không có yêu cầu nào về dữ liệu cá nhân đang chờ xử lý.
office-requests-list =
    Yêu cầu về dữ liệu cá nhân đang chờ (hạn xử lý theo Nghị định 356/2025/NĐ-CP):
    { $lines }
office-requests-line = #{ $id } { $name } — { $unit }: xóa dữ liệu, gửi ngày { $at }, hạn { $deadline }{ $late }
office-requests-late = (đã quá hạn)
office-requests-no-unit = chưa thuộc đơn vị
office-requests-gone = Yêu cầu này không còn chờ xử lý.
office-requests-what = Yêu cầu #{ $id } của { $name } (hạn { $deadline }). Làm gì?
office-requests-ack = 📨 Báo đã tiếp nhận
office-requests-erase = 🗑 Xóa dữ liệu
office-requests-erase-yes = 🗑 Xóa dữ liệu
office-requests-confirm-erase = Xóa dữ liệu cá nhân của { $name } ({ $unit })? Họ tên, chức vụ, số điện thoại, liên kết chat, nội dung đề xuất và minh chứng sẽ bị xóa; số liệu thống kê được giữ. Không hoàn tác được. Sau khi xóa, bot không còn liên lạc được với người này.
office-requests-acked = Đã báo { $name } rằng yêu cầu được tiếp nhận và sẽ xử lý trước { $deadline }.
office-requests-notify-ack = Văn phòng Sở đã tiếp nhận yêu cầu xóa dữ liệu cá nhân của bạn và sẽ xử lý trước ngày { $deadline }. Khi xóa xong, bot sẽ không còn nhận ra bạn.
office-requests-erased = Đã xóa dữ liệu cá nhân theo yêu cầu #{ $id } ({ $files } tệp minh chứng đã xóa). Nhật ký ghi lại việc xóa, không ghi tên.
office-requests-erased-told = Lời báo "đã xóa xong" (không chứa thông tin cá nhân) đã được xếp gửi tới người yêu cầu qua { $count } kênh nhắn tin.
office-requests-erased-not-told = Người yêu cầu không còn kênh nhắn tin nào để báo: hãy báo cho họ bằng cách khác.
office-import-zalo = Zalo không nhận được tệp gửi cho bot. Hãy nhập danh sách đơn vị hoặc cán bộ trên trang làm việc: gõ /web để lấy đường dẫn, rồi vào mục "Nhập dữ liệu".
office-import-no-files = Kênh này không nhận được tệp. Hãy gõ /web và nhập tệp trên trang làm việc.
office-import-ask-kind = Nhập danh sách nào?
office-import-units = 🏫 Đơn vị
office-import-people = 👥 Cán bộ, giáo viên
office-import-ask-file = Gửi tệp .xlsx hoặc .csv (tối đa 10 MB, 20.000 dòng) dưới dạng tệp đính kèm. Bot sẽ cho xem trước, chưa ghi gì.
office-import-not-table = Đây không phải tệp bảng .xlsx hay .csv. Hãy gửi lại tệp bảng tính, không có gì được nhập.
office-import-too-big = Tệp lớn hơn 10 MB. Hãy chia nhỏ tệp rồi gửi lại; không có gì được nhập.
office-import-too-many-rows = Tệp có { $rows } dòng, quá giới hạn { $max } dòng. Hãy chia nhỏ tệp; không có gì được nhập.
office-import-preview =
    Xem trước { $file } (chưa ghi gì):
    thêm mới { $created }, cập nhật { $updated }, giữ nguyên { $unchanged }, bị loại { $rejected }.
    { $lines }
office-import-rejected-line = Dòng { $line }: { $reason }
office-import-more = … và { $count } dòng bị loại khác.
office-import-rejected-file = Đủ { $count } dòng bị loại (số dòng, lý do, nội dung dòng) có trong tệp Excel gửi kèm: sửa các dòng đó rồi gửi lại bằng /nhap.
office-import-rejected-caption = { $count } dòng bị loại: số dòng, lý do và nội dung dòng.
office-import-rejected-sheet = Dòng bị loại
office-import-col-line = Dòng
office-import-col-reason = Lý do
office-import-confirm = Nhập các dòng hợp lệ? Các dòng bị loại không được ghi.
office-import-yes = 📥 Nhập
office-import-done = Đã nhập: thêm mới { $created }, cập nhật { $updated }, giữ nguyên { $unchanged }, bị loại { $rejected }.
telegram-cmd-campaign = Đợt thi đua: mở, đổi hạn, đóng, mở lại đơn vị (Văn phòng)
telegram-cmd-requests = Yêu cầu về dữ liệu cá nhân (Văn phòng)
telegram-cmd-import = Nhập danh sách đơn vị, cán bộ từ tệp (Văn phòng)
