# Tiến độ (/progress) và xuất dữ liệu (/export), kể cả lệnh CLI tương ứng.

help-progress-focal = /tiendo (/progress) — ai đã đăng ký, ai chưa và đơn vị còn thiếu gì
    /xuat (/export) — tải bản đăng ký của đơn vị (Word), Excel hoặc CSV
help-progress-office = /tiendo (/progress) — tiến độ toàn tỉnh theo loại đơn vị, cụm, khối và các đơn vị quá hạn; /tiendo <mã đơn vị> để xem một đơn vị, và ở đó “Vai trò cán bộ” để cấp hoặc thu hồi vai trò đầu mối, lãnh đạo, giáo viên
    /xuat (/export) — tải Excel tổng hợp, bản đăng ký của các đơn vị (zip) hoặc CSV

progress-no-campaign = Chưa có đợt đăng ký thi đua nào để xem tiến độ.
progress-pick-campaign = Chọn đợt đăng ký thi đua:
progress-pick-unit = Chọn đơn vị:
progress-single = { $body }
progress-page = { $body }

    — Trang { $page }/{ $pages } —
progress-refresh = 🔄 Cập nhật
progress-open-unit = 🔎 Xem một đơn vị
progress-back-province = « Toàn tỉnh
progress-ask-unit = Gõ mã đơn vị (ví dụ THPT01) hoặc tên đầy đủ của đơn vị:
progress-unit-unknown = Không tìm thấy đơn vị «{ $code }». Hãy gõ đúng mã đơn vị, ví dụ THPT01.
progress-province-head = 📊 TIẾN ĐỘ: { $campaign }
progress-deadline-open = Hạn nộp: { $deadline } (còn { $days } ngày)
progress-deadline-passed = Hạn nộp: { $deadline } (đã quá hạn)
progress-deadline-closed = Hạn nộp: { $deadline } (đợt đã đóng)
progress-counts = Tổng số { $total } đơn vị: { $submitted } đã nộp · { $inProgress } đang thực hiện · { $notStarted } chưa bắt đầu
progress-by-kind = Theo loại đơn vị:
progress-by-cluster = Theo cụm, khối thi đua:
progress-group-line = • { $label }: { $submitted }/{ $total } đã nộp, { $inProgress } đang thực hiện, { $notStarted } chưa bắt đầu
progress-no-cluster = Chưa xếp cụm, khối
progress-not-due = Chưa đến hạn nộp; còn { $count } đơn vị chưa nộp.
progress-overdue-head = Đơn vị quá hạn chưa nộp ({ $count }):
progress-overdue-none = Không có đơn vị nào quá hạn chưa nộp.
progress-unit-line = { $n }. { $code } – { $name } · đầu mối: { $contact }
progress-no-contact = chưa có
progress-late-head = Đơn vị nộp sau hạn ({ $count }):
progress-late-line = { $n }. { $code } – { $name } · nộp lúc { $at }
progress-unit-head = 📋 TIẾN ĐỘ: { $unit } — { $campaign }
progress-unit-submitted = Trạng thái: đã nộp lúc { $at }
progress-unit-draft = Trạng thái: đang soạn, chưa nộp
progress-unit-answered = Cán bộ đã trả lời: { $answered }/{ $members } · Chỉ tiêu: { $targets } · Danh hiệu tập thể: { $collectives }
progress-unit-nominations = Điển hình tiên tiến đã gửi trong năm học: { $count } (xem /dienhinh)
progress-missing-head = Còn thiếu:
progress-missing-none = Không còn thiếu gì.
progress-missing-members = • { $count } cán bộ chưa đăng ký
progress-missing-returned = • { $count } đăng ký bị trả lại, chờ cán bộ sửa
progress-missing-pending = • { $count } đăng ký chờ duyệt
progress-missing-targets = • Chưa có chỉ tiêu thi đua
progress-missing-collectives = • Chưa đăng ký danh hiệu tập thể
progress-missing-submit = • Chưa nộp bản đăng ký (hạn { $deadline })
progress-unanswered-head = Chưa trả lời ({ $count }):
progress-answered-head = Đã trả lời ({ $count }):
progress-member-line = { $n }. { $name } — { $position }
progress-answer-line = { $n }. { $name } — { $title } ({ $status })

export-no-campaign = Chưa có đợt đăng ký thi đua nào để xuất dữ liệu.
export-not-allowed = Chỉ Văn phòng Sở, cán bộ đầu mối và lãnh đạo đơn vị xuất được dữ liệu; đầu mối chỉ xuất dữ liệu của đơn vị mình.
export-pick-format = Xuất dữ liệu đợt «{ $campaign }». Chọn loại tệp:
export-format-xlsx = 📊 Excel (.xlsx)
export-format-docx = 📄 Word: bản đăng ký của đơn vị
export-format-zip = 🗂 Word: bản đăng ký các đơn vị (.zip)
export-format-csv = 🧾 CSV (.zip, mỗi bảng một tệp)
export-empty = Chưa có đơn vị nào bắt đầu đăng ký nên chưa có bản đăng ký để xuất.
export-caption = { $campaign } · { $units } đơn vị · xuất lúc { $at }

cli-export = Xuất dữ liệu một đợt ra Excel, CSV hoặc Word
cli-export-usage = npm run cli -- export --campaign <số đợt> --format xlsx|csv|docx|zip --out <đường dẫn> [--unit <mã đơn vị>]
    xlsx: một tệp Excel; csv: một thư mục, mỗi bảng một tệp; docx: bản đăng ký của một đơn vị (cần --unit); zip: bản đăng ký của các đơn vị.
cli-export-written = Đã ghi { $path } ({ $units } đơn vị).
cli-export-csv-written = Đã ghi { $count } tệp CSV vào thư mục { $path } ({ $units } đơn vị).
cli-export-docx-needs-unit = Định dạng docx là bản đăng ký của một đơn vị: thêm --unit <mã đơn vị>. Để xuất mọi đơn vị, dùng --format zip.
cli-export-nothing = Chưa có đơn vị nào bắt đầu đăng ký; đã ghi { $path } không có bản đăng ký nào.
cli-expect-format = một trong xlsx, csv, docx, zip
cli-progress = Xem tiến độ một đợt đăng ký thi đua
cli-progress-usage = npm run cli -- progress --campaign <số đợt> [--unit <mã đơn vị>]
