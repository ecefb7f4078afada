## /hoso: hồ sơ đề nghị khen thưởng (báo cáo thành tích, tờ trình, biên bản)

telegram-cmd-dossier = Hồ sơ đề nghị khen thưởng
campaign-kind-dossier = Hồ sơ đề nghị khen thưởng
dossier-no-campaign = Hiện chưa có đợt hồ sơ đề nghị khen thưởng nào: cần có kết quả thi đua cuối năm (/ketqua) trước.
dossier-none-for-you = Theo kết quả thi đua cuối năm, bạn không có đề nghị khen thưởng nào cần lập báo cáo thành tích.
dossier-pick-unit = Bạn phụ trách nhiều đơn vị. Chọn đơn vị để làm hồ sơ đề nghị khen thưởng:
dossier-mine = Bạn có nhiều đề nghị cần báo cáo thành tích. Chọn một đề nghị:
dossier-report =
    Báo cáo thành tích: { $name }
    Đề nghị: { $title } (năm học { $year })
    Hạn hồ sơ: { $deadline }
    Trạng thái: { $status }
    Lý do trả lại: { $reason }
    Các phần của báo cáo (✓ đã trả lời):
    { $sections }
    Chọn một phần để trả lời hoặc sửa. Câu trả lời được lưu ngay và còn sửa được cho đến khi đơn vị gửi hồ sơ.
dossier-section-bio = Sơ lược lý lịch
dossier-section-duties = Chức vụ, nhiệm vụ được giao
dossier-section-achievements = Thành tích đạt được
dossier-section-initiatives = Sáng kiến và việc công nhận
dossier-section-awards = Các hình thức khen thưởng đã nhận
dossier-report-status-none = chưa bắt đầu
dossier-report-status-draft = đang soạn
dossier-report-status-submitted = đã gửi đầu mối, chờ duyệt
dossier-report-status-approved = đã được duyệt
dossier-report-status-returned = bị trả lại, cần sửa
dossier-report-submit = 📤 Gửi báo cáo cho đầu mối
dossier-report-finish = ✅ Hoàn tất báo cáo của đơn vị
dossier-ask-section =
    { $section }
    { $hint }
    Hệ thống đã có:
    { $known }
    Câu trả lời đã lưu:
    { $answer }
    Chọn “Dùng nội dung này” nếu đúng và đủ, hoặc gõ phần bổ sung (một tin nhắn, tối đa 2.000 ký tự): phần bạn gõ được ghi sau nội dung hệ thống đã có.
dossier-hint-individual-bio = Gõ thêm: ngày sinh, giới tính, quê quán, trình độ chuyên môn, năm vào ngành.
dossier-hint-individual-duties = Gõ nhiệm vụ được giao trong năm học: môn, lớp dạy, chủ nhiệm, kiêm nhiệm.
dossier-hint-individual-achievements = Gõ thành tích có số liệu: tỉ lệ học sinh đạt yêu cầu, học sinh giỏi các cấp, giáo viên giỏi, giải thưởng.
dossier-hint-individual-initiatives = Các sáng kiến đã được công nhận có sẵn dưới đây; gõ thêm hiệu quả áp dụng nếu cần.
dossier-hint-individual-awards = Danh hiệu và khen thưởng theo hồ sơ; gõ thêm những hình thức chưa có trong hệ thống.
dossier-hint-collective-bio = Gõ thêm đặc điểm của đơn vị: số lớp, số học sinh, cơ sở vật chất, thuận lợi, khó khăn.
dossier-hint-collective-duties = Gõ chức năng, nhiệm vụ được giao của đơn vị.
dossier-hint-collective-achievements = Gõ kết quả có số liệu: chất lượng giáo dục, học sinh giỏi, kiểm định, các phong trào.
dossier-hint-collective-initiatives = Gõ các sáng kiến, mô hình, phong trào thi đua tiêu biểu của đơn vị.
dossier-hint-collective-awards = Danh hiệu của đơn vị theo hồ sơ; gõ thêm những hình thức khen thưởng chưa có trong hệ thống.
dossier-known-none = (chưa có dữ liệu)
dossier-answer-none = (chưa trả lời)
dossier-use-known = ✅ Dùng nội dung này
dossier-section-saved = Đã lưu phần “{ $section }”.
dossier-submit-confirm = Gửi báo cáo thành tích cho cán bộ đầu mối duyệt? Bạn vẫn sửa được cho đến khi đơn vị gửi hồ sơ.
dossier-finish-confirm = Hoàn tất báo cáo thành tích của đơn vị?
dossier-yes-send = 📤 Gửi
dossier-submitted = Đã gửi báo cáo thành tích cho cán bộ đầu mối. Bạn sẽ được báo khi báo cáo được duyệt hoặc trả lại.
dossier-finished = Đã hoàn tất báo cáo thành tích của đơn vị.
dossier-unit-menu =
    Hồ sơ đề nghị khen thưởng: { $unit }
    Đợt: { $campaign } (hạn: { $deadline })
    Đề nghị cần báo cáo thành tích: { $proposals } (đã duyệt { $approved }, chờ duyệt { $waiting })
    Trạng thái hồ sơ: { $state }{ $notes }
