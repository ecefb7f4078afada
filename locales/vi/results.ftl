## Rules current in 2026 (rule set NĐ 152/2025)

rule-recruited-recently = Được tuyển dụng ngày { $recruited }, đến kỳ bình xét mới được { $months } tháng; người mới tuyển dụng dưới { $min } tháng không được bình xét danh hiệu thi đua (Thông tư 01/2024/TT-BNV).
rule-cstdcs-needs-htxsnv-or-initiative = Danh hiệu Chiến sĩ thi đua cơ sở cần xếp loại Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài được công nhận trong năm học { $year }; hiện chưa có cả hai.

## /ketqua: year-end results (bình xét)

telegram-cmd-results = Kết quả thi đua cuối năm
results-no-campaign = Hiện chưa có đợt tổng hợp kết quả thi đua cuối năm nào đang mở.
results-no-unit = Tài khoản của bạn chưa gắn với đơn vị nào nên chưa xem được kết quả thi đua.
results-pick-unit = Bạn phụ trách nhiều đơn vị. Chọn đơn vị để nhập kết quả thi đua:
results-menu =
    Kết quả thi đua cuối năm: { $unit }
    Đợt: { $campaign } (hạn nộp: { $deadline })
    Đã có kết quả: { $entered }/{ $members } cán bộ
    Đề nghị điều chỉnh chưa xử lý: { $corrections }
    Danh hiệu tập thể của đơn vị: { $unitTitle }
    Trạng thái: { $status }
results-status-draft = đang nhập, chưa nộp
results-status-submitted = đã nộp lúc { $at }
results-menu-as-registered = ✅ Đạt như đăng ký (tất cả)
results-menu-people = 👥 Kết quả từng người
results-menu-collective = 🏫 Danh hiệu tập thể
results-menu-check = ⚠️ Kiểm tra theo tiêu chuẩn
results-menu-submit = 📤 Nộp kết quả
results-as-registered-done = Đã ghi kết quả “đạt như đăng ký” cho { $filled } cán bộ. Còn { $left } cán bộ chưa có kết quả (chưa đăng ký hoặc cần nhập riêng): chọn “Kết quả từng người” để nhập các trường hợp khác.
results-people = Kết quả từng người ({ $members } cán bộ, { $unrated } người chưa có xếp loại). Chọn một người để sửa. ✓ đã có kết quả, • chưa có, ✎ có đề nghị điều chỉnh.
results-not-rated = chưa xếp loại
results-not-registered = không đăng ký
results-person =
    { $name }
    Đăng ký đầu năm: { $registered }
    Xếp loại hiện tại: { $rating }
    Danh hiệu đạt: { $title }
    Đề nghị điều chỉnh: { $request }
    Chọn mức xếp loại của năm học:
results-rating-HTXSNV = Hoàn thành xuất sắc nhiệm vụ
results-rating-HTTNV = Hoàn thành tốt nhiệm vụ
results-rating-HTNV = Hoàn thành nhiệm vụ
results-rating-KHTNV = Không hoàn thành nhiệm vụ
results-ask-title = Xếp loại: { $rating }. Danh hiệu thi đua đạt được?
results-no-title = Không đạt danh hiệu
results-person-saved = Đã lưu: { $name } — { $rating }; { $title }.
results-ask-collective = Danh hiệu tập thể đơn vị đạt được trong năm học?
results-check =
    Lưu ý khi đối chiếu kết quả với tiêu chuẩn:
    { $lines }
results-check-ok = Kết quả của đơn vị không có điểm nào cần lưu ý theo tiêu chuẩn.
results-check-none = không có
results-check-unrated = Còn { $count } cán bộ chưa có xếp loại; cần nhập đủ trước khi nộp.
results-check-title-rating = { $name }: xếp loại { $rating } nhưng được ghi danh hiệu { $title }; danh hiệu thi đua cần xếp loại từ Hoàn thành tốt nhiệm vụ trở lên.
results-submit-confirm =
    Nộp kết quả thi đua của { $members } cán bộ? Sau khi nộp, kết quả bị khóa; muốn sửa cần Văn phòng Sở mở lại.
    Lưu ý: { $lines }
