# Announcements: /broadcast (/thongbao), the "Seen" button and the sender's follow-up.

telegram-cmd-broadcast = Send an announcement
announce-not-allowed = Announcements are sent by the Văn phòng and by units' focal persons and leaders. If your unit needs to be told something, please ask your unit's focal person.
announce-menu = ANNOUNCEMENTS — write a new one, or pick one you sent to see who received and who read it.
announce-new = ✍️ New announcement
announce-past = 📊 { $at } – { $excerpt }
announce-ask-text = Type the announcement (at most { $max } characters). Line breaks are kept.
announce-too-long = The announcement is over 2,000 characters (one Zalo message). Please shorten it.
announce-ask-who = Who should get it?
announce-who-managers = Focal persons and unit leaders
announce-who-everyone = All staff
announce-ask-where = In which units?
announce-where-province = The whole province
announce-where-own-unit = your unit
announce-where-kind = By unit kind
announce-where-cluster = By cluster
announce-where-unit = One unit
announce-where-not-submitted = Units that have not submitted
announce-where-not-submitted-of = units that have not submitted "{ $campaign }"
announce-ask-kind = Pick a unit kind:
announce-ask-cluster = Pick a cluster:
announce-ask-campaign = Pick a campaign: the announcement goes to the units that have not submitted it.
announce-ask-unit = Type the unit's code or full name (e.g. THPT01).
announce-unit-unknown = No unit "{ $code }". Please check the code.
announce-audience = { $who } — { $where }
announce-from-office = { $name }, Văn phòng Sở
announce-from-unit = { $name }, { $unit }
announce-message =
    📢 ANNOUNCEMENT
    From: { $from }

    { $body }
announce-nudge-message =
    🔔 Reminder: you have not confirmed that you read this announcement.
    From: { $from }

    { $body }
announce-seen-button = ✅ Seen
announce-seen-hint = Once you have read it, please reply "đã xem".
announce-preview =
    PREVIEW — recipients will see:
    ────────
    { $message }
    ────────
    To: { $audience }
    Will receive it: { $count } people.
    Cannot be reached: { $unreachable } (not using the bot: { $none }; blocked the bot: { $blocked }; declined announcements: { $declined }).{ $quiet }
announce-quiet-now = {""}
    Note: these are quiet hours (21:00–07:00). "Send now" sends right away; or send at { $morning }.
announce-send-now = 📤 Send now
announce-send-morning = 🌅 Send at 07:00
announce-send-later = 🕒 Schedule
announce-list-unreachable = 👥 Who cannot be reached
announce-edit = ✏️ Edit the text
announce-cancel = ✖️ Cancel, do not send
announce-cancelled = Cancelled; nothing was sent.
announce-reach-none = not using the bot
announce-reach-blocked = blocked the bot
announce-reach-declined = declined announcements
announce-list-more = … and { $count } more.
announce-unreachable-list =
    People the bot cannot reach (please tell them another way):
    { $body }
announce-ask-time = Type when to send it as day/month/year hour:minute, Vietnam time (e.g. 25/12/2026 08:30).
announce-bad-time = That is not a time I can read. Please type it like 25/12/2026 08:30.
announce-time-past = That time has passed. Please pick a time ahead, or go back and send now.
announce-time-far = It can be scheduled at most { $days } days ahead.
announce-held = {""}
    { $asked } falls in the quiet hours (21:00–07:00), so it will go out in the morning.
announce-sent = ✅ Sending the announcement to { $count } people. Type /broadcast to see who received and who read it.
announce-scheduled = 🕒 The announcement to { $count } people is scheduled for { $at }.{ $held }
announce-unknown = That announcement was not found.
announce-stats =
    ANNOUNCEMENT { $at }
    "{ $excerpt }"
    Recipients: { $recipients } · Delivered: { $delivered } · Waiting: { $pending }
    Seen: { $seen } · Not seen: { $notSeen } · Cannot be reached: { $unreachable }{ $nudged }
announce-nudged-at = {""}
    Those who had not seen it were reminded at { $at }.
announce-who-not-seen = 👀 Who has not seen it
announce-nudge = 🔔 Remind those who have not seen it ({ $count })
announce-not-seen-list =
    Received but not yet marked as seen:
    { $body }
announce-nudged = 🔔 Reminded { $count } people who had not seen it. Each announcement can be reminded once.
announce-nudged-already = This announcement has already been reminded once.
announce-seen-thanks = ✅ Thank you, noted that you have read the announcement.
announce-seen-already = You already marked this announcement as seen.
announce-seen-nothing = There is no announcement waiting for your confirmation.