dossier-unit-returned-line = Lý do Văn phòng trả lại: { $reason }
dossier-unit-awaiting-line = Đang chờ lãnh đạo đơn vị xác nhận gửi.
dossier-state-not_started = chưa bắt đầu
dossier-state-in_progress = đang làm
dossier-state-sent = đã gửi
dossier-state-returned = bị trả lại
dossier-state-accepted = đã tiếp nhận
dossier-menu-reports = 📝 Báo cáo thành tích
dossier-menu-mine = ✎ Báo cáo của tôi
dossier-menu-docs = 📦 Tải hồ sơ (tờ trình, biên bản, báo cáo)
dossier-menu-send = 📤 Gửi hồ sơ
dossier-menu-confirm-send = ✅ Xác nhận gửi hồ sơ
dossier-unit-reports = Các đề nghị cần báo cáo thành tích ({ $count }). ✓ đã duyệt, ✉ chờ duyệt, ↩ đã trả lại, • chưa gửi.
dossier-unit-reports-none = Theo kết quả thi đua cuối năm, đơn vị không có đề nghị nào cần báo cáo thành tích.
dossier-review =
    { $name } — { $title }
    Trạng thái: { $status }

    { $text }
dossier-approve = ✅ Duyệt
dossier-return = ↩ Trả lại
dossier-write = ✎ Soạn báo cáo
dossier-approved = Đã duyệt báo cáo thành tích của { $name }.
dossier-ask-return-reason = Gõ lý do trả lại (người báo cáo sẽ nhận được):
dossier-returned-to-candidate = Đã trả lại báo cáo của { $name } kèm lý do; người báo cáo đã được báo.
dossier-send-confirm = Gửi hồ sơ đề nghị khen thưởng của đơn vị ({ $count } đề nghị) lên Văn phòng Sở? Sau khi gửi, hồ sơ bị khóa cho đến khi Văn phòng trả lại.
dossier-sent = Đã gửi hồ sơ đề nghị khen thưởng lúc { $at }. Văn phòng Sở đã được báo.
dossier-awaiting-leader = Đã đề nghị gửi hồ sơ; lãnh đạo đơn vị đã được báo để xác nhận bằng /hoso.
dossier-confirm-send-ask = Cán bộ đầu mối đề nghị gửi hồ sơ đề nghị khen thưởng của đơn vị. Xác nhận gửi lên Văn phòng Sở?
dossier-office-list =
    Hồ sơ đề nghị khen thưởng — { $campaign } (hạn { $deadline })
    { $units } đơn vị có đề nghị: chưa bắt đầu { $notStarted }, đang làm { $inProgress }, đã gửi { $sent }, bị trả lại { $returned }, đã tiếp nhận { $accepted }.
    Chọn một đơn vị:
dossier-office-unit =
    { $unit }
    Trạng thái: { $state }
    Đề nghị: { $proposals } (đã duyệt { $approved })
    Gửi lúc: { $sent }
    Lý do trả lại: { $reason }
