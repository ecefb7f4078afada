## Ngôn ngữ

language-ask = Chọn ngôn ngữ / Choose your language:
language-name-vi = Tiếng Việt
language-name-en = English
language-set = Đã chuyển sang tiếng Việt.

## Dữ liệu của tôi

me-summary = THÔNG TIN CỦA BẠN
    Họ và tên: { $name }
    Chức vụ: { $position }
    Đơn vị: { $unit }
    Vai trò: { $roles }
    Số điện thoại: { $phone }
    Đồng ý xử lý dữ liệu lúc: { $consent }
me-edit-name = Sửa họ tên
me-edit-position = Sửa chức vụ
me-export = Tải dữ liệu của tôi
me-erase = Yêu cầu xóa dữ liệu
me-close = Đóng
me-ask-name = Nhập họ và tên đúng của bạn:
me-ask-position = Nhập chức vụ của bạn:
me-saved = Đã cập nhật.
me-export-caption = Toàn bộ dữ liệu hệ thống đang lưu về bạn.
me-erase-confirm = Bạn muốn xóa dữ liệu cá nhân? Văn phòng Sở sẽ xử lý yêu cầu theo thời hạn luật định (Nghị định 356/2025/NĐ-CP) và báo cho bạn khi xong. Sau khi xóa, bạn không dùng được bot nữa; các số liệu thống kê không gắn với tên bạn vẫn được giữ.
me-erase-yes = Gửi yêu cầu xóa
me-erase-requested = Đã gửi yêu cầu xóa dữ liệu tới Văn phòng Sở. Yêu cầu của bạn sẽ được xử lý theo thời hạn luật định (Nghị định 356/2025/NĐ-CP); bạn sẽ nhận tin báo khi xóa xong.
me-erase-already = Bạn đã có một yêu cầu xóa dữ liệu đang chờ xử lý.
