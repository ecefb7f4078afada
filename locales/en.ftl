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
cli-expect-kind = one of registration, nomination, initiative, review
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
    npm run cli -- campaign create --kind registration|nomination|initiative|review --title "<title>" --deadline dd/mm/yyyy [--opens dd/mm/yyyy] [--year 2025-2026]
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
cli-invite-create-usage = npm run cli -- invite create --role staff|focal|unit_leader|office [--unit <code>] [--expires dd/mm/yyyy] [--max-uses <number>]
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
