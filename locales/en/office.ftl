office-campaign-menu =
    Campaigns:
    { $lines }

    Choose what to do.
office-campaign-none = No campaign yet.
office-campaign-line = #{ $id } { $title } — { $kind }, school year { $year }, { $opens } → { $deadline } ({ $status })
office-campaign-open = ➕ Open a campaign
office-campaign-move = 📅 Move a deadline
office-campaign-close = 🔒 Close a campaign
office-campaign-reopen = ↩️ Reopen a unit
office-campaign-ask-kind = Which kind of campaign?
office-campaign-ask-title = Title (e.g. Emulation registration 2026-2027)?
office-campaign-ask-year = School year (e.g. 2026-2027)?
office-campaign-year-format = Write the school year as 2026-2027 (two consecutive years).
office-campaign-ask-opens = Opening date (dd/mm/yyyy)?
office-campaign-ask-deadline = Deadline (dd/mm/yyyy)?
office-campaign-ask-move = Move the deadline of which campaign?
office-campaign-ask-close = Close which campaign?
office-campaign-deadline-past = That deadline has passed. Enter a date from today on.
office-campaign-opens-after-deadline = The opening date is after the deadline. Enter a deadline on or after the opening date.
office-campaign-confirm-open =
    Open this campaign?
    Kind: { $kind }
    Title: { $title }
    School year: { $year }
    Opens: { $opens } — Deadline: { $deadline }
office-campaign-confirm-move = Move the deadline of “{ $title }” from { $from } to { $to }? Reminders will follow the new date.
office-campaign-confirm-close = Close “{ $title }”? Units can no longer submit and the bot stops its reminders.
office-confirm-yes = ✅ Yes
office-confirm-no = ✖️ No
office-nothing-changed = Cancelled; nothing changed.
office-campaign-opened = Campaign #{ $id } “{ $title }” is open, deadline { $deadline }. The bot will send reminders on schedule.
office-campaign-moved = The deadline of “{ $title }” is now { $deadline }. Reminders follow the new date.
office-campaign-closed = “{ $title }” is closed. The bot stops its reminders for it.
office-reopen-none = No unit has submitted in an open campaign.
office-reopen-ask-unit = Reopen which unit's submission?
office-reopen-ask-reason = Reason for reopening (sent to the unit's focal person)?
office-reopen-confirm = Reopen the submission of { $unit }? Reason: { $reason }
office-reopened = The submission of { $unit } is reopened; the unit's focal person is told through the bot.
office-reopen-not-submitted = { $unit } has not submitted (or was already reopened); nothing changed.
office-campaign-duplicate = School year { $year } already has an open campaign of this kind: #{ $id } “{ $title }”. One open campaign per kind and year: move its deadline or close it with /campaign. No new campaign was opened.
office-requests-none = No personal-data request is waiting.
office-requests-list =
    Personal-data requests waiting (deadline under Decree 356/2025/NĐ-CP):
    { $lines }
office-requests-line = #{ $id } { $name } — { $unit }: erase data, sent { $at }, deadline { $deadline }{ $late }
office-requests-late = (overdue)
office-requests-no-unit = no unit
office-requests-gone = This request is no longer waiting.
office-requests-what = Request #{ $id } from { $name } (deadline { $deadline }). What now?
office-requests-ack = 📨 Acknowledge
office-requests-erase = 🗑 Erase the data
office-requests-erase-yes = 🗑 Erase the data
office-requests-confirm-erase = Erase the personal data of { $name } ({ $unit })? Name, position, phone, chat links, nomination texts and evidence go; the counts stay. This cannot be undone. Afterwards the bot can no longer reach this person.
office-requests-acked = { $name } is told that the request is received and will be handled by { $deadline }.
office-requests-notify-ack = The Department office received your request to erase your personal data and will carry it out by { $deadline }. Once it is done, the bot will no longer recognise you.
office-requests-erased = The personal data of request #{ $id } is erased ({ $files } evidence files removed). The log records the erasure, without the name.
office-requests-erased-told = The "done" notice (no personal data in it) is queued to the requester on { $count } messenger chat(s).
office-requests-erased-not-told = The requester has no messenger chat left to tell: tell them another way.
office-import-zalo = Zalo cannot pass files to the bot. Import the units or people list in the web workspace: type /web for the link, then open "Import".
office-import-no-files = This channel cannot receive files. Type /web and import the file in the web workspace.
office-import-ask-kind = Which list do you import?
office-import-units = 🏫 Units
office-import-people = 👥 Staff and teachers
office-import-ask-file = Send the .xlsx or .csv file (at most 10 MB, 20,000 rows) as an attachment. You will see a preview first; nothing is written yet.
office-import-not-table = This is not an .xlsx or .csv table. Send the spreadsheet again; nothing was imported.
office-import-too-big = The file is over 10 MB. Split it and send it again; nothing was imported.
office-import-too-many-rows = The file has { $rows } rows, over the limit of { $max }. Split it; nothing was imported.
office-import-preview =
    Preview of { $file } (nothing written yet):
    { $created } to add, { $updated } to update, { $unchanged } unchanged, { $rejected } rejected.
    { $lines }
office-import-rejected-line = Line { $line }: { $reason }
office-import-more = … and { $count } more rejected lines.
office-import-rejected-file = All { $count } rejected rows (line number, reason, the row's cells) are in the attached Excel file: correct them and send them again with /import (/nhap).
office-import-rejected-caption = { $count } rejected rows: line number, reason and the row's cells.
office-import-rejected-sheet = Rejected rows
office-import-col-line = Line
office-import-col-reason = Reason
office-import-confirm = Import the valid rows? Rejected rows are not written.
office-import-yes = 📥 Import
office-import-done = Imported: { $created } added, { $updated } updated, { $unchanged } unchanged, { $rejected } rejected.
telegram-cmd-campaign = Campaigns: open, move a deadline, close, reopen a unit (office)
telegram-cmd-requests = Personal-data requests (office)
telegram-cmd-import = Import the units or people list from a file (office)
