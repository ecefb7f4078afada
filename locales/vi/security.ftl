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
security-via-merged = gộp vào hồ sơ đã nhập (đầu mối xác nhận)
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

## Audit actions, entities and message states in the personal export (never a bare code)

security-audit-action-acknowledge = Tiếp nhận
security-audit-action-accept = Chấp nhận
security-audit-action-approve = Duyệt
security-audit-action-auto-nudge-on = Bật nhắc tự động
security-audit-action-auto-nudge-off = Tắt nhắc tự động
security-audit-action-close = Đóng
security-audit-action-consent-give = Đồng ý xử lý dữ liệu
security-audit-action-consent-withdraw = Rút lại đồng ý
security-audit-action-create = Tạo
security-audit-action-delete = Xóa
security-audit-action-erase = Xóa dữ liệu cá nhân
security-audit-action-export = Xuất dữ liệu
security-audit-action-grant = Cấp vai trò
security-audit-action-import-decisions = Nhập quyết định khen thưởng
security-audit-action-import-history = Nhập kết quả các năm
security-audit-action-join = Tham gia
security-audit-action-merge = Gộp hồ sơ trùng
security-audit-action-nudge = Nhắc nhở
security-audit-action-reopen = Mở lại
security-audit-action-request-erasure = Gửi yêu cầu xóa dữ liệu
security-audit-action-result-set = Ghi kết quả
security-audit-action-results-as-registered = Ghi kết quả theo đăng ký
security-audit-action-return = Trả lại
security-audit-action-revoke = Thu hồi
security-audit-action-set-deadline = Đặt hạn chót
security-audit-action-submit = Gửi
security-audit-action-submit-results = Gửi kết quả
security-audit-action-update = Cập nhật
security-audit-action-update-profile = Sửa thông tin cá nhân
security-audit-action-web-link = Mở trang làm việc trên web
security-audit-action-withdraw = Rút
security-audit-action-other = Thao tác khác
security-audit-entity-campaign = đợt thi đua
security-audit-entity-collective_registration = đăng ký của tập thể
security-audit-entity-data_request = yêu cầu về dữ liệu
security-audit-entity-decision_people = danh sách quyết định khen thưởng
security-audit-entity-initiative = sáng kiến
security-audit-entity-invite = mã mời
security-audit-entity-nomination = đề xuất điển hình tiên tiến
security-audit-entity-person = hồ sơ cá nhân
security-audit-entity-person_result = kết quả cá nhân
security-audit-entity-person_years = kết quả các năm học
security-audit-entity-province = tỉnh
security-audit-entity-registration = đăng ký thi đua
security-audit-entity-role = vai trò
security-audit-entity-unit = đơn vị
security-audit-entity-unit_submission = hồ sơ gửi của đơn vị
security-audit-entity-unit_target = chỉ tiêu của đơn vị
security-audit-entity-other = mục khác
security-audit-line = { $action }: { $entity }{ $id }
security-export-message-queued = đang chờ gửi
security-export-message-sending = đang gửi
security-export-message-sent = đã gửi
security-export-message-failed = không gửi được
security-export-message-skipped = không gửi (bỏ qua)

## Personal-data download links (one use, 15 minutes)

files-page-title = Tải dữ liệu cá nhân
files-personal-used = Liên kết này đã được dùng một lần nên không mở lại được nữa.
files-personal-expired = Liên kết này đã quá 15 phút nên không còn dùng được.
files-personal-again = Để tải lại, hãy mở /toi trong cuộc trò chuyện với bot và chọn "Tải dữ liệu của tôi": bot sẽ gửi liên kết mới cho riêng bạn.
security-document-link-once = Tải tệp { $name } tại đây: { $url }
    Liên kết chỉ dành cho bạn, dùng được một lần và hết hạn sau { $minutes } phút. Đừng chuyển cho người khác.

## Merging a possible duplicate (/thanhvien)

security-merge-pick = Có người tham gia mà không xác minh được, trùng tên với người đã có trong danh sách đơn vị. Nếu đúng là một người, chọn để gộp vào hồ sơ đã nhập:
security-merge-option = Gộp { $from } (mới) vào { $into }
security-merge-confirm = Gộp người mới tham gia "{ $from }" vào hồ sơ "{ $into }" của đơn vị? Tài khoản chat, hội thoại, đăng ký và sáng kiến của "{ $from }" chuyển sang "{ $into }"; bản ghi "{ $from }" bị xóa. "{ $into }" giữ đúng vai trò đang có, không thêm vai trò nào. Chỉ gộp khi bạn chắc chắn hai người là một.
security-merge-yes = Gộp
security-merge-done = Đã gộp "{ $from }" vào "{ $into }". Nhật ký đã ghi lại việc gộp.
security-merge-notify = Tài khoản chat của bạn đã được gắn với hồ sơ "{ $name }" trong danh sách của đơn vị. Nếu đây không phải là bạn, hãy báo ngay cho cán bộ đầu mối.
security-merge-gone = Người này không còn trong danh sách có thể trùng (có thể đã được gộp hoặc đã thay đổi). Không có gì thay đổi. Gõ /thanhvien để xem danh sách mới.
security-merge-not-allowed = Chỉ cán bộ đầu mối hoặc lãnh đạo của đơn vị đó (hoặc Văn phòng Sở) mới được gộp. Không có gì thay đổi.
security-merge-linked = Hồ sơ này đã gắn với một tài khoản chat nên không gộp được. Không có gì thay đổi.
security-merge-roles = Người mới này đang có vai trò cao hơn cán bộ, giáo viên, nhân viên nên không gộp được. Không có gì thay đổi.
security-merge-higher-role = Hồ sơ này có vai trò cao hơn cán bộ, giáo viên, nhân viên (đầu mối, lãnh đạo hoặc Văn phòng Sở): người đó cần tham gia bằng mã mời cá nhân (/moi), không gộp được. Không có gì thay đổi.
