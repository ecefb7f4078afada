## Bảo mật: tham gia có xác minh, lựa chọn đã thay đổi

security-choice-stale = Danh sách đã thay đổi kể từ lúc hiển thị: mục bạn chọn không còn hoặc đã được sửa, nên chưa có gì thay đổi. Vui lòng chọn lại trong danh sách mới dưới đây.
security-ask-phone = Để nhận ra bạn trong danh sách cán bộ mà Văn phòng Sở đã nhập, hãy bấm nút «Chia sẻ số điện thoại của tôi» bên dưới. Bot chỉ so số này với số trong danh sách của đơn vị, không lưu thêm.
    Nếu không muốn chia sẻ, bấm «Bỏ qua»: bạn sẽ tham gia với vai trò cán bộ, giáo viên, nhân viên và nhập họ tên của mình.
security-share-phone = 📱 Chia sẻ số điện thoại của tôi
security-skip-phone = Bỏ qua
security-contact-expected = Vui lòng bấm nút «Chia sẻ số điện thoại của tôi», hoặc «Bỏ qua».
security-contact-not-own = Đây không phải số điện thoại của chính bạn. Vui lòng bấm nút «Chia sẻ số điện thoại của tôi» (không gửi danh bạ của người khác), hoặc «Bỏ qua».
security-phone-no-match = Số điện thoại của bạn không có trong danh sách của đơn vị. Bạn sẽ tham gia với vai trò cán bộ, giáo viên, nhân viên; nếu bạn đã có tên trong danh sách, hãy xin Văn phòng Sở mã mời cá nhân.
security-joined-phone = Chào mừng { $name }! Số điện thoại đã khớp với danh sách của đơn vị; bạn đã tham gia với vai trò { $role }.
security-joined-personal = Chào mừng { $name }! Bạn đã tham gia bằng mã mời cá nhân, với vai trò { $role }.
security-notify-possible-duplicate = Có người vừa tham gia đơn vị với tên «{ $name }» (mã #{ $id }) mà không xác minh được danh tính; tên này trùng với người đã có trong danh sách (mã #{ $other }). Nếu đúng là một người, hãy đề nghị Văn phòng Sở gửi mã mời cá nhân cho người đó. Xem: /thanhvien.

## Mã mời

security-invite-role-needs-person = Mã mời chung của đơn vị chỉ cấp vai trò cán bộ, giáo viên, nhân viên. Để giao vai trò { $role }, hãy tạo mã mời cá nhân (--person <mã người>) hoặc dùng lệnh role grant.
security-invite-personal-expiry = Mã mời cá nhân chỉ có hiệu lực tối đa { $days } ngày.
security-cli-invite-personal = Mã mời cá nhân cho { $name } (#{ $id }): dùng một lần, hết hạn { $date }.

## Thành viên đơn vị

security-members-header = THÀNH VIÊN — { $unit }
security-members-line = • { $name } — { $how }
security-members-not-joined = chưa tham gia
security-members-joined = tham gia { $date } qua { $channel }, { $via }
security-via-phone = xác minh bằng số điện thoại
security-via-personal_code = bằng mã mời cá nhân
security-via-new = người mới (chưa xác minh)
security-via-unknown = do quản trị liên kết
security-members-duplicate = ⚠️ có thể trùng với { $other } (#{ $id }) trong danh sách
security-members-empty = Đơn vị chưa có thành viên nào.
channel-name-telegram = Telegram
channel-name-zalo = Zalo
channel-name-console = bảng điều khiển
telegram-cmd-members = Thành viên đơn vị: ai đã tham gia, khi nào, bằng cách nào
security-members-page = { $header }
    { $lines }

## Nhập danh sách cán bộ

security-import-moved = chuyển từ { $from } sang { $to }.
security-import-role-ended = vai trò { $role ->
        [focal] cán bộ đầu mối
        [unit_leader] lãnh đạo đơn vị
        [staff] cán bộ, giáo viên, nhân viên
       *[other] { $role }
    } ở { $unit } đã kết thúc.
security-import-nul = dòng có ký tự NUL (không phải văn bản); hãy lưu lại tệp dưới dạng CSV UTF-8 hoặc Excel rồi nhập lại.

## Xóa dữ liệu

security-erased-name = (đã xóa theo yêu cầu)

## Tải dữ liệu cá nhân (/toi)

security-export-sheet = Dữ liệu cá nhân
security-export-col-section = Mục
security-export-col-field = Trường
security-export-col-value = Nội dung
security-export-nothing = (không có)
security-export-accepted = Đồng ý
security-export-declined = Không đồng ý
security-export-erase-request = Yêu cầu xóa dữ liệu
security-export-done = đã thực hiện
security-export-open = đang xử lý
security-export-caption = Dữ liệu hệ thống đang lưu về bạn: tệp Excel để đọc và tệp JSON để chuyển sang nơi khác.
security-export-section-person = Thông tin cá nhân
security-export-section-roles = Vai trò
security-export-section-channels = Tài khoản nhắn tin
security-export-section-consents = Đồng ý xử lý dữ liệu
security-export-section-years = Kết quả các năm học
security-export-section-registrations = Đăng ký thi đua
security-export-section-initiatives = Sáng kiến
security-export-section-nominations = Đề xuất điển hình tiên tiến về bạn
security-export-section-evidence = Minh chứng
security-export-section-audit = Nhật ký thao tác
security-export-section-messages = Tin nhắn gửi bạn
security-export-section-conversations = Hội thoại với bot
security-export-section-requests = Yêu cầu về dữ liệu
security-export-field-name = Họ và tên
security-export-field-position = Chức vụ
security-export-field-phone = Số điện thoại
security-export-field-unit = Đơn vị
security-export-field-language = Ngôn ngữ
security-export-field-role = Vai trò
security-export-field-since = Từ ngày
security-export-field-channel = Kênh
security-export-field-account = Mã tài khoản
security-export-field-notice = Phiên bản thông báo
security-export-field-decision = Quyết định
security-export-field-at = Thời điểm
security-export-field-school-year = Năm học
security-export-field-rating = Xếp loại
security-export-field-titles = Danh hiệu
security-export-field-title = Danh hiệu đăng ký
security-export-field-award = Hình thức khen thưởng
security-export-field-initiative = Sáng kiến
security-export-field-status = Trạng thái
security-export-field-field = Lĩnh vực
security-export-field-co-authors = Đồng tác giả
security-export-field-decided-on = Ngày công nhận
security-export-field-summary = Tóm tắt thành tích
security-export-field-file = Tệp
security-export-field-type = Loại tệp
security-export-field-size = Dung lượng (byte)
security-export-field-action = Thao tác
security-export-field-message = Nội dung
security-export-field-request = Yêu cầu
