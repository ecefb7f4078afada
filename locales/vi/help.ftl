## Trợ giúp

help-unknown = Bạn chưa tham gia hệ thống. Hãy xin mã mời từ cán bộ đầu mối của đơn vị, rồi gửi /start <mã mời> (trên Zalo: gửi mã mời cho bot).
help-everyone = Bạn có thể dùng:
    /dangky (/register) — đăng ký danh hiệu thi đua của bạn, xem, sửa hoặc rút
    /sangkien (/initiative) — khai báo sáng kiến của bạn
    /toi (/me) — xem, sửa, tải về dữ liệu của bạn, chọn nhận tin nhắc và thông báo, hoặc yêu cầu xóa dữ liệu
    /ngonngu (/language) — đổi ngôn ngữ
    /gioithieu (/about) — bot làm gì và ai là cán bộ đầu mối của bạn
    /huy (/cancel) — hủy việc đang làm
    /trogiup (/help) — xem trợ giúp này
help-focal = Với vai trò đầu mối hoặc lãnh đạo đơn vị:
    /dangky (/register) — phần việc của đơn vị: chỉ tiêu thi đua, danh hiệu tập thể, duyệt đăng ký của cán bộ, xem cảnh báo và nộp bản đăng ký
    /moi (/invite) — liên kết và mã QR để cán bộ tham gia, mời riêng từng người, xem ai chưa tham gia
    /thanhvien (/members) — ai đã tham gia, khi nào và bằng cách nào
    /nhacnho (/remind) — nhắc những cán bộ chưa đăng ký
    /thongbao (/broadcast) — gửi thông báo cho cán bộ của đơn vị và xem ai đã xem
    /xuat (/export) — tải bản đăng ký của đơn vị (Excel, Word)
    /dienhinh (/nominate) — đề xuất điển hình tiên tiến
    /web — mở trang làm việc trên máy tính
    Bạn cũng nhận tin nhắc trước mỗi hạn nộp.
help-office = Với vai trò Văn phòng Sở:
    /dotthidua (/campaign) — mở, đổi hạn, đóng đợt thi đua; mở lại đơn vị đã nộp
    /xuat (/export) — xuất Excel, Word, CSV
    /dienhinh (/nominate) — xét các đề xuất điển hình tiên tiến
    /thongbao (/broadcast) — gửi thông báo cho đầu mối, lãnh đạo hoặc cán bộ toàn tỉnh, theo loại đơn vị, cụm hoặc đơn vị chưa nộp
    /moi (/invite) — mời đầu mối, lãnh đạo đơn vị và đồng nghiệp Văn phòng
    /nhap (/import) — nhập danh sách đơn vị, cán bộ từ tệp Excel hoặc CSV
    /yeucau (/requests) — các yêu cầu về dữ liệu cá nhân
    /web — mở trang làm việc trên máy tính: bảng tiến độ, tải tệp, nhập dữ liệu
    Bạn nhận thông báo khi đơn vị nộp bản đăng ký, danh sách đơn vị quá hạn và các yêu cầu về dữ liệu cá nhân.
