## Vai trò, loại và trạng thái đợt

role-office = Văn phòng Sở
role-unit_leader = Lãnh đạo đơn vị
role-focal = Cán bộ đầu mối
role-staff = Cán bộ, giáo viên, nhân viên

campaign-kind-registration = Đăng ký thi đua
campaign-kind-nomination = Điển hình tiên tiến
campaign-kind-initiative = Sáng kiến
campaign-kind-review = Sơ kết, tổng kết
campaign-status-scheduled = chưa mở
campaign-status-open = đang mở
campaign-status-overdue = đã quá hạn
campaign-status-closed = đã đóng

demo-campaign-registration = Đăng ký thi đua năm học { $year }
demo-campaign-nomination = Đề xuất điển hình tiên tiến năm học { $year }

## Lỗi nghiệp vụ

province-unknown = Không có tỉnh mã { $code }.
province-none = Chưa có tỉnh nào. Tạo trước: npm run cli -- province create --code ND --name "Nam Định" (hoặc npm run cli -- demo load).
province-ambiguous = Có nhiều tỉnh ({ $codes }). Hãy chọn bằng --province <mã>.
unit-unknown = Không có đơn vị mã { $code }.
person-unknown = Không có người có mã số { $id }.
campaign-unknown = Không có đợt thi đua số { $id }.
campaign-already-closed = Đợt số { $id } đã đóng rồi.
campaign-deadline-before-open = Hạn nộp phải sau ngày mở đợt.
invite-unknown = Mã mời không đúng. Hãy kiểm tra lại hoặc xin mã mới từ cán bộ đầu mối.
invite-revoked = Mã mời này đã bị thu hồi. Hãy xin mã mới từ cán bộ đầu mối.
invite-expired = Mã mời này đã hết hạn. Hãy xin mã mới từ cán bộ đầu mối.
invite-used-up = Mã mời này đã được dùng hết số lượt. Hãy xin mã mới từ cán bộ đầu mối.
invite-needs-unit = Mã mời cho vai trò này phải gắn với một đơn vị (--unit).
invite-office-no-unit = Mã mời cho Văn phòng Sở áp dụng toàn tỉnh, không gắn với đơn vị.
role-needs-unit = Vai trò này phải gắn với một đơn vị (--unit).
role-office-no-unit = Vai trò Văn phòng Sở áp dụng toàn tỉnh, không gắn với đơn vị.

## Nhập dữ liệu từ Excel/CSV

import-file-type = Tệp { $file } không phải .xlsx hay .csv.
import-file-missing = Không tìm thấy tệp { $file }.
import-file-unreadable = Không đọc được tệp Excel { $file }. Hãy lưu lại dưới dạng .xlsx rồi thử lại.
import-file-empty = Tệp { $file } không có dữ liệu.
import-file-not-utf8 = Tệp { $file } không phải mã UTF-8. Trong Excel chọn "Lưu thành" → "CSV UTF-8".
import-file-bad-csv = Tệp { $file } sai định dạng CSV: { $detail }
import-missing-columns = Tệp thiếu cột: { $columns }. Không có gì được ghi.
import-bad-code = Mã đơn vị "{ $code }" không hợp lệ (chỉ dùng chữ không dấu, số, dấu chấm, gạch ngang).
import-empty-name = Thiếu tên.
import-empty-kind = Thiếu loại đơn vị.
import-empty-unit = Thiếu mã đơn vị.
import-too-long = Nội dung quá dài.
import-name-digits = Họ và tên không được chứa chữ số.
import-formula = Ô có nội dung dạng công thức (bắt đầu bằng =, +, -, @); hãy nhập giá trị thay cho công thức.
import-duplicate-code = Mã { $code } trùng với dòng { $first }.
import-duplicate-person = Người này trùng với dòng { $first }.
import-unknown-parent = Đơn vị cấp trên { $parent } của { $code } không có trong tệp hay trong hệ thống.
import-parent-rejected = Đơn vị cấp trên { $parent } của { $code } bị từ chối nên dòng này cũng không nhập được.
import-parent-cycle = Đơn vị { $code } nằm trong vòng lặp cấp trên: { $chain }.
import-unknown-unit = Không có đơn vị mã { $code }.
import-bad-role = Vai trò "{ $role }" không hợp lệ (giáo viên, nhân viên, đầu mối, lãnh đạo, văn phòng).
import-bad-phone = Số điện thoại không hợp lệ (cần 10 chữ số, ví dụ 0912345678).

