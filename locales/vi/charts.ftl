# Progress as a picture (/tiendo): the words drawn in the chart.

chart-province-title = Tiến độ: { $campaign }
chart-subtitle = Cập nhật { $at } · Hạn nộp { $deadline } · Đã nộp { $submitted }/{ $total } đơn vị
chart-submitted = Đã nộp
chart-in-progress = Đang thực hiện
chart-not-started = Chưa bắt đầu
chart-by-cluster = Theo cụm thi đua
chart-by-kind = Theo loại đơn vị
chart-no-cluster = Chưa xếp cụm
chart-per-day = Số đơn vị nộp mỗi ngày (đường đỏ: hạn nộp)
chart-staff-title = Cán bộ đã đăng ký — { $unit }
chart-staff-subtitle = { $campaign } · Cập nhật { $at } · Hạn nộp { $deadline }
chart-answered = Đã đăng ký ({ $count })
chart-not-yet = Chưa đăng ký ({ $count })
chart-approved = Đã duyệt
chart-pending = Chờ duyệt
chart-returned = Trả lại để sửa
chart-caption = 📊 Biểu đồ tiến độ
digest-text =
    📅 Tổng hợp tuần: { $campaign }
    Hạn nộp { $deadline } (còn { $days } ngày). Còn { $count } đơn vị chưa nộp:
    { $units }
    Gõ /tiendo để xem chi tiết, /thongbao để nhắc các đơn vị chưa nộp.
