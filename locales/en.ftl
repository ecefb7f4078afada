## Roles, kinds and campaign states

role-office = Department office (Văn phòng Sở)
role-unit_leader = Unit leader
role-focal = Focal person
role-staff = Staff member

campaign-kind-registration = Emulation registration
campaign-kind-nomination = Advanced models
campaign-kind-initiative = Initiatives
campaign-kind-review = Reviews
campaign-status-scheduled = not open yet
campaign-status-open = open
campaign-status-overdue = past the deadline
campaign-status-closed = closed

demo-campaign-registration = Emulation registration, school year { $year }
demo-campaign-nomination = Advanced model nominations, school year { $year }

## Domain errors

province-unknown = There is no province with code { $code }.
province-none = No province yet. Create one first: npm run cli -- province create --code ND --name "Nam Định" (or npm run cli -- demo load).
province-ambiguous = There are several provinces ({ $codes }). Choose one with --province <code>.
unit-unknown = There is no unit with code { $code }.
person-unknown = There is no person with id { $id }.
campaign-unknown = There is no campaign #{ $id }.
campaign-already-closed = Campaign #{ $id } is already closed.
campaign-deadline-before-open = The deadline must be after the opening date.
invite-unknown = That invite code is not valid. Check it, or ask your focal person for a new one.
invite-revoked = That invite code has been revoked. Ask your focal person for a new one.
invite-expired = That invite code has expired. Ask your focal person for a new one.
invite-used-up = That invite code has been used up. Ask your focal person for a new one.
invite-needs-unit = An invite for this role needs a unit (--unit).
invite-office-no-unit = An invite for the Department office covers the whole province and takes no unit.
role-needs-unit = This role needs a unit (--unit).
role-office-no-unit = The Department office role covers the whole province and takes no unit.

## Importing from Excel/CSV

import-file-type = { $file } is neither .xlsx nor .csv.
import-file-missing = File not found: { $file }.
import-file-unreadable = Could not read the Excel file { $file }. Save it again as .xlsx and retry.
import-file-empty = { $file } holds no data.
import-file-not-utf8 = { $file } is not UTF-8. In Excel choose "Save as" → "CSV UTF-8".
import-file-bad-csv = { $file } is not valid CSV: { $detail }
import-missing-columns = The file lacks the columns: { $columns }. Nothing was written.
import-bad-code = Unit code "{ $code }" is not valid (use letters without accents, digits, dots and dashes).
import-empty-name = The name is missing.
import-empty-kind = The unit kind is missing.
import-empty-unit = The unit code is missing.
import-too-long = The text is too long.
import-name-digits = A full name cannot contain digits.
import-formula = The cell looks like a formula (starts with =, +, -, @); enter the value instead.
import-duplicate-code = Code { $code } repeats line { $first }.
import-duplicate-person = This person repeats line { $first }.
import-unknown-parent = Parent unit { $parent } of { $code } is neither in the file nor in the system.
import-parent-rejected = Parent unit { $parent } of { $code } was rejected, so this line was too.
import-parent-cycle = Unit { $code } is in a parent loop: { $chain }.
import-unknown-unit = There is no unit with code { $code }.
import-bad-role = Role "{ $role }" is not valid (teacher, staff, focal, leader, office).
import-bad-phone = The phone number is not valid (10 digits, e.g. 0912345678).

## Admin command line

cli-usage = Usage: npm run cli -- <command> [options]   (add --help after a command for details)
cli-unknown-command = There is no command "{ $command }".
cli-failed = Command "{ $command }" failed. See the log for details; no half-done change was kept.
cli-bad-argument = Argument { $name } is not valid: expected { $expected }.
cli-bad-option = Invalid option: { $detail }
cli-argument = input
cli-expect-date = a date as dd/mm/yyyy, e.g. 20/10/2025
cli-expect-positive-int = a positive whole number
cli-expect-role = one of office, unit_leader, focal, staff
cli-expect-kind = one of registration, nomination, initiative, review, results, dossier
cli-expect-unit-code = a unit code
cli-expect-school-year = a school year like 2025-2026
cli-expect-text = some text
cli-expect-file = the path of an .xlsx or .csv file
cli-expect-code = an invite code
cli-expect-province-code = a province code of 2–20 plain letters
cli-expect-valid = a valid value
cli-migrate = Apply database schema changes
cli-migrate-usage = npm run cli -- migrate
cli-migrate-done = The database ({ $engine }) is up to date.
cli-province-create = Create a province (the tenant)
cli-province-create-usage = npm run cli -- province create --code ND --name "Nam Định"
cli-province-created = Province { $code }: { $name }.
cli-province-list = List provinces
cli-province-list-usage = npm run cli -- province list
cli-units-import = Import units from Excel/CSV
cli-units-import-usage =
    npm run cli -- units import <file.xlsx|file.csv> [--province <code>]
    Columns: mã đơn vị, tên đơn vị, loại đơn vị, mã đơn vị cấp trên, cụm/khối.
    Importing again updates by code and never duplicates. Rejected lines are listed with the reason.
