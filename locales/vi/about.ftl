# /gioithieu (/about): what the bot does and whom to turn to.
telegram-cmd-about = Giới thiệu bot và cán bộ đầu mối của bạn
about-bot = Đây là trợ lý thi đua – khen thưởng của Sở Giáo dục và Đào tạo. Bot giúp cán bộ, giáo viên đăng ký danh hiệu thi đua và khai báo sáng kiến; giúp đầu mối đơn vị theo dõi, nhắc và nộp bản đăng ký của đơn vị; giúp Văn phòng Sở tổng hợp, xuất báo cáo và gửi thông báo. Gõ /trogiup (/help) để xem các lệnh.
about-focal = Cán bộ đầu mối thi đua của { $unit }:
    { $people }
    Khi cần hỏi về thi đua, bạn hãy nhắn cho đầu mối trên ứng dụng ghi bên cạnh tên.
about-focal-line = • { $who } — dùng bot trên { $channels }
about-focal-you = • { $who } — chính là bạn
about-focal-absent = • { $who } — chưa tham gia bot: bạn hãy liên hệ trực tiếp
about-channel-telegram = Telegram
about-channel-zalo = Zalo
about-channel-console = máy tính của Văn phòng
about-no-focal = { $unit } chưa có cán bộ đầu mối trong hệ thống. Bạn hãy liên hệ lãnh đạo đơn vị hoặc Văn phòng Sở.
about-no-unit = Bạn chưa thuộc đơn vị nào trong hệ thống. Bạn hãy liên hệ Văn phòng Sở.
about-office = Bạn thuộc Văn phòng Sở: các đơn vị liên hệ với bạn về thi đua. Gõ /moi (/invite) để mời đầu mối các đơn vị.
about-stranger = Bạn chưa tham gia. Để tham gia, hãy xin mã mời hoặc liên kết mời từ cán bộ đầu mối thi đua của đơn vị mình, rồi gửi /batdau (/start) <mã mời> (trên Zalo: gửi mã mời cho bot).