results-submit-yes = 📤 Nộp
results-submitted = Đã nộp kết quả thi đua của { $people } cán bộ lúc { $at }. Kết quả đã được ghi vào hồ sơ thi đua từng người.
results-unrated = Còn { $count } cán bộ chưa có xếp loại. Vui lòng nhập đủ trước khi nộp.
results-bad-rating = Mức xếp loại không hợp lệ.
results-mine =
    Kết quả thi đua của bạn ({ $campaign }):
    Xếp loại: { $rating }
    Danh hiệu: { $title }
    Đơn vị: { $status ->
        [submitted] đã nộp kết quả
       *[draft] chưa nộp kết quả
    }
    Đề nghị điều chỉnh đã gửi: { $request }
results-mine-none =
    Đơn vị chưa nhập kết quả thi đua của bạn ({ $campaign }).
    Đơn vị: { $status ->
        [submitted] đã nộp kết quả
       *[draft] chưa nộp kết quả
    }
    Đề nghị điều chỉnh đã gửi: { $request }
results-mine-correct = ✎ Đề nghị điều chỉnh
results-mine-ask-correction = Nhập nội dung đề nghị điều chỉnh gửi cán bộ đầu mối (ví dụ: “Tôi có sáng kiến được công nhận, đề nghị xét Chiến sĩ thi đua cơ sở”):
results-correction-sent = Đã gửi đề nghị điều chỉnh tới cán bộ đầu mối của đơn vị.
notify-results-correction = { $name } đề nghị điều chỉnh kết quả thi đua: “{ $request }”. Gõ /ketqua để xem và sửa.
notify-results-submitted = { $unit } đã nộp kết quả thi đua ({ $campaign }) lúc { $at }: { $people } cán bộ.

## Imports: past years' results and decisions

cli-history-import = Nhập kết quả thi đua các năm trước từ Excel/CSV
cli-history-import-usage =
    npm run cli -- history import <tệp.xlsx|tệp.csv> [--province <mã>]
    Mỗi dòng là một người trong một năm học. Cột: Mã đơn vị, Họ và tên, Năm học (2023-2024), Xếp loại (HTXSNV/HTTNV/HTNV/KHTNV hoặc ghi đủ), Danh hiệu (có thể để trống), Số quyết định (không bắt buộc).
cli-decisions-import = Nhập danh sách quyết định khen thưởng từ Excel/CSV
cli-decisions-import-usage =
    npm run cli -- decisions import <tệp.xlsx|tệp.csv> [--province <mã>]
    Mỗi dòng là một người được quyết định công nhận. Cột: Số quyết định, Ngày (dd/mm/yyyy), Cấp (Giám đốc Sở, UBND tỉnh, Bộ GDĐT, Thủ tướng, Thủ trưởng đơn vị, UBND xã), Năm học, Mã đơn vị, Họ và tên, Danh hiệu. Người có tên được nhắn tin chúc mừng một lần.
results-import-unknown-person = Không có người tên “{ $name }” trong đơn vị { $code }.
results-import-ambiguous-person = Đơn vị { $code } có nhiều người tên “{ $name }”; hãy sửa tên cho phân biệt rồi nhập lại.
results-import-bad-year = Năm học “{ $year }” không đúng dạng 2024-2025.
results-import-bad-rating = Xếp loại “{ $rating }” không hợp lệ (HTXSNV, HTTNV, HTNV, KHTNV).
results-import-bad-title = Không nhận ra danh hiệu “{ $title }”.
results-import-bad-number = Thiếu số quyết định (hoặc quá dài).
results-import-bad-date = Ngày quyết định “{ $date }” không hợp lệ (dd/mm/yyyy).
results-import-bad-level = Không nhận ra cấp quyết định “{ $level }” (Giám đốc Sở, UBND tỉnh, Bộ GDĐT…).
results-import-decision-conflict = Quyết định { $number } đã được ghi với ngày, cấp hoặc năm học khác (dòng này ghi ngày { $date }).
notify-decision = 🎉 Chúc mừng! Bạn được công nhận { $title } năm học { $year } theo Quyết định số { $number } ngày { $date } của { $level ->
        [THU_TRUONG_DON_VI] Thủ trưởng đơn vị
        [CHU_TICH_UBND_XA] Chủ tịch UBND xã
        [GIAM_DOC_SO] Giám đốc Sở GDĐT
        [UBND_TINH] Chủ tịch UBND tỉnh
        [BO_GDDT] Bộ trưởng Bộ GDĐT
        [THU_TUONG] Thủ tướng Chính phủ
       *[other] { $level }
    }.