## Dòng lệnh quản trị

cli-usage = Cách dùng: npm run cli -- <lệnh> [tùy chọn]   (thêm --help sau lệnh để xem chi tiết)
cli-unknown-command = Không có lệnh "{ $command }".
cli-failed = Lệnh "{ $command }" bị lỗi. Xem nhật ký để biết chi tiết; dữ liệu không bị thay đổi dở dang.
cli-bad-argument = Tham số { $name } không hợp lệ: cần { $expected }.
cli-bad-option = Tùy chọn không hợp lệ: { $detail }
cli-argument = đầu vào
cli-expect-date = ngày dạng dd/mm/yyyy, ví dụ 20/10/2025
cli-expect-positive-int = một số nguyên dương
cli-expect-role = một trong office, unit_leader, focal, staff
cli-expect-kind = một trong registration, nomination, initiative, review, results, dossier
cli-expect-unit-code = mã đơn vị
cli-expect-school-year = năm học dạng 2025-2026
cli-expect-text = nội dung không để trống
cli-expect-file = đường dẫn tệp .xlsx hoặc .csv
cli-expect-code = mã mời
cli-expect-province-code = mã tỉnh 2–20 ký tự không dấu
cli-expect-valid = giá trị hợp lệ
cli-migrate = Áp dụng các thay đổi cấu trúc cơ sở dữ liệu
cli-migrate-usage = npm run cli -- migrate
cli-migrate-done = Cơ sở dữ liệu ({ $engine }) đã ở phiên bản mới nhất.
cli-province-create = Tạo tỉnh (đơn vị thuê bao)
cli-province-create-usage = npm run cli -- province create --code ND --name "Nam Định"
cli-province-created = Tỉnh { $code }: { $name }.
cli-province-list = Liệt kê các tỉnh
cli-province-list-usage = npm run cli -- province list
cli-units-import = Nhập đơn vị từ Excel/CSV
cli-units-import-usage =
    npm run cli -- units import <tệp.xlsx|tệp.csv> [--province <mã>]
    Cột: mã đơn vị, tên đơn vị, loại đơn vị, mã đơn vị cấp trên, cụm/khối.
    Nhập lại sẽ cập nhật theo mã, không tạo trùng. Dòng bị từ chối được liệt kê kèm lý do.
cli-people-import = Nhập cán bộ, giáo viên từ Excel/CSV
cli-people-import-usage =
    npm run cli -- people import <tệp.xlsx|tệp.csv> [--province <mã>]
    Cột: họ và tên, chức vụ, mã đơn vị, vai trò, số điện thoại (không bắt buộc).
cli-import-summary = Đã nhập: { $created } mới, { $updated } cập nhật, { $unchanged } không đổi; { $rejected } dòng bị từ chối.
cli-import-line = Dòng { $line }
cli-units-list = Liệt kê đơn vị theo cây tổ chức
cli-units-list-usage = npm run cli -- units list [--province <mã>]
cli-units-header = { $province }: { $count } đơn vị
cli-people-count = { $count } người
cli-people-list = Liệt kê người của một đơn vị (kèm mã số để cấp vai trò)
cli-people-list-usage = npm run cli -- people list --unit <mã đơn vị>
cli-campaign-create = Tạo đợt thi đua
cli-campaign-create-usage =
    npm run cli -- campaign create --kind registration|nomination|initiative|review|results|dossier --title "<tên>" --deadline dd/mm/yyyy [--opens dd/mm/yyyy] [--year 2025-2026]
    Hạn nộp tính đến hết ngày đó (giờ Việt Nam).
