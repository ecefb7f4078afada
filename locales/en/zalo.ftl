# Signed download links (GET /files/<token>); the reader's language is unknown, so both are shown.
files-link-invalid = This link is invalid or has expired.
files-not-found = File not found.
