## /baocao (/report): the year's report (báo cáo tổng kết), for the Văn phòng Sở

telegram-cmd-report = Báo cáo tổng kết năm học (số liệu)
help-report-office = Tổng kết: /baocao (/report) lập số liệu báo cáo tổng kết năm học (xếp loại, danh hiệu, khen thưởng, sáng kiến, điển hình tiên tiến; theo loại đơn vị và cụm, so với năm học trước): tệp Excel có danh sách kèm từng số liệu và biểu 0602, 0603 theo Thông tư 02/2023/TT-BNV, hoặc bản dự thảo Word phần số liệu và phụ lục.
report-pick-year = Lập số liệu báo cáo tổng kết của năm học nào? (Số liệu được so sánh với năm học trước đó.)
report-year = Năm học { $year }
report-pick-format = Báo cáo tổng kết năm học { $year }: chọn loại tệp.
report-format-xlsx = 📊 Excel: số liệu, danh sách, biểu thống kê
report-format-docx = 📄 Word: dự thảo phần số liệu và phụ lục
report-caption = Số liệu báo cáo tổng kết năm học { $year } (so với năm học { $previous }), lập lúc { $at }.
report-bad-year = Năm học cần viết dạng 2025-2026, ví dụ: /baocao 2025-2026.
report-not-allowed = Báo cáo tổng kết chỉ dành cho Văn phòng Sở.
web-report-title = Báo cáo tổng kết năm học { $year }
web-report-note = Số liệu xếp loại, danh hiệu, khen thưởng, sáng kiến, điển hình tiên tiến của năm học, so với năm học trước; mỗi số liệu có danh sách kèm theo. Trong trò chuyện: /baocao (/report).