cli-campaign-created = Đã tạo đợt #{ $id } "{ $title }" năm học { $year }, hạn nộp { $deadline }.
cli-campaign-list = Liệt kê các đợt thi đua
cli-campaign-list-usage = npm run cli -- campaign list
cli-campaign-none = Chưa có đợt thi đua nào.
cli-campaign-close = Đóng một đợt thi đua
cli-campaign-close-usage = npm run cli -- campaign close --id <số>
cli-campaign-closed = Đã đóng đợt #{ $id } "{ $title }".
cli-campaign-deadline = Đổi hạn nộp của một đợt
cli-campaign-deadline-usage = npm run cli -- campaign deadline --id <số> --deadline dd/mm/yyyy
cli-campaign-deadline-set = Hạn nộp mới của đợt #{ $id }: { $deadline }.
cli-invite-create = Tạo mã mời tham gia
cli-invite-create-usage = npm run cli -- invite create --unit <mã> [--role staff] [--expires dd/mm/yyyy] [--max-uses <số>]   (mã chung của đơn vị: chỉ vai trò cán bộ)
    npm run cli -- invite create --person <mã người> [--role staff|focal|unit_leader|office] [--unit <mã>] [--expires dd/mm/yyyy]   (mã cá nhân: một lần, 72 giờ, tối đa 7 ngày)
cli-invite-created = Mã mời: { $code } (vai trò { $role }, { $unit })
cli-invite-expires = Hết hạn sau ngày { $date }.
cli-invite-max-uses = Dùng được tối đa { $count } lần.
cli-invite-link = Liên kết Telegram: { $link }
cli-invite-no-username = Đặt BOT_USERNAME để in liên kết Telegram; người dùng có thể gõ /start { $code }.
cli-invite-zalo = Trên Zalo: nhắn mã { $code } cho bot.
cli-invite-revoke = Thu hồi mã mời
cli-invite-revoke-usage = npm run cli -- invite revoke <mã>
cli-invite-revoked = Đã thu hồi mã { $code }.
cli-role-grant = Cấp vai trò cho một người
cli-role-grant-usage = npm run cli -- role grant --person <mã số> --role staff|focal|unit_leader|office [--unit <mã đơn vị>]
cli-role-grant-done = Đã cấp vai trò { $role } cho người số { $person }.
cli-role-grant-nothing = Người số { $person } đã có vai trò { $role }.
cli-role-revoke = Thu hồi vai trò của một người
cli-role-revoke-usage = npm run cli -- role revoke --person <mã số> --role staff|focal|unit_leader|office [--unit <mã đơn vị>]
cli-role-revoke-done = Đã thu hồi vai trò { $role } của người số { $person }.
cli-role-revoke-nothing = Người số { $person } không có vai trò { $role }.
cli-demo-load = Nạp tỉnh mẫu để dùng thử (chạy lại không tạo trùng)
cli-demo-load-usage = npm run cli -- demo load
cli-demo-loaded = Tỉnh mẫu { $province }: thêm { $units } đơn vị, { $people } người, { $campaigns } đợt thi đua.

## Khởi động

app-no-channel = Chưa cấu hình kênh chat nào (BOT_TOKEN hoặc ZALO_BOT_TOKEN). Cơ sở dữ liệu đã sẵn sàng.
app-demo-loaded = Lần chạy đầu: đã nạp tỉnh mẫu { $province }.

## Danh hiệu và hình thức khen thưởng

title-ldtt = Lao động tiên tiến
title-cstdcs = Chiến sĩ thi đua cơ sở
title-cstd-tinh = Chiến sĩ thi đua Bộ, ban, ngành, tỉnh
title-cstd-toan-quoc = Chiến sĩ thi đua toàn quốc
title-ttldtt = Tập thể lao động tiên tiến
title-ttldxs = Tập thể lao động xuất sắc
title-co-thi-dua-tinh = Cờ thi đua của UBND tỉnh
title-co-thi-dua-bo = Cờ thi đua của Bộ GDĐT
title-co-thi-dua-cp = Cờ thi đua của Chính phủ
title-giay-khen-don-vi = Giấy khen của Thủ trưởng đơn vị
title-giay-khen-giam-doc-so = Giấy khen của Giám đốc Sở GDĐT
title-bang-khen-ubnd-tinh = Bằng khen của Chủ tịch UBND tỉnh
title-bang-khen-bo-gddt = Bằng khen của Bộ trưởng Bộ GDĐT
title-bang-khen-thu-tuong = Bằng khen của Thủ tướng Chính phủ

## Quy tắc xét danh hiệu (lý do cảnh báo)

