# Deadline reminders, staff nudges and the /remind command.

reminder-missing = { $unit }: { $missing }/{ $members } staff have not registered{ $targets ->
        [0] ; no targets entered yet
       *[other] {""}
    }.
reminder-before =
    ⏰ Deadline reminder: { $campaign }
    Deadline: { $deadline } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    } left).
    { reminder-missing }
    Type /register to complete and submit your unit's registration.
reminder-today =
    ⏰ Today is the deadline: { $campaign }
    Deadline: { $deadline }, by midnight.
    { reminder-missing }
    Type /register to submit now.
reminder-overdue =
    ⚠️ Your unit is { $days ->
        [one] 1 day
       *[other] { $days } days
    } late: { $campaign }
    The deadline was { $deadline }.
    { reminder-missing }
    Type /register to submit now, or contact the Văn phòng Sở for an extension.
reminder-office-overdue =
    Units that have not submitted { $campaign } (deadline { $deadline }): { $count }.
    { $units }
nudge-staff = The focal person of { $unit } reminds you: you have not registered yet ({ $campaign }, unit deadline { $deadline }). Type /register; it takes a few minutes.
notify-unreachable = A reminder could not reach { $name }: they blocked the bot or deleted the chat. Please contact them directly.

remind-menu =
    REMIND STAFF — { $unit }
    { $silent } people have not registered; { $recent } of them were reminded in the last 24 hours.
    Automatic reminder 5 days before the deadline: { $auto }.
remind-auto-on = on
remind-auto-off = off
remind-now = 📣 Remind now ({ $count } people)
remind-turn-auto-on = Turn automatic reminder on
remind-turn-auto-off = Turn automatic reminder off
remind-sent = Reminder sent to { $count } people. Nobody is reminded more than once in 24 hours.
remind-nobody = Nobody to remind right now: everyone has registered or was reminded in the last 24 hours.
remind-auto-saved = Saved: automatic reminder { $state }.
remind-no-campaign = There is no open registration campaign to remind people about.
remind-submitted = Your unit has submitted, so there is nobody to remind.

cli-reminders-preview = Preview the deadline reminders of a campaign
cli-reminders-preview-usage = Usage: npm run cli -- reminders preview --campaign <id> [--province <code>]
cli-reminders-run-due = Queue and send the reminders that are due (to catch up by hand)
cli-reminders-run-due-usage = Usage: npm run cli -- reminders run-due [--now <ISO time, e.g. 2026-10-13T08:00:00+07:00>]
cli-reminders-status = Queued, sent and failed reminders, and the latest errors
cli-reminders-status-usage = Usage: npm run cli -- reminders status
cli-reminders-plan-line = { $at }  D{ $offset }  { $state }  →  { $units } units, { $people } recipients
cli-reminders-plan-none = No reminders left for this campaign (closed, or every unit has submitted).
cli-reminders-state-planned = will send
cli-reminders-state-done = queued
cli-reminders-state-missed = skipped (over 12 hours late)
cli-reminders-late-units = Units not submitted: { $count }
cli-reminders-queued = { $campaign } D{ $offset }: { $count } messages queued.
cli-reminders-nothing-due = No reminders are due.
cli-reminders-sent = { $count } messages sent.
cli-reminders-counts = Queued: { $queued } · Sending: { $sending } · Sent: { $sent } · Failed: { $failed } · Skipped: { $skipped }
cli-reminders-error-line = #{ $id } { $kind } → person #{ $person }: { $error }
cli-reminders-bad-now = an ISO 8601 time, e.g. 2026-10-13T08:00:00+07:00

# Nomination campaigns (điển hình tiên tiến): the unit sends its list with /nominate.
reminder-nomination-before =
    ⏰ Deadline for the list of điển hình tiên tiến: { $campaign }
    Due: { $deadline } ({ $days } days left).
    { $unit } has not sent its list of điển hình tiên tiến.
    Type /nominate to prepare and send the unit's list.
reminder-nomination-today =
    ⏰ Today is the last day for the list of điển hình tiên tiến: { $campaign }
    Due: { $deadline }, before midnight.
    { $unit } has not sent its list of điển hình tiên tiến.
    Type /nominate to send it now.
reminder-nomination-overdue =
    ⚠️ The unit's list of điển hình tiên tiến is { $days } days overdue: { $campaign }
    It was due on { $deadline }.
    { $unit } has not sent its list of điển hình tiên tiến.
    Type /nominate to send it now, or contact the Văn phòng if you need more time.
reminder-nomination-office-overdue =
    Units that have not sent their list of điển hình tiên tiến — { $campaign } (due { $deadline }): { $count } units.
    { $units }
