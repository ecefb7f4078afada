# Sáng kiến declarations and điển hình tiên tiến nominations.

initiative-none-yet = Bạn chưa khai báo sáng kiến nào. Sáng kiến đã được công nhận là điều kiện của danh hiệu Chiến sĩ thi đua.
initiative-list =
    SÁNG KIẾN CỦA BẠN
    { $list }
initiative-add = ➕ Khai báo sáng kiến
initiative-ask-title = Nhập tên sáng kiến:
initiative-ask-field = Sáng kiến thuộc lĩnh vực hoặc môn nào?
initiative-ask-coauthors = Đồng tác giả (họ và tên, cách nhau bằng dấu phẩy), hoặc chọn “Không có”:
initiative-no-coauthors = Không có
initiative-ask-status = Sáng kiến đang ở giai đoạn nào?
initiative-status-planned = Dự kiến
initiative-status-applied = Đã áp dụng
initiative-status-recognised = Đã được công nhận
initiative-ask-decision = Số quyết định công nhận (ví dụ 1234/QĐ-SGDĐT):
initiative-ask-date = Ngày ký quyết định (ngày/tháng/năm, ví dụ 15/05/2025):
initiative-date-range = Ngày quyết định phải là một ngày đã qua. Vui lòng nhập lại.
initiative-ask-scope = Phạm vi ảnh hưởng được công nhận:
initiative-scope-co_so = Cấp cơ sở
initiative-scope-tinh = Cấp tỉnh
initiative-scope-toan_quoc = Toàn quốc
initiative-recognised-line = Đã công nhận, QĐ { $decision } ngày { $date }, phạm vi { $scope }
initiative-review =
    XEM LẠI SÁNG KIẾN
    Tên: { $title }
    Lĩnh vực/môn: { $field }
    Đồng tác giả: { $coauthors }
    Tình trạng: { $status }
initiative-save = ✅ Lưu sáng kiến
initiative-saved = Đã lưu sáng kiến “{ $title }”.

nomination-no-campaign = Hiện chưa có đợt đề xuất điển hình tiên tiến nào đang mở.
nomination-closed = Đợt đề xuất điển hình tiên tiến đã đóng hoặc đã quá hạn nên không thay đổi được nữa.
nomination-menu =
    ĐIỂN HÌNH TIÊN TIẾN — { $unit }
    { $campaign }
    Đã đề xuất: { $count } (tối thiểu { $min })
    { $list }
nomination-none-yet = Chưa có đề xuất nào.
nomination-kind-individual = Cá nhân
nomination-kind-collective = Tập thể
nomination-status-draft = bản nháp
nomination-status-submitted = đã nộp, chờ Văn phòng xét
nomination-status-returned = bị trả lại
nomination-status-accepted = đã được chấp nhận
nomination-new = ➕ Đề xuất mới
nomination-edit = ✏️ Sửa: { $name }
nomination-submit = 📤 Nộp danh sách
nomination-submitted = Đã nộp { $count } đề xuất cho Văn phòng Sở.
nomination-nothing-to-submit = Không có đề xuất nào ở trạng thái nháp hoặc bị trả lại để nộp.
nomination-too-few = Đơn vị cần đề xuất ít nhất { $min } điển hình; hiện mới có { $count }.
nomination-too-many = Đơn vị chỉ được đề xuất tối đa { $max } điển hình; hiện có { $count }.
nomination-ask-kind = Đề xuất cá nhân hay tập thể?
nomination-ask-person = Chọn người được đề xuất, hoặc nhập họ và tên:
nomination-ask-collective = Chọn tập thể, hoặc nhập tên tập thể (ví dụ: Tổ Toán – Tin):
nomination-nominee-other-unit = Người này thuộc đơn vị khác nên đơn vị bạn không đề xuất được. Vui lòng chọn người trong đơn vị.
nomination-ask-field = Lĩnh vực tiêu biểu (ví dụ: Đổi mới phương pháp dạy học):
nomination-ask-summary = Tóm tắt thành tích (tối đa { $max } ký tự):
nomination-summary-too-long = Bản tóm tắt dài { $count } ký tự, vượt quá { $max } ký tự cho phép. Vui lòng rút gọn rồi gửi lại.
nomination-ask-rating = Năm học { $year }: mức xếp loại hoàn thành nhiệm vụ?
rating-HTXSNV = Hoàn thành xuất sắc nhiệm vụ
rating-HTTNV = Hoàn thành tốt nhiệm vụ
rating-HTNV = Hoàn thành nhiệm vụ
rating-KHTNV = Không hoàn thành nhiệm vụ
nomination-ask-titles = Năm học { $year }: danh hiệu thi đua cao nhất đạt được?
nomination-no-title = Không có danh hiệu
nomination-ask-initiative = Sáng kiến đã được công nhận: chọn trong các sáng kiến đã khai báo, nhập tên sáng kiến, hoặc chọn “Không có”.
nomination-no-initiative = Không có
nomination-ask-criterion =
    Tiêu chí { $n }/{ $total }: { $criterion }
    Đạt không? Có thể nhập ghi chú thay cho “Có”.