rule-rating-missing = Chưa có kết quả xếp loại năm học { $year } nên chưa kiểm tra được điều kiện xếp loại. Vẫn đăng ký được; đơn vị sẽ đối chiếu sau.
rule-ldtt-rating-too-low = Danh hiệu Lao động tiên tiến cần xếp loại từ { $required ->
        [HTXSNV] Hoàn thành xuất sắc nhiệm vụ
        [HTTNV] Hoàn thành tốt nhiệm vụ
        [HTNV] Hoàn thành nhiệm vụ
       *[other] { $required }
    } trở lên; năm học { $year } được xếp loại { $rating ->
        [HTXSNV] Hoàn thành xuất sắc nhiệm vụ
        [HTTNV] Hoàn thành tốt nhiệm vụ
        [HTNV] Hoàn thành nhiệm vụ
        [KHTNV] Không hoàn thành nhiệm vụ
       *[other] { $rating }
    }.
rule-cstdcs-rating-too-low = Danh hiệu Chiến sĩ thi đua cơ sở cần xếp loại { $required ->
        [HTXSNV] Hoàn thành xuất sắc nhiệm vụ
        [HTTNV] Hoàn thành tốt nhiệm vụ
        [HTNV] Hoàn thành nhiệm vụ
       *[other] { $required }
    }; năm học { $year } được xếp loại { $rating ->
        [HTXSNV] Hoàn thành xuất sắc nhiệm vụ
        [HTTNV] Hoàn thành tốt nhiệm vụ
        [HTNV] Hoàn thành nhiệm vụ
        [KHTNV] Không hoàn thành nhiệm vụ
       *[other] { $rating }
    }.
rule-cstdcs-needs-initiative = Danh hiệu Chiến sĩ thi đua cơ sở cần có sáng kiến được công nhận trong năm học { $year }; hiện chưa có sáng kiến nào được ghi nhận.
rule-titles-missing = Chưa có dữ liệu danh hiệu thi đua năm học { $year } nên chưa kiểm tra được điều kiện đạt danh hiệu nhiều năm liên tục.
rule-cstd-tinh-needs-consecutive-cstdcs = Danh hiệu Chiến sĩ thi đua Bộ, ban, ngành, tỉnh cần { $years } năm liên tục đạt Chiến sĩ thi đua cơ sở (tính cả năm nay); năm học { $year } không đạt danh hiệu này.
rule-cstd-tinh-recently-awarded = Năm học { $year } đã đạt Chiến sĩ thi đua Bộ, ban, ngành, tỉnh; các năm Chiến sĩ thi đua cơ sở đã dùng để xét danh hiệu đó thường không được tính lại.
rule-cstd-tinh-needs-initiative = Danh hiệu Chiến sĩ thi đua Bộ, ban, ngành, tỉnh cần có sáng kiến được công nhận có phạm vi ảnh hưởng toàn tỉnh, trong các năm học từ { $from } đến { $to }; hiện chưa có.
rule-cstd-toan-quoc-needs-consecutive-cstd-tinh = Danh hiệu Chiến sĩ thi đua toàn quốc cần { $count } lần liên tục đạt Chiến sĩ thi đua Bộ, ban, ngành, tỉnh (tính cả lần năm nay); chuỗi các năm đạt Chiến sĩ thi đua cơ sở bị gián đoạn ở năm học { $year }.
rule-cstd-toan-quoc-needs-initiative = Danh hiệu Chiến sĩ thi đua toàn quốc cần có sáng kiến được công nhận có phạm vi ảnh hưởng toàn quốc, trong các năm học từ { $from } đến { $to }; hiện chưa có.
rule-months-worked-short = Thời gian công tác trong năm học là { $months } tháng, chưa đủ mức tối thiểu { $min } tháng để được xét danh hiệu thi đua.
rule-days-absent-too-many = Số ngày nghỉ trong năm học là { $days } ngày; nghỉ từ { $limit } ngày trở lên thì không được xét danh hiệu thi đua.
rule-under-discipline = Đang trong thời gian bị xem xét kỷ luật, điều tra hoặc giải quyết khiếu nại, tố cáo nên chưa được đề nghị danh hiệu thi đua.
rule-collective-no-members = Tập thể chưa có thành viên nào trong danh sách nên chưa tính được tỷ lệ.
rule-collective-counts-inconsistent = Số liệu chưa khớp: có số lượng vượt quá tổng số { $members } thành viên, hoặc số Chiến sĩ thi đua cơ sở nhiều hơn số Lao động tiên tiến. Vui lòng kiểm tra lại.
rule-ttldtt-ldtt-share-low = Danh hiệu Tập thể lao động tiên tiến cần hơn { $required }% thành viên đạt Lao động tiên tiến; hiện có { $ldtt }/{ $members } người ({ $actual }%).
rule-ttldxs-ldtt-share-low = Danh hiệu Tập thể lao động xuất sắc cần ít nhất { $required }% thành viên đạt Lao động tiên tiến; hiện có { $ldtt }/{ $members } người ({ $actual }%).
rule-ttldxs-needs-cstdcs = Danh hiệu Tập thể lao động xuất sắc cần ít nhất { $required } cá nhân đạt Chiến sĩ thi đua cơ sở; hiện có { $count }.
rule-ttldxs-needs-all-htnv = Danh hiệu Tập thể lao động xuất sắc cần 100% thành viên hoàn thành nhiệm vụ trở lên; hiện có { $count }/{ $members } người chưa đạt.
rule-collective-htnv-missing = Chưa có số thành viên được xếp loại từ Hoàn thành nhiệm vụ trở lên nên chưa kiểm tra được điều kiện 100% thành viên hoàn thành nhiệm vụ.
rule-collective-has-discipline = Tập thể có { $count } thành viên bị kỷ luật từ hình thức cảnh cáo trở lên; danh hiệu tập thể yêu cầu không có ai bị kỷ luật ở mức này.
rule-co-thi-dua-by-comparison = Cờ thi đua được xét chọn qua bình xét, so sánh trong cụm, khối thi đua nên hệ thống không tự kiểm tra được; tập thể thường cần đạt tiêu chuẩn Tập thể lao động xuất sắc.
rule-cstdcs-more-than-ldtt = Số Chiến sĩ thi đua cơ sở ({ $cstdcs }) nhiều hơn số Lao động tiên tiến ({ $ldtt }), trong khi Chiến sĩ thi đua cơ sở được chọn trong số người đạt Lao động tiên tiến.
rule-cstdcs-quota-exceeded = Có { $cstdcs } Chiến sĩ thi đua cơ sở, vượt tỷ lệ { $percent }% số Lao động tiên tiến ({ $ldtt } người), tức tối đa { $max } người.