cli-people-import = Import staff from Excel/CSV
cli-people-import-usage =
    npm run cli -- people import <file.xlsx|file.csv> [--province <code>]
    Columns: họ và tên, chức vụ, mã đơn vị, vai trò, số điện thoại (optional).
cli-import-summary = Imported: { $created } new, { $updated } updated, { $unchanged } unchanged; { $rejected } lines rejected.
cli-import-line = Line { $line }
cli-units-list = List units as the organisation tree
cli-units-list-usage = npm run cli -- units list [--province <code>]
cli-units-header = { $province }: { $count } units
cli-people-count = { $count } people
cli-people-list = List the people of a unit (with the ids used to grant roles)
cli-people-list-usage = npm run cli -- people list --unit <unit code>
cli-campaign-create = Create a campaign
cli-campaign-create-usage =
    npm run cli -- campaign create --kind registration|nomination|initiative|review|results|dossier --title "<title>" --deadline dd/mm/yyyy [--opens dd/mm/yyyy] [--year 2025-2026]
    The deadline runs to the end of that day, Vietnam time.
cli-campaign-created = Created campaign #{ $id } "{ $title }" for { $year }, deadline { $deadline }.
cli-campaign-list = List campaigns
cli-campaign-list-usage = npm run cli -- campaign list
cli-campaign-none = No campaigns yet.
cli-campaign-close = Close a campaign
cli-campaign-close-usage = npm run cli -- campaign close --id <number>
cli-campaign-closed = Closed campaign #{ $id } "{ $title }".
cli-campaign-deadline = Change a campaign's deadline
cli-campaign-deadline-usage = npm run cli -- campaign deadline --id <number> --deadline dd/mm/yyyy
cli-campaign-deadline-set = New deadline of campaign #{ $id }: { $deadline }.
cli-invite-create = Create an invite code
cli-invite-create-usage = npm run cli -- invite create --unit <code> [--role staff] [--expires dd/mm/yyyy] [--max-uses <number>]   (unit-wide code: staff role only)
    npm run cli -- invite create --person <person id> [--role staff|focal|unit_leader|office] [--unit <code>] [--expires dd/mm/yyyy]   (personal code: one use, 72 hours, at most 7 days)
cli-invite-created = Invite code: { $code } (role { $role }, { $unit })
cli-invite-expires = Expires after { $date }.
cli-invite-max-uses = Can be used { $count } times at most.
cli-invite-link = Telegram link: { $link }
cli-invite-no-username = Set BOT_USERNAME to print the Telegram link; people can also type /start { $code }.
cli-invite-zalo = On Zalo: send the code { $code } to the bot.
cli-invite-revoke = Revoke an invite code
cli-invite-revoke-usage = npm run cli -- invite revoke <code>
cli-invite-revoked = Revoked code { $code }.
cli-role-grant = Grant a role to a person
cli-role-grant-usage = npm run cli -- role grant --person <id> --role staff|focal|unit_leader|office [--unit <unit code>]
cli-role-grant-done = Granted { $role } to person #{ $person }.
cli-role-grant-nothing = Person #{ $person } already has { $role }.
cli-role-revoke = Revoke a person's role
cli-role-revoke-usage = npm run cli -- role revoke --person <id> --role staff|focal|unit_leader|office [--unit <unit code>]
cli-role-revoke-done = Revoked { $role } from person #{ $person }.
cli-role-revoke-nothing = Person #{ $person } does not have { $role }.
cli-demo-load = Load a demo province to try things out (running it again duplicates nothing)
cli-demo-load-usage = npm run cli -- demo load
cli-demo-loaded = Demo province { $province }: { $units } units, { $people } people and { $campaigns } campaigns added.

## Start-up

app-no-channel = No chat channel is configured (BOT_TOKEN or ZALO_BOT_TOKEN). The database is ready.
app-demo-loaded = First run: loaded the demo province { $province }.

## Titles and award forms

