# Độ tin cậy: gửi nhắc việc từ dòng lệnh
rel-reminders-run-summary = Bỏ qua { $skipped } tin (người nhận chưa có kênh liên lạc, đã chặn bot hoặc tin không còn cần gửi); còn { $queued } tin đang chờ gửi.
