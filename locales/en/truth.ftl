# Truthful replies: say only what actually happened (issue 17, items 6–11).

truth-switch-ask = You are in the middle of something and your last answers are not saved yet. Switching to { $command } drops them. What would you like to do?
truth-switch-resume = Carry on
truth-switch-leave = Drop the answers, go to { $command }
truth-switch-dropped = The unsaved answers were dropped.
