# Truthful replies: say only what actually happened (issue 17, items 6–11).

truth-switch-ask = You are in the middle of something and your last answers are not saved yet. Switching to { $command } drops them. What would you like to do?
truth-switch-resume = Carry on
truth-switch-leave = Drop the answers, go to { $command }
truth-switch-dropped = The unsaved answers were dropped.

truth-remind-menu =
    REMIND STAFF — { $unit }
    { $silent } people have not registered; { $recent } of them were reminded in the last 24 hours.{ $extra }
    Automatic reminder 5 days before the deadline: { $auto }.
truth-remind-not-staff = /progress counts { $total } people who have not registered: the other { $count } are the unit's focal person or leader ({ $names }) and are not on the reminder list.
truth-remind-unreachable = { $count } people have not connected to the bot (or blocked it) and will not get the reminder; please tell them in person: { $names }.
truth-remind-sending = The reminder is being sent to { $count } people. Each person is reminded at most once in 24 hours.
truth-remind-queued-morning = A reminder is queued for { $count } people. The bot sends no reminders between 21:00 and 07:00, so it goes out at { $time } on { $date }. Each person is reminded at most once in 24 hours.
truth-remind-none-reachable = No reminder could be sent through the bot.

truth-submit-pending = { $count } registrations are still waiting for review ({ $names }). Approve or return each one before submitting the unit's registration.
truth-submit-pending-list =
    SUBMIT THE REGISTRATION
    { $count } registrations are waiting for review. Before submitting, each must be approved or returned; what goes to the Department holds only approved ones.
    { $list }{ $own }
truth-submit-own-waits = Your own registration needs the unit leader's approval.
truth-approve-all = ✅ Approve all
truth-review-one-by-one = Review one by one
truth-approved-all = { $count } registrations approved.
truth-review-own = You cannot approve or return your own registration. The unit leader reviews it.
truth-unit-submitted-office-unreachable = The unit's registration was submitted at { $at }. The Department office could not be told through the bot (nobody there has connected to it); they still see the unit as submitted in the progress view.

truth-migrate-applied = Applied { $count } schema updates; the database ({ $engine }) is now up to date.

truth-pick-campaign = Several registration campaigns are open. Choose the one to see or register in:
truth-campaign-mine = {" "}(you registered: { $title })
truth-campaign-unit-count = {" "}({ $count } staff registered)
truth-campaign-duplicate = School year { $year } already has an open campaign of this kind: #{ $id } "{ $title }". One campaign of each kind per school year; close the old one (campaign close --id { $id }) or move its deadline (campaign deadline) instead of creating another.
truth-cli-deadline-past = The deadline { $date } has passed: such a campaign could take no answer. Choose a deadline from today on.
truth-cli-invite-expired = The expiry date { $date } has passed: the invite would be refused at once. Choose a date from today on.
truth-cli-database-busy = The embedded database in { $dir } is in use by another process (pid { $pid }), probably the running bot. Stop it first, or set DATABASE_URL to a PostgreSQL server so the bot and the CLI can run side by side.

truth-nomination-conflict = School year { $year }: the unit typed "{ $typed }", but the system's record says "{ $stored }"; warnings follow the stored record.
truth-nomination-office-one =
    { $kind }: { $name } (submitted { $submitted })
    Field: { $field }
    Achievements: { $summary }
    Years:
    { $years }
    Sáng kiến: { $initiative }
    Criteria ({ $criteria } met):
    { $criteriaList }
    Evidence: { $evidence } files
    { $warnings }

truth-initiative-pick-edit = Choose the sáng kiến to change (you then enter it again from its title):
truth-initiative-pick-remove = Choose the sáng kiến to delete:
truth-initiative-removed = The sáng kiến “{ $title }” was deleted.

truth-import-bad-csv = The file { $file } is not valid CSV at line { $line }: { $code ->
        [CSV_QUOTE_NOT_CLOSED] a double quote is opened and never closed.
        [CSV_INVALID_CLOSING_QUOTE] a double quote stands inside a cell; enclose the whole cell in quotes and write "" for each quote inside.
        [CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE] a character follows a closing double quote.
       *[other] this line cannot be read.
    } Open the file in Excel and save it as "CSV UTF-8".

truth-outbox-kind-notification = notification
truth-outbox-kind-reminder = deadline reminder
truth-outbox-kind-reminder-office = deadline reminder (office)
truth-outbox-kind-nudge = staff reminder
truth-outbox-reason-no-messenger = the recipient has not connected to the bot on Telegram or Zalo
truth-outbox-reason-blocked = the recipient blocked the bot
truth-outbox-reason-late = more than 12 hours late, skipped
truth-outbox-reason-campaign-closed = the campaign is closed
truth-outbox-reason-deadline-moved = the deadline moved
truth-outbox-reason-unit-submitted = the unit has submitted
truth-outbox-reason-registered = the recipient has registered