## Trò chuyện: chung

common-yes = Có
common-no = Không
common-back = « Quay lại
common-close = Đóng
common-add = ➕ Thêm
common-edit = ✏️ Sửa
common-remove = 🗑 Xóa
common-next = Trang sau »
common-prev = « Trang trước
common-saved = Đã lưu.
common-removed = Đã xóa.

button-stale = Nút này thuộc một tin nhắn cũ nên không còn dùng được. Vui lòng chọn trong tin nhắn mới nhất.
flow-cancelled = Đã hủy việc đang làm. Những gì bạn đã lưu trước đó vẫn còn nguyên.
flow-nothing-to-cancel = Hiện không có việc gì đang làm dở để hủy.
flow-switched = Đã dừng việc đang làm dở; các câu trả lời đã lưu vẫn còn.
flow-not-allowed = Vai trò của bạn không dùng được chức năng này. Gõ /trogiup để xem những việc bạn có thể làm.
flow-needs-join = Bạn chưa tham gia hệ thống. Hãy xin mã mời từ cán bộ đầu mối của đơn vị rồi gửi /start <mã mời>.
command-unknown = Không có lệnh { $command }. Gõ /trogiup để xem danh sách lệnh.
command-not-yet = Chức năng { $command } chưa được mở trong phiên bản này. Gõ /trogiup để xem những việc bạn có thể làm.
idle-hint = Gõ /trogiup để xem những việc bạn có thể làm, hoặc /dangky để đăng ký thi đua.
idle-hint-unknown = Xin chào! Để bắt đầu, hãy gửi mã mời mà cán bộ đầu mối của đơn vị đã gửi cho bạn (gồm 10 ký tự), hoặc bấm vào liên kết mời.

