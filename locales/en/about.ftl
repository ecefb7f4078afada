# /about (/gioithieu): what the bot does and whom to turn to.
telegram-cmd-about = About the bot and your focal person
about-bot = This is the emulation and commendation assistant of the Department of Education and Training. It helps staff and teachers register for emulation titles and declare initiatives; helps a unit's focal person follow, remind and submit the unit's registration; and helps the Department's Office compile, export reports and send announcements. Type /help to see the commands.
about-focal = The emulation focal person of { $unit }:
    { $people }
    For questions about emulation, message your focal person on the app shown next to their name.
about-focal-line = • { $who } — uses the bot on { $channels }
about-focal-you = • { $who } — that is you
about-focal-absent = • { $who } — not in the bot yet: please contact them directly
about-channel-telegram = Telegram
about-channel-zalo = Zalo
about-channel-console = the Office's computer
about-no-focal = { $unit } has no focal person in the system yet. Please contact your unit's leader or the Department's Office.
about-no-unit = You do not belong to a unit in the system yet. Please contact the Department's Office.
about-office = You are in the Department's Office: units contact you about emulation. Type /invite to invite the units' focal persons.
about-stranger = You have not joined yet. To join, ask your unit's emulation focal person for an invite code or link, then send /start <invite code> (on Zalo: send the invite code to the bot).
