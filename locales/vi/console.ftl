## Kênh console (chạy bot ngay trên máy, để thử và trình diễn)

console-banner =
    Bot thi đua – khen thưởng: kênh console trên máy này.
    Bạn trò chuyện với bot giống như trên Telegram hoặc Zalo, nhưng bằng bàn phím. Dữ liệu là của tỉnh demo.
console-personas-title = Chọn người dùng mẫu để đóng vai:
console-persona-line = { $number }. { $name } – { $role }, { $unit }
console-pick-persona = Gõ số từ 1 đến { $max } rồi nhấn Enter (hoặc /quit để thoát):
console-pick-invalid = Không có người dùng số đó. Vui lòng gõ một số từ 1 đến { $max }.
console-persona-chosen = Bạn đang đóng vai { $name } – { $role }, { $unit }.
console-hint = Gõ /help (/trogiup) để xem hướng dẫn, /register (/dangky) để đăng ký thi đua, /persona để đổi người dùng, /quit (hoặc Ctrl-D) để thoát.
console-choice-hint = Trả lời bằng số, ví dụ { $example }, hoặc gõ nội dung lựa chọn.
console-document-saved = Đã lưu tệp: { $path }
console-link = { $text }: { $url }
console-error = Có lỗi khi xử lý tin nhắn này, chưa có gì thay đổi. Vui lòng thử lại.
console-no-personas = Tỉnh này chưa có người dùng nào để đóng vai. Hãy nạp tỉnh demo trước: npm run cli -- demo load
console-bye = Tạm biệt!