dossier-office-accept = ✅ Tiếp nhận
dossier-office-return = ↩ Trả lại
dossier-office-accept-confirm = Tiếp nhận hồ sơ của { $unit } để trình Hội đồng?
dossier-office-accepted = Đã tiếp nhận hồ sơ; đơn vị đã được báo.
dossier-ask-office-reason = Gõ lý do trả lại hồ sơ (đầu mối và lãnh đạo đơn vị sẽ nhận được):
dossier-office-returned = Đã trả lại hồ sơ kèm lý do; đầu mối và lãnh đạo đơn vị đã được báo.
dossier-docs-caption = Hồ sơ đề nghị khen thưởng ({ $files } văn bản Word)
dossier-locked = Hồ sơ của đơn vị đã gửi nên không sửa được nữa; chỉ khi Văn phòng Sở trả lại mới sửa được.
dossier-report-incomplete = Báo cáo còn { $count } phần chưa trả lời.
dossier-review-own = Bạn không tự duyệt báo cáo của mình: lãnh đạo đơn vị duyệt.
dossier-report-not-submitted = Báo cáo này chưa được gửi để duyệt.
dossier-send-nothing = Đơn vị không có đề nghị nào cần báo cáo thành tích.
dossier-send-unapproved = Còn { $count } báo cáo thành tích chưa được duyệt; hồ sơ chỉ gửi được khi mọi báo cáo đã duyệt.
dossier-leader-only = Chỉ lãnh đạo đơn vị xác nhận gửi hồ sơ.
dossier-nothing-to-confirm = Chưa có đề nghị gửi hồ sơ nào để xác nhận.
dossier-not-sent = Hồ sơ của đơn vị chưa ở trạng thái đã gửi.
notify-dossier-report-submitted = 📝 { $name } đã gửi báo cáo thành tích. Gõ /hoso để duyệt hoặc trả lại.
notify-dossier-report-approved = ✅ Báo cáo thành tích của bạn đã được cán bộ đầu mối duyệt.
notify-dossier-report-returned =
    ↩ Báo cáo thành tích của bạn được trả lại để sửa.
    Lý do: { $reason }
    Gõ /hoso để sửa và gửi lại.
notify-dossier-confirm = 📤 { $by } đề nghị gửi hồ sơ đề nghị khen thưởng của { $unit }. Gõ /hoso để xác nhận.
notify-dossier-sent-office = 📦 { $unit } đã gửi hồ sơ đề nghị khen thưởng lúc { $at }. Gõ /hoso để xem.
notify-dossier-sent-unit = 📦 Hồ sơ đề nghị khen thưởng của { $unit } đã được gửi lúc { $at }.
notify-dossier-accepted = ✅ Văn phòng Sở đã tiếp nhận hồ sơ đề nghị khen thưởng của { $unit }.
notify-dossier-returned =
    ↩ Văn phòng Sở trả lại hồ sơ đề nghị khen thưởng của { $unit }.
    Lý do: { $reason }
    Gõ /hoso để sửa và gửi lại.
reminder-dossier-before =
    ⏰ Nhắc hạn gửi hồ sơ đề nghị khen thưởng: { $campaign }
    Hạn gửi: { $deadline } (còn { $days } ngày).
    { $unit } chưa gửi hồ sơ. Gõ /hoso để xem các báo cáo thành tích và gửi hồ sơ.
reminder-dossier-today =
    ⏰ Hôm nay là hạn cuối gửi hồ sơ đề nghị khen thưởng: { $campaign }
    Hạn gửi: { $deadline }, trước 24 giờ.
    { $unit } chưa gửi hồ sơ. Gõ /hoso để gửi ngay.
reminder-dossier-overdue =
    ⚠️ Đơn vị đã quá hạn gửi hồ sơ đề nghị khen thưởng { $days } ngày: { $campaign }
    Hạn gửi là { $deadline }.
    { $unit } chưa gửi hồ sơ. Gõ /hoso để gửi ngay, hoặc liên hệ Văn phòng Sở nếu cần gia hạn.
reminder-dossier-office-overdue =
    Các đơn vị chưa gửi hồ sơ đề nghị khen thưởng — { $campaign } (hạn { $deadline }): { $count } đơn vị.
    { $units }

help-dossier = Hồ sơ khen thưởng: /hoso (/dossier) làm báo cáo thành tích khi bạn được đề nghị khen thưởng — trả lời từng phần, hệ thống điền sẵn những gì đã có.
help-dossier-focal = Hồ sơ khen thưởng: /hoso (/dossier) duyệt hoặc trả lại báo cáo thành tích, tải tờ trình, biên bản và gửi hồ sơ của đơn vị (lãnh đạo xác nhận).
help-dossier-office = Hồ sơ khen thưởng: /hoso (/dossier) xem trạng thái hồ sơ của các đơn vị, tải, trả lại kèm lý do hoặc tiếp nhận.
