# Announcements: /thongbao (/broadcast), the "Đã xem" button and the sender's follow-up.

telegram-cmd-broadcast = Gửi thông báo
announce-not-allowed = Chức năng gửi thông báo dành cho Văn phòng Sở và cán bộ đầu mối, lãnh đạo đơn vị. Nếu bạn cần thông báo tới đơn vị, vui lòng liên hệ cán bộ đầu mối thi đua của đơn vị mình.
announce-menu = THÔNG BÁO — soạn thông báo mới, hoặc chọn một thông báo đã gửi để xem ai đã nhận, ai đã xem.
announce-new = ✍️ Soạn thông báo mới
announce-past = 📊 { $at } – { $excerpt }
announce-ask-text = Nhập nội dung thông báo (tối đa { $max } ký tự). Có thể xuống dòng.
announce-too-long = Thông báo dài quá 2.000 ký tự (giới hạn một tin nhắn Zalo). Vui lòng rút gọn.
announce-ask-who = Gửi tới ai?
announce-who-managers = Đầu mối và lãnh đạo đơn vị
announce-who-everyone = Toàn bộ cán bộ
announce-ask-where = Ở những đơn vị nào?
announce-where-province = Toàn tỉnh
announce-where-own-unit = đơn vị mình
announce-where-kind = Theo loại đơn vị
announce-where-cluster = Theo cụm thi đua
announce-where-unit = Một đơn vị
announce-where-not-submitted = Đơn vị chưa nộp một đợt
announce-where-not-submitted-of = các đơn vị chưa nộp «{ $campaign }»
announce-ask-kind = Chọn loại đơn vị:
announce-ask-cluster = Chọn cụm thi đua:
announce-ask-campaign = Chọn đợt: thông báo gửi tới các đơn vị chưa nộp đợt này.
announce-ask-unit = Nhập mã đơn vị hoặc tên đầy đủ của đơn vị (ví dụ THPT01).
announce-unit-unknown = Không tìm thấy đơn vị «{ $code }». Vui lòng kiểm tra lại mã đơn vị.
announce-audience = { $who } — { $where }
announce-from-office = { $name }, Văn phòng Sở
announce-from-unit = { $name }, { $unit }
announce-message =
    📢 THÔNG BÁO
    Người gửi: { $from }

    { $body }
announce-nudge-message =
    🔔 Nhắc lại: bạn chưa xác nhận đã xem thông báo dưới đây.
    Người gửi: { $from }

    { $body }
announce-seen-button = ✅ Đã xem
announce-seen-hint = Khi đã đọc, vui lòng trả lời «đã xem».
announce-preview =
    XEM TRƯỚC — người nhận sẽ thấy như sau:
    ────────
    { $message }
    ────────
    Gửi tới: { $audience }
    Sẽ nhận được: { $count } người.
    Không gửi được: { $unreachable } người (chưa dùng bot: { $none }; đã chặn bot: { $blocked }; từ chối nhận thông báo: { $declined }).{ $quiet }
announce-quiet-now = {""}
    Lưu ý: đang trong giờ nghỉ (21:00–07:00). «Gửi ngay» sẽ gửi ngay bây giờ; hoặc chọn gửi lúc { $morning }.
announce-send-now = 📤 Gửi ngay
announce-send-morning = 🌅 Gửi lúc 07:00 sáng
announce-send-later = 🕒 Hẹn giờ gửi
announce-list-unreachable = 👥 Ai không nhận được
announce-edit = ✏️ Sửa nội dung
announce-cancel = ✖️ Hủy, không gửi
announce-cancelled = Đã hủy, thông báo không được gửi.
announce-reach-none = chưa dùng bot
announce-reach-blocked = đã chặn bot
announce-reach-declined = từ chối nhận thông báo
announce-list-more = … và { $count } người khác.
announce-unreachable-list =
    Những người không nhận được thông báo qua bot (vui lòng báo cho họ bằng cách khác):
    { $body }
announce-ask-time = Nhập thời điểm gửi theo dạng ngày/tháng/năm giờ:phút, giờ Việt Nam (ví dụ 25/12/2026 08:30).
announce-bad-time = Chưa đúng dạng thời điểm. Vui lòng nhập như 25/12/2026 08:30.
announce-time-past = Thời điểm này đã qua. Vui lòng chọn một thời điểm sắp tới, hoặc quay lại để gửi ngay.
announce-time-far = Chỉ hẹn giờ được trong vòng { $days } ngày tới.
announce-held = {""}
    Vì { $asked } rơi vào giờ nghỉ (21:00–07:00), thông báo sẽ được gửi vào buổi sáng.
announce-sent = ✅ Đang gửi thông báo tới { $count } người. Gõ /thongbao để xem ai đã nhận, ai đã xem.
announce-scheduled = 🕒 Đã hẹn gửi thông báo tới { $count } người lúc { $at }.{ $held }
announce-unknown = Không tìm thấy thông báo này.
announce-stats =
    THÔNG BÁO { $at }
    «{ $excerpt }»
    Người nhận: { $recipients } · Đã gửi tới: { $delivered } · Đang chờ gửi: { $pending }
    Đã xem: { $seen } · Chưa xem: { $notSeen } · Không gửi được: { $unreachable }{ $nudged }
announce-nudged-at = {""}
    Đã nhắc người chưa xem lúc { $at }.
announce-who-not-seen = 👀 Ai chưa xem
announce-nudge = 🔔 Nhắc người chưa xem ({ $count })
announce-not-seen-list =
    Những người đã nhận nhưng chưa xác nhận đã xem:
    { $body }
announce-nudged = 🔔 Đã nhắc { $count } người chưa xem. Mỗi thông báo chỉ nhắc được một lần.
announce-nudged-already = Thông báo này đã được nhắc một lần rồi.
announce-seen-thanks = ✅ Cảm ơn bạn, đã ghi nhận bạn đã xem thông báo.
announce-seen-already = Bạn đã xác nhận xem thông báo này rồi.
announce-seen-nothing = Không có thông báo nào đang chờ bạn xác nhận.
