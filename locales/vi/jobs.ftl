# Background jobs: a province's Word documents built outside the chat, with progress and the file at the end.
jobs-documents-queued = Đang tạo { $total } văn bản… Tệp nén sẽ được gửi vào đây khi xong; trong lúc chờ, bạn vẫn dùng các lệnh khác bình thường.
jobs-documents-joined = Văn bản của các đơn vị đang được tạo theo một yêu cầu trước đó. Tệp nén sẽ được gửi cho bạn ngay khi xong.
jobs-documents-started = Bắt đầu tạo { $total } văn bản đăng ký thi đua của các đơn vị…
jobs-documents-progress = Đang tạo văn bản: { $done }/{ $total }…
jobs-documents-done = Đã tạo xong { $total } văn bản đăng ký thi đua: { $name }
jobs-documents-empty = Chưa có đơn vị nào bắt đầu đăng ký, nên chưa có văn bản nào để tạo.
jobs-documents-failed = Chưa tạo được tệp văn bản của các đơn vị do lỗi hệ thống. Vui lòng thử lại sau ít phút bằng lệnh /xuat.