## /toi: titles and ratings by year

results-me-history =
    Kết quả thi đua theo năm học:
    { $lines }
results-me-history-none = Chưa có kết quả thi đua năm học nào được ghi nhận cho bạn.
results-me-history-line = • { $year }: { $rating } — { $titles }{ $decision }
results-me-history-decision = {" "}(QĐ { $decision })

## /quyetdinh: a decision recorded in the chat (Văn phòng)

telegram-cmd-decision = Ghi quyết định khen thưởng
decision-ask-number = Số quyết định (ví dụ: 1234/QĐ-SGDĐT):
decision-ask-date = Ngày ký quyết định (dd/mm/yyyy):
decision-date-range = Ngày quyết định phải trong quá khứ và từ năm 2000. Vui lòng nhập lại (dd/mm/yyyy).
decision-ask-level = Cấp ra quyết định:
decision-level-THU_TUONG = Thủ tướng Chính phủ
decision-level-BO_GDDT = Bộ trưởng Bộ GDĐT
decision-level-UBND_TINH = Chủ tịch UBND tỉnh
decision-level-GIAM_DOC_SO = Giám đốc Sở GDĐT
decision-level-CHU_TICH_UBND_XA = Chủ tịch UBND xã
decision-level-THU_TRUONG_DON_VI = Thủ trưởng đơn vị
decision-ask-year = Quyết định cho năm học nào?
decision-ask-title = Danh hiệu hoặc hình thức khen thưởng:
decision-ask-person =
    Người được công nhận đến nay:
    { $names }
    Nhập họ và tên người tiếp theo, hoặc chọn “Xong”.
decision-nobody-yet = (chưa có ai)
decision-done = ✅ Xong
decision-person-not-found = Không tìm thấy ai tên “{ $name }” trong tỉnh. Vui lòng kiểm tra lại họ và tên.
decision-pick-person = Có nhiều người trùng tên. Chọn đúng người:
decision-confirm =
    Quyết định số { $number } ngày { $date } của { $level }, năm học { $year }
    Danh hiệu: { $title }
    Người được công nhận:
    { $names }
    Lưu quyết định? Những người có tên sẽ được nhắn tin chúc mừng.
decision-save = 💾 Lưu quyết định
decision-cancel = Hủy, không lưu
decision-not-saved = Đã hủy, không có gì được lưu.
decision-conflict = Quyết định { $number } đã được ghi với ngày, cấp hoặc năm học khác; không có gì được lưu.
decision-saved = Đã lưu Quyết định { $number }: { $created } người mới được ghi và nhắn tin chúc mừng, { $unchanged } người đã có từ trước.

## /help lines

help-results = Cuối năm: /ketqua (/results) xem kết quả thi đua của bạn và đề nghị điều chỉnh trước khi đơn vị nộp.
help-results-focal = Cuối năm: /ketqua (/results) nhập kết quả thi đua của đơn vị (“đạt như đăng ký” cho tất cả, rồi sửa từng trường hợp), danh hiệu tập thể, kiểm tra theo tiêu chuẩn và nộp.
help-results-office = Cuối năm: /quyetdinh (/decision) ghi quyết định khen thưởng và người được công nhận; danh sách dài và kết quả các năm trước được quản trị hệ thống nhập từ tệp Excel (decisions import, history import).

## Word documents of the year's end

results-menu-docs = 📄 Danh sách đề nghị, biên bản (Word)
results-doc-proposal = Danh sách đề nghị công nhận danh hiệu thi đua của đơn vị
results-doc-minutes = Biên bản họp bình xét (điền thời gian, thành phần trước khi ký)
rule-collective-htnv-missing-count = Chưa có xếp loại năm học { $year } của { $missing }/{ $members } thành viên nên chưa kiểm tra được điều kiện 100% thành viên hoàn thành nhiệm vụ.
