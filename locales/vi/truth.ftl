# Lời đáp trung thực: chỉ nói điều đã thực sự xảy ra (issue 17, mục 6–11).

truth-switch-ask = Bạn đang nhập dở và các câu trả lời vừa rồi chưa được lưu. Chuyển sang { $command } thì những câu trả lời này sẽ mất. Bạn muốn làm gì?
truth-switch-resume = Tiếp tục việc đang làm
truth-switch-leave = Bỏ câu trả lời, chuyển sang { $command }
truth-switch-dropped = Đã bỏ các câu trả lời chưa lưu.

truth-remind-menu =
    NHẮC NHỞ CÁN BỘ — { $unit }
    { $silent } người chưa đăng ký, trong đó { $recent } người đã được nhắc trong 24 giờ qua.{ $extra }
    Tự động nhắc vào 5 ngày trước hạn: { $auto }.
truth-remind-not-staff = /tiendo đếm { $total } người chưa đăng ký: { $count } người còn lại là đầu mối hoặc lãnh đạo đơn vị ({ $names }), không nằm trong danh sách nhắc.
truth-remind-unreachable = { $count } người chưa kết nối với bot (hoặc đã chặn bot) nên không nhận được lời nhắc; hãy báo trực tiếp cho: { $names }.
truth-remind-sending = Lời nhắc đang được gửi tới { $count } người. Mỗi người chỉ được nhắc tối đa một lần trong 24 giờ.
truth-remind-queued-morning = Đã xếp lời nhắc cho { $count } người. Bot không gửi tin nhắc từ 21:00 đến 07:00, nên tin nhắn sẽ được gửi lúc { $time } ngày { $date }. Mỗi người chỉ được nhắc tối đa một lần trong 24 giờ.
truth-remind-none-reachable = Không gửi được lời nhắc nào qua bot.

truth-submit-pending = Còn { $count } đăng ký chờ duyệt ({ $names }). Hãy duyệt hoặc trả lại từng đăng ký trước khi nộp bản đăng ký của đơn vị.
truth-submit-pending-list =
    NỘP BẢN ĐĂNG KÝ THI ĐUA
    Còn { $count } đăng ký chờ duyệt. Trước khi nộp, mỗi đăng ký cần được duyệt hoặc trả lại; bản đăng ký gửi Sở chỉ gồm những đăng ký đã duyệt.
    { $list }{ $own }
truth-submit-own-waits = Đăng ký của chính bạn cần lãnh đạo đơn vị duyệt.
truth-approve-all = ✅ Duyệt tất cả
truth-review-one-by-one = Xem từng người
truth-approved-all = Đã duyệt { $count } đăng ký.
truth-review-own = Bạn không tự duyệt hoặc trả lại đăng ký của chính mình được. Lãnh đạo đơn vị sẽ duyệt đăng ký này.
truth-unit-submitted-office-unreachable = Đã nộp bản đăng ký thi đua của đơn vị lúc { $at }. Chưa báo được cho Văn phòng Sở qua bot (chưa ai ở Văn phòng kết nối với bot); Văn phòng vẫn thấy đơn vị đã nộp trong phần tiến độ.

truth-migrate-applied = Đã áp dụng { $count } bản cập nhật cấu trúc; cơ sở dữ liệu ({ $engine }) nay đã ở phiên bản mới nhất.

truth-pick-campaign = Đang mở nhiều đợt đăng ký thi đua. Chọn đợt bạn muốn xem hoặc đăng ký:
truth-campaign-mine = {" "}(bạn đã đăng ký: { $title })
truth-campaign-unit-count = {" "}({ $count } cán bộ đã đăng ký)
truth-campaign-duplicate = Năm học { $year } đã có đợt cùng loại đang mở: #{ $id } "{ $title }". Mỗi năm học chỉ mở một đợt mỗi loại; đóng đợt cũ (campaign close --id { $id }) hoặc đổi hạn nộp (campaign deadline) thay vì tạo đợt mới.
truth-cli-deadline-past = Hạn nộp { $date } đã qua: một đợt như vậy không nhận được câu trả lời nào. Chọn hạn nộp từ hôm nay trở đi.
truth-cli-invite-expired = Ngày hết hạn { $date } đã qua: mã mời sẽ bị từ chối ngay. Chọn ngày từ hôm nay trở đi.
truth-cli-database-busy = Cơ sở dữ liệu nhúng trong { $dir } đang được một tiến trình khác dùng (pid { $pid }), có lẽ là bot đang chạy. Hãy dừng bot trước, hoặc đặt DATABASE_URL tới một máy chủ PostgreSQL để bot và CLI chạy cùng lúc.

truth-nomination-conflict = Năm học { $year }: đơn vị nhập "{ $typed }", nhưng hồ sơ lưu trong hệ thống ghi "{ $stored }"; cảnh báo được tính theo hồ sơ đã lưu.
truth-nomination-office-one =
    { $kind }: { $name } (nộp ngày { $submitted })
    Lĩnh vực: { $field }
    Thành tích: { $summary }
    Các năm:
    { $years }
    Sáng kiến: { $initiative }
    Tiêu chí ({ $criteria } đạt):
    { $criteriaList }
    Minh chứng: { $evidence } tệp
    { $warnings }

truth-initiative-pick-edit = Chọn sáng kiến cần sửa (sau đó nhập lại từ tên sáng kiến):
truth-initiative-pick-remove = Chọn sáng kiến cần xóa:
truth-initiative-removed = Đã xóa sáng kiến “{ $title }”.

truth-import-bad-csv = Tệp { $file } sai định dạng CSV ở dòng { $line }: { $code ->
        [CSV_QUOTE_NOT_CLOSED] có dấu ngoặc kép mở mà không đóng.
        [CSV_INVALID_CLOSING_QUOTE] có dấu ngoặc kép đặt giữa ô; hãy bao cả ô trong ngoặc kép và gõ "" cho mỗi dấu ngoặc kép bên trong.
        [CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE] có ký tự ngay sau dấu ngoặc kép đóng.
       *[other] không đọc được dòng này.
    } Hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8".

truth-outbox-kind-notification = thông báo
truth-outbox-kind-reminder = nhắc hạn
truth-outbox-kind-reminder-office = nhắc hạn (Văn phòng)
truth-outbox-kind-nudge = nhắc cán bộ
truth-outbox-reason-no-messenger = người nhận chưa kết nối với bot qua Telegram hay Zalo
truth-outbox-reason-blocked = người nhận đã chặn bot
truth-outbox-reason-late = trễ quá 12 giờ nên bỏ qua
truth-outbox-reason-campaign-closed = đợt đã đóng
truth-outbox-reason-deadline-moved = hạn nộp đã đổi
truth-outbox-reason-unit-submitted = đơn vị đã nộp
truth-outbox-reason-registered = người nhận đã đăng ký
