# Signed download links (GET /files/<token>); the reader's language is unknown, so both are shown.
files-link-invalid = Liên kết không hợp lệ hoặc đã hết hạn.
files-not-found = Không tìm thấy tệp.