criterion-law = Gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước
criterion-excellent = Hoàn thành xuất sắc mọi nhiệm vụ được giao
criterion-pioneer = Là nhân tố mới, điển hình tiêu biểu dẫn đầu phong trào thi đua, được tập thể thừa nhận, suy tôn
criterion-solidarity = Tương thân tương ái, tích cực tham gia hoạt động nhân đạo, từ thiện
criterion-creative = Sáng tạo, vượt khó, hoàn thành vượt mức kế hoạch, bảo đảm chất lượng, hiệu quả
criterion-initiative = Có sáng kiến được Giám đốc Sở hoặc Chủ tịch UBND tỉnh công nhận phạm vi ảnh hưởng
criterion-learning = Tích cực học tập nâng cao trình độ chuyên môn, nghiệp vụ
criterion-discipline = Chấp hành tốt kỷ luật, kỷ cương, nội quy, quy chế của cơ quan, đơn vị
criterion-innovation = Điển hình về phong trào “Đổi mới sáng tạo trong quản lý, giảng dạy và học tập”
criterion-cstdcs-years = Các năm trong giai đoạn đều hoàn thành xuất sắc nhiệm vụ và đạt Chiến sĩ thi đua cơ sở
criterion-movement = Có phong trào thi đua thường xuyên, thiết thực, hiệu quả
criterion-unity = Nội bộ đoàn kết, thực hành tiết kiệm, chống lãng phí, chống tham nhũng
criterion-collective-titles = Các năm trong giai đoạn đều đạt Tập thể lao động tiên tiến (tổ) hoặc Tập thể lao động xuất sắc (trường)
criterion-quality = Điển hình về chất lượng giáo dục, đội ngũ, cơ sở vật chất
nomination-ask-evidence =
    Gửi minh chứng: ảnh hoặc tệp PDF, mỗi tệp tối đa 20 MB (đã nhận { $count } tệp).
    Nếu ứng dụng của bạn không gửi được tệp cho bot (Zalo, máy tính), hãy bấm “Xong” và gửi minh chứng cho Văn phòng Sở qua thư điện tử.
nomination-evidence-done = ✅ Xong
nomination-evidence-received = Đã nhận tệp minh chứng thứ { $count }.
evidence-too-large = Tệp lớn hơn 20 MB nên không nhận được. Vui lòng gửi tệp nhỏ hơn.
evidence-wrong-type = Chỉ nhận ảnh (JPG, PNG) hoặc tệp PDF. Vui lòng gửi lại.
nomination-review =
    XEM LẠI ĐỀ XUẤT
    { $kind }: { $name }
    Lĩnh vực: { $field }
    Thành tích: { $summary }
    Các năm:
    { $years }
    Sáng kiến: { $initiative }
    Tiêu chí đạt: { $criteria }
    Minh chứng: { $evidence } tệp
    { $warnings }
