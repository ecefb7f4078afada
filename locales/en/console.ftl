## Console channel (the bot on this machine, for trying it out and demos)

console-banner =
    Emulation & commendation bot: the console channel on this machine.
    You chat with the bot as on Telegram or Zalo, but with the keyboard. The data is the demo province's.
console-personas-title = Pick a sample user to play:
console-persona-line = { $number }. { $name } – { $role }, { $unit }
console-pick-persona = Type a number from 1 to { $max } and press Enter (or /quit to leave):
console-pick-invalid = There is no user with that number. Please type a number from 1 to { $max }.
console-persona-chosen = You are now { $name } – { $role }, { $unit }.
console-hint = Type /help for help, /register (/dangky) to register for emulation, /persona to switch user, /quit (or Ctrl-D) to leave.
console-choice-hint = Answer with a number, for example { $example }, or type the option.
console-document-saved = File saved: { $path }
console-link = { $text }: { $url }
console-error = Something went wrong with this message; nothing was changed. Please try again.
console-no-personas = This province has no users to play yet. Load the demo province first: npm run cli -- demo load
console-bye = Goodbye!
