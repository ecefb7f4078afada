# Words every channel adapter shares.

update-failed = Xin lỗi, có lỗi khi xử lý tin nhắn này nên câu trả lời vừa rồi chưa được lưu. Những gì bạn trả lời trước đó vẫn còn nguyên. Vui lòng gửi lại.

zalo-document-link = Tải tệp { $name } tại đây (liên kết dùng được trong 24 giờ): { $url }