nomination-no-warnings = ✅ Dữ liệu hiện có không cho thấy tiêu chí nào chưa đạt.
nomination-save = ✅ Lưu bản nháp
nomination-discard = Bỏ đề xuất này
nomination-discarded = Đã bỏ, không lưu gì.
nomination-saved = Đã lưu bản nháp đề xuất { $name }. Khi đủ danh sách, chọn “Nộp danh sách”.
nomination-not-editable = Đề xuất đã nộp hoặc đã được chấp nhận nên không sửa được.
nomination-unknown = Không có đề xuất số { $id }.
nomination-not-submitted = Đề xuất số { $id } chưa được nộp hoặc đã được xét.
elig-needs-htxsnv = Năm học { $year } chưa đạt Hoàn thành xuất sắc nhiệm vụ.
elig-needs-cstdcs = Năm học { $year } chưa đạt Chiến sĩ thi đua cơ sở.
elig-needs-initiative = Chưa có sáng kiến được công nhận ở phạm vi cấp tỉnh (Giám đốc Sở hoặc Chủ tịch UBND tỉnh).
elig-head-needs-unit = Người đứng đầu đơn vị chỉ được công nhận khi chính đơn vị cũng là tập thể điển hình tiên tiến; đơn vị chưa được đề xuất.
elig-needs-ttldxs = Năm học { $year } tập thể chưa đạt Tập thể lao động xuất sắc.
elig-needs-ttldtt = Năm học { $year } tập thể chưa đạt Tập thể lao động tiên tiến.
notify-nominations-submitted = { $unit } đã nộp { $count } đề xuất điển hình tiên tiến. Gõ /dienhinh để xét.
notify-nomination-accepted = Văn phòng Sở đã chấp nhận đề xuất điển hình tiên tiến: { $name }.
notify-nomination-returned = Văn phòng Sở trả lại đề xuất { $name }. Lý do: { $reason }. Gõ /dienhinh để sửa và nộp lại.
nomination-office-list = ĐỀ XUẤT ĐIỂN HÌNH TIÊN TIẾN: { $waiting } chờ xét / { $total } đã nộp. Chọn một đề xuất để xem.
nomination-office-one =
    { $kind }: { $name } (nộp ngày { $submitted })
    Lĩnh vực: { $field }
    Thành tích: { $summary }
    Các năm:
    { $years }
    Tiêu chí đạt: { $criteria } · Minh chứng: { $evidence } tệp
nomination-accept = ✅ Chấp nhận
nomination-return = ↩️ Trả lại
nomination-ask-return-reason = Lý do trả lại (đơn vị sẽ nhận được):
nomination-accepted = Đã chấp nhận đề xuất { $name } và báo cho đơn vị.
nomination-returned = Đã trả lại đề xuất { $name } và báo cho đơn vị.

cli-nominations-list = Danh sách đề xuất điển hình tiên tiến đã nộp
cli-nominations-list-usage = Cách dùng: npm run cli -- nominations list [--campaign <id>] [--province <mã>]
cli-nominations-accept = Chấp nhận một đề xuất điển hình tiên tiến
cli-nominations-accept-usage = Cách dùng: npm run cli -- nominations accept --id <số> [--province <mã>]
cli-nominations-return = Trả lại một đề xuất điển hình tiên tiến, kèm lý do
cli-nominations-return-usage = Cách dùng: npm run cli -- nominations return --id <số> --reason "<lý do>" [--province <mã>]
cli-nominations-line = #{ $id }  { $unit }  { $name }  ({ $kind })  { $status }
cli-nominations-none = Chưa có đề xuất nào được nộp.
cli-nominations-done = Đề xuất #{ $id }: { $status }.
