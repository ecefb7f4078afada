# Deadline reminders, staff nudges and the /remind command.

reminder-missing = { $unit }: { $missing }/{ $members } cán bộ chưa đăng ký{ $targets ->
        [0] ; chưa nhập chỉ tiêu thi đua
       *[other] {""}
    }.
reminder-before =
    ⏰ Nhắc hạn: { $campaign }
    Hạn nộp: { $deadline } (còn { $days } ngày).
    { reminder-missing }
    Gõ /dangky để hoàn thiện và nộp bản đăng ký của đơn vị.
reminder-today =
    ⏰ Hôm nay là hạn cuối: { $campaign }
    Hạn nộp: { $deadline }, trước 24 giờ.
    { reminder-missing }
    Gõ /dangky để nộp ngay.
reminder-overdue =
    ⚠️ Đơn vị đã quá hạn { $days } ngày: { $campaign }
    Hạn nộp là { $deadline }.
    { reminder-missing }
    Gõ /dangky để nộp ngay, hoặc liên hệ Văn phòng Sở nếu cần gia hạn.
reminder-office-overdue =
    Các đơn vị chưa nộp { $campaign } (hạn { $deadline }): { $count } đơn vị.
    { $units }
nudge-staff = Đầu mối thi đua của { $unit } nhắc bạn: bạn chưa đăng ký thi đua ({ $campaign }, hạn nộp của đơn vị { $deadline }). Gõ /dangky để đăng ký, chỉ mất vài phút.
notify-unreachable = Không gửi được tin nhắc cho { $name }: người này đã chặn bot hoặc xóa cuộc trò chuyện. Vui lòng liên hệ trực tiếp.

remind-menu =
    NHẮC NHỞ CÁN BỘ — { $unit }
    { $silent } người chưa đăng ký, trong đó { $recent } người đã được nhắc trong 24 giờ qua.
    Tự động nhắc vào 5 ngày trước hạn: { $auto }.
remind-auto-on = đang bật
remind-auto-off = đang tắt
remind-now = 📣 Nhắc ngay ({ $count } người)
remind-turn-auto-on = Bật tự động nhắc
remind-turn-auto-off = Tắt tự động nhắc
remind-sent = Đã gửi lời nhắc tới { $count } người. Mỗi người chỉ được nhắc tối đa một lần trong 24 giờ.
remind-nobody = Không có ai cần nhắc lúc này: mọi người đã đăng ký, hoặc đã được nhắc trong 24 giờ qua.
remind-auto-saved = Đã lưu: tự động nhắc { $state }.
remind-no-campaign = Hiện không có đợt đăng ký thi đua nào đang mở để nhắc.
remind-submitted = Đơn vị đã nộp bản đăng ký nên không cần nhắc nữa.

cli-reminders-preview = Xem trước các lượt nhắc hạn của một đợt thi đua
cli-reminders-preview-usage = Cách dùng: npm run cli -- reminders preview --campaign <id> [--province <mã>]
cli-reminders-run-due = Xếp và gửi các lời nhắc đến hạn (dùng để chạy bù bằng tay)
cli-reminders-run-due-usage = Cách dùng: npm run cli -- reminders run-due [--now <thời điểm ISO, ví dụ 2026-10-13T08:00:00+07:00>]
cli-reminders-status = Số lời nhắc đang chờ, đã gửi, bị lỗi và các lỗi gần nhất
cli-reminders-status-usage = Cách dùng: npm run cli -- reminders status
cli-reminders-plan-line = { $at }  D{ $offset }  { $state }  →  { $units } đơn vị, { $people } người nhận
cli-reminders-plan-none = Đợt này không còn lượt nhắc nào (đã đóng hoặc mọi đơn vị đã nộp).
cli-reminders-state-planned = sẽ gửi
cli-reminders-state-done = đã xếp lịch
cli-reminders-state-missed = bỏ qua (quá 12 giờ)
cli-reminders-late-units = Đơn vị chưa nộp: { $count }
cli-reminders-queued = { $campaign } D{ $offset }: đã xếp { $count } tin nhắn.
cli-reminders-nothing-due = Không có lượt nhắc nào đến hạn.
cli-reminders-sent = Đã gửi { $count } tin nhắn.
cli-reminders-counts = Đang chờ: { $queued } · Đang gửi: { $sending } · Đã gửi: { $sent } · Lỗi: { $failed } · Bỏ qua: { $skipped }
cli-reminders-error-line = #{ $id } { $kind } → người #{ $person }: { $error }
cli-reminders-bad-now = thời điểm ISO 8601, ví dụ 2026-10-13T08:00:00+07:00

# Nomination campaigns (điển hình tiên tiến): the unit sends its list with /dienhinh.
reminder-nomination-before =
    ⏰ Nhắc hạn gửi danh sách điển hình tiên tiến: { $campaign }
    Hạn gửi: { $deadline } (còn { $days } ngày).
    { $unit } chưa gửi danh sách điển hình tiên tiến.
    Gõ /dienhinh để lập và gửi danh sách của đơn vị.
reminder-nomination-today =
    ⏰ Hôm nay là hạn cuối gửi danh sách điển hình tiên tiến: { $campaign }
    Hạn gửi: { $deadline }, trước 24 giờ.
    { $unit } chưa gửi danh sách điển hình tiên tiến.
    Gõ /dienhinh để gửi ngay.
reminder-nomination-overdue =
    ⚠️ Đơn vị đã quá hạn gửi danh sách điển hình tiên tiến { $days } ngày: { $campaign }
    Hạn gửi là { $deadline }.
    { $unit } chưa gửi danh sách điển hình tiên tiến.
    Gõ /dienhinh để gửi ngay, hoặc liên hệ Văn phòng Sở nếu cần gia hạn.
reminder-nomination-office-overdue =
    Các đơn vị chưa gửi danh sách điển hình tiên tiến — { $campaign } (hạn { $deadline }): { $count } đơn vị.
    { $units }
