## Đăng ký thi đua cá nhân

register-no-campaign = Hiện chưa có đợt đăng ký thi đua nào đang mở.
register-no-unit = Bạn chưa thuộc đơn vị nào nên chưa đăng ký được. Hãy liên hệ cán bộ đầu mối.
register-intro = { $campaign } — hạn nộp của đơn vị: { $deadline }. Đăng ký được lưu khi bạn chọn "Lưu đăng ký" ở bước cuối; gõ /huy để dừng bất cứ lúc nào.
register-existing = ĐĂNG KÝ CỦA BẠN
    Danh hiệu: { $title }
    Hình thức khen thưởng: { $award }
    Sáng kiến dự kiến: { $initiative }
    Trạng thái: { $status }
register-edit = ✏️ Sửa đăng ký
register-withdraw = Rút đăng ký
register-keep = Giữ nguyên
register-withdrawn = Đã rút đăng ký của bạn.
register-confirm-identity = Thông tin của bạn:
    Họ và tên: { $name }
    Chức vụ: { $position }
    Đơn vị: { $unit }
    Thông tin đã đúng chưa?
register-identity-ok = ✅ Đúng
register-ask-title = Bạn đăng ký danh hiệu thi đua nào cho năm học { $year }?
register-title-warnings = Lưu ý khi đăng ký { $title }:
    { $reasons }
    Bạn vẫn có thể đăng ký; đơn vị sẽ xem xét.
register-ask-award = Hình thức khen thưởng đăng ký (không bắt buộc):
register-no-award = Không đăng ký
register-ask-initiative = Bạn có dự kiến sáng kiến trong năm học này không?
register-ask-initiative-title = Nhập tên sáng kiến dự kiến:
register-ask-initiative-subject = Sáng kiến thuộc lĩnh vực hoặc môn nào?
register-review = XEM LẠI ĐĂNG KÝ
    Danh hiệu: { $title }
    Hình thức khen thưởng: { $award }
    Sáng kiến dự kiến: { $initiative }
register-save = ✅ Lưu đăng ký
register-restart = ✏️ Sửa lại
register-saved = Đã lưu đăng ký { $title } của bạn. Bạn có thể xem, sửa hoặc rút bằng /dangky cho đến khi đơn vị nộp.
register-none = Không
registration-status-pending = chờ đầu mối duyệt
registration-status-approved = đã được duyệt
registration-status-returned = bị trả lại, cần sửa
registration-status-withdrawn = đã rút
registration-status-returned-reason = bị trả lại, lý do: { $reason }

## Việc của đơn vị (đầu mối, lãnh đạo)

unit-pick = Bạn phụ trách nhiều đơn vị. Chọn đơn vị:
unit-menu = { $unit } — { $campaign }
    Hạn nộp: { $deadline }. Trạng thái: { $status }
    Cán bộ đã đăng ký: { $registered }/{ $members } · Chỉ tiêu: { $targets } · Danh hiệu tập thể: { $collectives }
unit-status-draft = đang soạn, chưa nộp
unit-status-submitted = đã nộp lúc { $at }
unit-menu-self = Đăng ký cá nhân của tôi
unit-menu-targets = Chỉ tiêu thi đua
unit-menu-collectives = Danh hiệu tập thể
unit-menu-staff = Đăng ký của cán bộ
unit-menu-warnings = Cảnh báo
unit-menu-submit = 📤 Nộp bản đăng ký
unit-targets-empty = Đơn vị chưa có chỉ tiêu thi đua nào.
unit-targets = CHỈ TIÊU THI ĐUA
    { $lines }
unit-target-pick = Chọn chỉ tiêu cần sửa:
unit-target-pick-remove = Chọn chỉ tiêu cần xóa:
unit-ask-target-content = Nhập nội dung chỉ tiêu (ví dụ: Tỷ lệ học sinh lên lớp):
unit-ask-target-measure = Đơn vị tính (ví dụ: %, học sinh, giải):
unit-ask-target-planned = Kế hoạch đạt được (ví dụ: 98):
unit-collectives-empty = Đơn vị chưa đăng ký danh hiệu tập thể nào.
unit-collectives = DANH HIỆU TẬP THỂ
    { $lines }
unit-collective-pick-remove = Chọn mục cần xóa:
unit-ask-collective-group = Đăng ký cho tập thể nào? Chọn "Toàn đơn vị" hoặc nhập tên tổ (ví dụ: Tổ Toán – Tin).
unit-whole-unit = Toàn đơn vị
unit-ask-collective-title = Chọn danh hiệu tập thể:
unit-staff = ĐĂNG KÝ CỦA CÁN BỘ
    Đã đăng ký: { $registered } (chờ duyệt { $pending }, đã duyệt { $approved }, trả lại { $returned })
    Chưa đăng ký ({ $missingCount }): { $missing }
    Chọn một người để xem và duyệt:
unit-and-more = { " " }và { $count } người khác
unit-staff-review = { $name }
    Danh hiệu: { $title }
    Hình thức khen thưởng: { $award }
    Sáng kiến dự kiến: { $initiative }
    Trạng thái: { $status }
unit-approve = ✅ Duyệt
unit-return = ↩ Trả lại để sửa
unit-approved = Đã duyệt.
unit-returned = Đã trả lại và báo cho người đăng ký.
unit-ask-return-reason = Nhập lý do trả lại (người đăng ký sẽ nhận được):
unit-no-warnings = Không có cảnh báo nào theo số liệu hiện có.
unit-warnings = CẢNH BÁO
    { $lines }
unit-submit-confirm = NỘP BẢN ĐĂNG KÝ THI ĐUA
    Cán bộ đã đăng ký: { $registered }/{ $members } (còn { $pending } chờ duyệt)
    Chỉ tiêu: { $targets } · Danh hiệu tập thể: { $collectives } · Cảnh báo: { $warnings }
    Sau khi nộp, đơn vị không sửa được nữa cho đến khi Văn phòng Sở mở lại. Nộp ngay?
unit-submit-yes = 📤 Nộp
unit-submitted = Đã nộp bản đăng ký thi đua của đơn vị lúc { $at }. Văn phòng Sở đã được thông báo.
unit-locked = Đơn vị đã nộp bản đăng ký nên không sửa được nữa. Liên hệ Văn phòng Sở nếu cần mở lại.
campaign-closed = Đợt đăng ký này đã đóng.
campaign-deadline-passed = Đã quá hạn nộp ({ $deadline }) nên không thay đổi được nữa. Liên hệ Văn phòng Sở nếu cần gia hạn.