title-ldtt = Advanced Worker
title-cstdcs = Grassroots Emulation Fighter
title-cstd-tinh = Ministerial or Provincial Emulation Fighter
title-cstd-toan-quoc = National Emulation Fighter
title-ttldtt = Advanced Labour Collective
title-ttldxs = Excellent Labour Collective
title-co-thi-dua-tinh = Emulation Flag of the Provincial People's Committee
title-co-thi-dua-bo = Emulation Flag of the Ministry of Education and Training
title-co-thi-dua-cp = Government Emulation Flag
title-giay-khen-don-vi = Commendation from the head of the unit
title-giay-khen-giam-doc-so = Commendation from the Director of the Department of Education and Training
title-bang-khen-ubnd-tinh = Certificate of Merit from the Chairman of the Provincial People's Committee
title-bang-khen-bo-gddt = Certificate of Merit from the Minister of Education and Training
title-bang-khen-thu-tuong = Prime Minister's Certificate of Merit

## Title rules (warning reasons)

rule-rating-missing = There is no rating on record for school year { $year }, so the rating requirement could not be checked. You can still register; the unit will check it later.
rule-ldtt-rating-too-low = Advanced Worker requires a rating of { $required ->
        [HTXSNV] "excellent"
        [HTTNV] "good"
        [HTNV] "completed"
       *[other] { $required }
    } or better; the rating for school year { $year } is { $rating ->
        [HTXSNV] "excellent"
        [HTTNV] "good"
        [HTNV] "completed"
        [KHTNV] "not completed"
       *[other] { $rating }
    }.
rule-cstdcs-rating-too-low = Grassroots Emulation Fighter requires a rating of { $required ->
        [HTXSNV] "excellent"
        [HTTNV] "good"
        [HTNV] "completed"
       *[other] { $required }
    }; the rating for school year { $year } is { $rating ->
        [HTXSNV] "excellent"
        [HTTNV] "good"
        [HTNV] "completed"
        [KHTNV] "not completed"
       *[other] { $rating }
    }.