input-empty = Bạn chưa nhập gì. Vui lòng nhập lại.
input-too-short = Nội dung quá ngắn. Vui lòng viết rõ hơn.
input-too-long = Nội dung quá dài. Vui lòng viết ngắn gọn hơn.
input-no-words = Nội dung cần có chữ hoặc số. Vui lòng nhập lại.
input-formula = Nội dung này là một công thức bảng tính (như =SUM(A1) hay =HYPERLINK(…)), không phải câu trả lời. Vui lòng nhập lại bằng lời.
input-full-name = Vui lòng nhập đầy đủ họ và tên, ví dụ: Nguyễn Thị Lan.
input-expected-text = Bước này cần bạn trả lời bằng chữ, không phải ảnh hay tệp.
input-expected-number = Vui lòng nhập một số, ví dụ 12 hoặc 12,5.
input-expected-date = Vui lòng nhập ngày theo dạng ngày/tháng/năm, ví dụ 20/10/2025.
input-expected-file = Vui lòng gửi ảnh hoặc tệp PDF.
input-choose-option = Vui lòng chọn một trong các lựa chọn bên dưới (bấm nút hoặc trả lời bằng số).
input-unsupported = Bot chưa đọc được loại tin nhắn này. Vui lòng trả lời bằng chữ.

## Thông báo gửi người khác

notify-registration-approved = Đăng ký { $title } của bạn đã được cán bộ đầu mối duyệt.
notify-registration-returned = Đăng ký { $title } của bạn bị trả lại với lý do: { $reason }
    Gõ /dangky để sửa.
notify-unit-submitted = { $unit } đã nộp bản đăng ký "{ $campaign }" lúc { $at } ({ $registrations } cá nhân đăng ký).
notify-erasure-requested = Có yêu cầu xóa dữ liệu cá nhân (số { $request }). Xem và xử lý bằng lệnh /yeucau.
data-request-unknown = Không có yêu cầu đang chờ số { $id }.

## Dòng lệnh: mở lại đơn vị, yêu cầu dữ liệu

cli-campaign-reopen = Mở lại đơn vị đã nộp để sửa
cli-campaign-reopen-usage = npm run cli -- campaign reopen --unit <mã đơn vị> [--campaign <số đợt>]
cli-campaign-reopened = Đã mở lại { $unit } trong đợt #{ $id }; đơn vị sửa và nộp lại được.
cli-campaign-not-submitted = { $unit } chưa nộp trong đợt #{ $id } nên không cần mở lại.
cli-requests-list = Liệt kê yêu cầu xóa dữ liệu cá nhân đang chờ
cli-requests-list-usage = npm run cli -- requests list
cli-requests-none = Không có yêu cầu nào đang chờ.
cli-requests-line = Yêu cầu #{ $id }: người số { $person }, gửi lúc { $at }
cli-requests-erase = Xóa dữ liệu cá nhân theo yêu cầu (giữ lại số liệu thống kê ẩn danh)
cli-requests-erase-usage = npm run cli -- requests erase --id <số yêu cầu>
cli-requests-erased = Đã xóa dữ liệu cá nhân theo yêu cầu #{ $id }.

## Kênh console (chạy bot ngay trên máy, để thử và trình diễn)

console-banner =
    Bot thi đua – khen thưởng: kênh console trên máy này.
    Bạn trò chuyện với bot giống như trên Telegram hoặc Zalo, nhưng bằng bàn phím. Dữ liệu là của tỉnh demo.
console-personas-title = Chọn người dùng mẫu để đóng vai:
console-persona-line = { $number }. { $name } – { $role }, { $unit }
console-pick-persona = Gõ số từ 1 đến { $max } rồi nhấn Enter (hoặc /quit để thoát):
console-pick-invalid = Không có người dùng số đó. Vui lòng gõ một số từ 1 đến { $max }.
console-persona-chosen = Bạn đang đóng vai { $name } – { $role }, { $unit }.
console-hint = Gõ /trogiup (/help) để xem hướng dẫn, /dangky (/register) để đăng ký thi đua, /persona để đổi người dùng, /quit (hoặc Ctrl-D) để thoát.
choice-hint = Trả lời bằng số, ví dụ { $example }, hoặc gõ nội dung lựa chọn.
console-document-saved = Đã lưu tệp: { $path }
link-line = { $text }: { $url }
console-error = Có lỗi khi xử lý tin nhắn này, chưa có gì thay đổi. Vui lòng thử lại.
console-no-personas = Tỉnh này chưa có người dùng nào để đóng vai. Hãy nạp tỉnh demo trước: npm run cli -- demo load
console-bye = Tạm biệt!
