# Telegram adapter: the command menu.


telegram-cmd-start = Start, join with an invite code
telegram-cmd-help = Help and commands
telegram-cmd-register = Register for emulation
telegram-cmd-nominate = Nominate an advanced model
telegram-cmd-initiative = Declare an initiative (sáng kiến)
telegram-cmd-progress = See progress
telegram-cmd-export = Export to Excel, Word
telegram-cmd-remind = Remind those who have not registered
telegram-cmd-me = My data
telegram-cmd-language = Change language
telegram-cmd-cancel = Cancel what you are doing
