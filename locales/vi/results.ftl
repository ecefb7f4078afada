## Rules current in 2026 (rule set NĐ 152/2025)

rule-recruited-recently = Được tuyển dụng ngày { $recruited }, đến kỳ bình xét mới được { $months } tháng; người mới tuyển dụng dưới { $min } tháng không được bình xét danh hiệu thi đua (Thông tư 01/2024/TT-BNV).
rule-cstdcs-needs-htxsnv-or-initiative = Danh hiệu Chiến sĩ thi đua cơ sở cần xếp loại Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài được công nhận trong năm học { $year }; hiện chưa có cả hai.
