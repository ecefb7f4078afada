## Đồng ý theo từng mục đích (issue 16)

consent-accept-records-only = ✅ Tôi chỉ đồng ý mục đích 1 (không nhận nhắc việc, thông báo)
consent-purpose-records = Xử lý hồ sơ thi đua
consent-purpose-messages = Nhận nhắc việc, thông báo
consent-state-yes = đồng ý lúc { $at } (phiên bản { $version })
consent-state-no = không đồng ý / đã rút lúc { $at } (phiên bản { $version })
consent-state-none = chưa hỏi
consent-me-summary = ĐỒNG Ý XỬ LÝ DỮ LIỆU
    { consent-purpose-records }: { $records }
    { consent-purpose-messages }: { $messages }
consent-me-messages-off = Tắt nhận nhắc việc, thông báo
consent-me-messages-on = Bật nhận nhắc việc, thông báo
consent-me-withdraw-records = Rút đồng ý xử lý hồ sơ
consent-messages-off-done = Đã ghi nhận: bạn không nhận nhắc việc và thông báo chung nữa (lúc { $at }, phiên bản { $version }). Bạn vẫn dùng bot bình thường và vẫn nhận trả lời cho các thao tác của mình.
consent-messages-on-done = Đã ghi nhận: bạn nhận lại nhắc việc và thông báo chung (lúc { $at }, phiên bản { $version }).
consent-withdraw-confirm = Rút đồng ý xử lý hồ sơ thi đua nghĩa là bot không xử lý dữ liệu của bạn nữa: hệ thống ghi nhận việc rút đồng ý và gửi Văn phòng Sở yêu cầu xóa dữ liệu của bạn. Bạn chắc chắn chứ?
consent-withdraw-yes = Rút đồng ý
consent-withdraw-done = Đã ghi nhận việc rút đồng ý lúc { $at } (phiên bản { $version }). Yêu cầu xóa dữ liệu đã được gửi tới Văn phòng Sở và sẽ được xử lý theo thời hạn luật định (Nghị định 356/2025/NĐ-CP); bạn sẽ nhận tin báo khi xong.
consent-me-edit-phone = Sửa số điện thoại
consent-ask-phone = Nhập số điện thoại di động của bạn, ví dụ 0912 345 678 hoặc +84 912 345 678.
consent-phone-invalid = Số điện thoại chưa đúng. Hãy nhập số di động Việt Nam gồm 10 chữ số, ví dụ 0912 345 678.
consent-erasure-done = Văn phòng Sở đã xóa dữ liệu cá nhân của bạn theo yêu cầu. Từ nay bot không còn lưu thông tin nhận diện bạn. Cảm ơn bạn.
consent-cli-erasure-told = Đã xếp lời báo "đã xóa xong" cho người yêu cầu vào hàng gửi trên { $count } kênh nhắn tin; bot đang chạy sẽ gửi trong khoảng một phút.
consent-cli-erasure-not-told = Người yêu cầu không còn kênh nhắn tin nào để báo: hãy báo cho họ bằng cách khác.
consent-export-purpose = Mục đích
