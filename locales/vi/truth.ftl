# Lời đáp trung thực: chỉ nói điều đã thực sự xảy ra (issue 17, mục 6–11).

truth-switch-ask = Bạn đang nhập dở và các câu trả lời vừa rồi chưa được lưu. Chuyển sang { $command } thì những câu trả lời này sẽ mất. Bạn muốn làm gì?
truth-switch-resume = Tiếp tục việc đang làm
truth-switch-leave = Bỏ câu trả lời, chuyển sang { $command }
truth-switch-dropped = Đã bỏ các câu trả lời chưa lưu.
