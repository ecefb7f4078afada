# Telegram adapter: the command menu.


telegram-cmd-start = Bắt đầu, tham gia bằng mã mời
telegram-cmd-help = Hướng dẫn và các lệnh
telegram-cmd-register = Đăng ký thi đua
telegram-cmd-nominate = Đề xuất điển hình tiên tiến
telegram-cmd-initiative = Khai báo sáng kiến
telegram-cmd-progress = Xem tiến độ
telegram-cmd-export = Xuất Excel, Word
telegram-cmd-remind = Nhắc người chưa đăng ký
telegram-cmd-me = Thông tin của tôi
telegram-cmd-language = Đổi ngôn ngữ
telegram-cmd-cancel = Hủy thao tác đang làm