rule-cstdcs-needs-initiative = Grassroots Emulation Fighter requires an initiative (sáng kiến) recognised in school year { $year }; none is recorded yet.
rule-titles-missing = Emulation titles for school year { $year } are not on record, so the consecutive-years requirement could not be checked.
rule-cstd-tinh-needs-consecutive-cstdcs = Ministerial or Provincial Emulation Fighter requires { $years } consecutive years as Grassroots Emulation Fighter (this year included); school year { $year } does not have that title.
rule-cstd-tinh-recently-awarded = Ministerial or Provincial Emulation Fighter was already awarded in school year { $year }; the Grassroots Emulation Fighter years used for it usually cannot be counted again.
rule-cstd-tinh-needs-initiative = Ministerial or Provincial Emulation Fighter requires an initiative recognised with province-wide impact between school years { $from } and { $to }; none is recorded yet.
rule-cstd-toan-quoc-needs-consecutive-cstd-tinh = National Emulation Fighter requires { $count } consecutive Ministerial or Provincial Emulation Fighter titles (this year's included); the run of Grassroots Emulation Fighter years is broken in school year { $year }.
rule-cstd-toan-quoc-needs-initiative = National Emulation Fighter requires an initiative recognised with nationwide impact between school years { $from } and { $to }; none is recorded yet.
rule-months-worked-short = Time worked this school year is { $months } { $months ->
        [one] month
       *[other] months
    }, below the minimum of { $min } months for an emulation title.
rule-days-absent-too-many = { $days } days absent this school year; { $limit } days or more rules out an emulation title.
rule-under-discipline = Under disciplinary review, investigation or a complaint, so cannot be proposed for an emulation title for now.
rule-collective-no-members = The collective has no members on its list yet, so no share can be worked out.
rule-collective-counts-inconsistent = The figures do not add up: a count exceeds the { $members } members, or there are more Grassroots Emulation Fighters than Advanced Workers. Please check them.
rule-ttldtt-ldtt-share-low = Advanced Labour Collective requires more than { $required }% of members to be Advanced Workers; currently { $ldtt } of { $members } ({ $actual }%).
rule-ttldxs-ldtt-share-low = Excellent Labour Collective requires at least { $required }% of members to be Advanced Workers; currently { $ldtt } of { $members } ({ $actual }%).
rule-ttldxs-needs-cstdcs = Excellent Labour Collective requires at least { $required } Grassroots Emulation { $required ->
        [one] Fighter
       *[other] Fighters
    }; currently { $count }.
rule-ttldxs-needs-all-htnv = Excellent Labour Collective requires every member to be rated "completed" or better; { $count } of { $members } are not.
rule-collective-htnv-missing = The number of members rated "completed" or better is not known yet, so the every-member requirement could not be checked.
rule-collective-has-discipline = { $count } { $count ->
        [one] member has
       *[other] members have
    } been disciplined at the level of a warning (cảnh cáo) or above; the collective title requires nobody at that level.
rule-co-thi-dua-by-comparison = The Emulation Flag is awarded by comparison within the emulation cluster or block, so it cannot be checked automatically; the collective usually needs to meet the Excellent Labour Collective standard.
rule-cstdcs-more-than-ldtt = There are more Grassroots Emulation Fighters ({ $cstdcs }) than Advanced Workers ({ $ldtt }), but Grassroots Emulation Fighters are chosen from among the Advanced Workers.
rule-cstdcs-quota-exceeded = { $cstdcs } Grassroots Emulation Fighters exceed the quota of { $percent }% of the { $ldtt } Advanced Workers, which allows at most { $max }.

## Conversation: common

common-yes = Yes
common-no = No
common-back = « Back
common-close = Close
common-add = ➕ Add
common-edit = ✏️ Edit
common-remove = 🗑 Remove
common-next = Next page »
common-prev = « Previous page
common-saved = Saved.
common-removed = Removed.

button-stale = That button belongs to an older message and no longer works. Please use the latest message.
flow-cancelled = Cancelled. Everything you saved before is still there.
flow-nothing-to-cancel = There is nothing in progress to cancel.
flow-switched = Stopped what you were doing; your saved answers are kept.
flow-not-allowed = Your role cannot use this. Type /help to see what you can do.
flow-needs-join = You have not joined yet. Ask your unit's focal person for an invite code, then send /start <code>.
command-unknown = There is no command { $command }. Type /help for the list.
command-not-yet = { $command } is not available in this version yet. Type /help to see what you can do.
idle-hint = Type /help to see what you can do, or /register to register.
idle-hint-unknown = Hello! To begin, send the invite code your unit's focal person gave you (10 characters), or open the invite link.

input-empty = You did not type anything. Please try again.
input-too-short = That is too short. Please say a bit more.
input-too-long = That is too long. Please keep it shorter.
input-no-words = Please use letters or digits. Try again.
input-formula = This looks like a spreadsheet formula (such as =SUM(A1) or =HYPERLINK(…)), not an answer. Please write it in words.
input-full-name = Please type your full name, e.g. Nguyễn Thị Lan.
input-expected-text = This step needs a text answer, not a photo or a file.
input-expected-number = Please type a number, e.g. 12 or 12.5.
input-expected-date = Please type a date as day/month/year, e.g. 20/10/2025.
input-expected-file = Please send a photo or a PDF file.
input-choose-option = Please pick one of the options below (press a button or answer with its number).
input-unsupported = The bot cannot read this kind of message. Please answer in text.

## Messages to other people

notify-registration-approved = Your registration for { $title } was approved by your focal person.
notify-registration-returned = Your registration for { $title } was returned. Reason: { $reason }
    Type /register to change it.
notify-unit-submitted = { $unit } submitted "{ $campaign }" at { $at } ({ $registrations } individual registrations).
notify-erasure-requested = A personal data deletion request arrived (no. { $request }). See and handle it with /requests (/yeucau).
data-request-unknown = There is no open request no. { $id }.

## Command line: reopening units, data requests

cli-campaign-reopen = Reopen a submitted unit for changes
cli-campaign-reopen-usage = npm run cli -- campaign reopen --unit <unit code> [--campaign <id>]
cli-campaign-reopened = Reopened { $unit } in campaign #{ $id }; the unit can change and submit again.
cli-campaign-not-submitted = { $unit } has not submitted in campaign #{ $id }; nothing to reopen.
cli-requests-list = List open personal-data deletion requests
cli-requests-list-usage = npm run cli -- requests list
cli-requests-none = No open requests.
cli-requests-line = Request #{ $id }: person { $person }, sent at { $at }
cli-requests-erase = Erase a person's data on request (anonymous statistics are kept)
cli-requests-erase-usage = npm run cli -- requests erase --id <request number>
cli-requests-erased = Erased the personal data of request #{ $id }.

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
choice-hint = Answer with a number, for example { $example }, or type the option.
console-document-saved = File saved: { $path }
link-line = { $text }: { $url }
console-error = Something went wrong with this message; nothing was changed. Please try again.
console-no-personas = This province has no users to play yet. Load the demo province first: npm run cli -- demo load
console-bye = Goodbye!
