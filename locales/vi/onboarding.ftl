## Tham gia và đồng ý xử lý dữ liệu

onboarding-no-code = Xin chào! Bot này giúp cán bộ, giáo viên đăng ký thi đua và cán bộ đầu mối theo dõi, nộp hồ sơ thi đua của đơn vị.
    Để tham gia, bạn cần mã mời của đơn vị: hãy xin cán bộ đầu mối thi đua của trường (hoặc Văn phòng Sở), rồi bấm liên kết mời hoặc gửi /start <mã mời>.
onboarding-welcome-back = Chào { $name }! Bạn đã tham gia rồi. Gõ /trogiup để xem những việc bạn có thể làm.
consent-notice = THÔNG BÁO VỀ XỬ LÝ DỮ LIỆU CÁ NHÂN (phiên bản { $version })
    Sở Giáo dục và Đào tạo xử lý các dữ liệu sau của bạn: họ và tên, chức vụ, đơn vị công tác, vai trò, mã tài khoản nhắn tin (Telegram/Zalo), số điện thoại nếu đơn vị cung cấp, và các nội dung bạn đăng ký thi đua.
    Mục đích 1 (bắt buộc để dùng bot): xử lý hồ sơ thi đua — tổ chức đăng ký, tổng hợp danh sách khen thưởng, trả lời các thao tác của bạn.
    Mục đích 2 (tùy chọn): gửi nhắc hạn nộp, nhắc việc và thông báo chung. Không đồng ý mục đích này, bạn vẫn dùng bot bình thường.
    Dữ liệu không dùng cho mục đích khác.
    Quyền của bạn: xem, sửa, tải về dữ liệu của mình và yêu cầu xóa bất cứ lúc nào bằng lệnh /toi (theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 và Nghị định 356/2025/NĐ-CP).
    Bạn chọn một trong ba cách dưới đây.
consent-accept = ✅ Tôi đồng ý cả hai mục đích
consent-decline = Không đồng ý
consent-declined = Bạn đã không đồng ý, nên hệ thống không lưu thông tin nào về bạn. Nếu đổi ý, hãy gửi lại mã mời.
onboarding-ask-name = Cảm ơn bạn. Vui lòng nhập họ và tên đầy đủ (có dấu), ví dụ: Nguyễn Thị Lan.
onboarding-ask-position = Chức vụ của bạn là gì? Chọn bên dưới hoặc nhập chức vụ khác.
position-teacher = Giáo viên
position-staff = Nhân viên
position-vice-principal = Phó Hiệu trưởng
position-principal = Hiệu trưởng
onboarding-joined = Chào mừng { $name }! Bạn đã tham gia với vai trò { $role }.
onboarding-next = Gõ /dangky để đăng ký thi đua, /trogiup để xem các lệnh.
