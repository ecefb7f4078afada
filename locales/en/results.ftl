## Rules current in 2026 (rule set NĐ 152/2025)

rule-recruited-recently = Recruited on { $recruited }, only { $months } months before the review; people recruited less than { $min } months earlier are not considered for titles (Circular 01/2024/TT-BNV).
rule-cstdcs-needs-htxsnv-or-initiative = Grassroots Emulation Fighter requires an "excellently completed tasks" rating or an initiative or research recognised in school year { $year }; neither is recorded yet.

## /results: year-end results

telegram-cmd-results = Year-end results
results-no-campaign = No year-end results round is open at the moment.
results-no-unit = Your account is not linked to a unit, so there are no results to show.
results-pick-unit = You look after several units. Pick the unit to enter results for:
results-menu =
    Year-end results: { $unit }
    Round: { $campaign } (deadline: { $deadline })
    Results entered: { $entered }/{ $members } staff
    Open correction requests: { $corrections }
    Unit's collective title: { $unitTitle }
    Status: { $status }
results-status-draft = being entered, not submitted
results-status-submitted = submitted at { $at }
results-menu-as-registered = ✅ Achieved as registered (everyone)
results-menu-people = 👥 Each person's result
results-menu-collective = 🏫 Collective title
results-menu-check = ⚠️ Check against the criteria
results-menu-submit = 📤 Submit results
results-as-registered-done = Recorded "achieved as registered" for { $filled } staff. { $left } still have no result (not registered, or to be entered one by one): choose "Each person's result" for the other cases.
results-people = Each person's result ({ $members } staff, { $unrated } not rated). Pick a person to change. ✓ has a result, • none yet, ✎ asked for a correction.
results-not-rated = not rated
results-not-registered = not registered
results-person =
    { $name }
    Registered at the start of the year: { $registered }
    Current rating: { $rating }
    Title achieved: { $title }
    Correction request: { $request }
    Choose the year's rating:
results-rating-HTXSNV = Completed tasks excellently
results-rating-HTTNV = Completed tasks well
results-rating-HTNV = Completed tasks
results-rating-KHTNV = Did not complete tasks
results-ask-title = Rating: { $rating }. Which title was achieved?
results-no-title = No title
results-person-saved = Saved: { $name } — { $rating }; { $title }.
results-ask-collective = Which collective title did the unit achieve this school year?
results-check =
    Points to note when the results are compared with the criteria:
    { $lines }
results-check-ok = Nothing in the unit's results needs attention under the criteria.
results-check-none = none
results-check-unrated = { $count } staff have no rating yet; all must be rated before submitting.
results-check-title-rating = { $name }: rated { $rating } but given { $title }; titles need a rating of "completed tasks well" or better.
results-submit-confirm =
    Submit the results of { $members } staff? Once submitted they are locked; the Văn phòng Sở must reopen the unit to change them.
    Notes: { $lines }
results-submit-yes = 📤 Submit
results-submitted = Submitted the results of { $people } staff at { $at }. They are now in each person's record.
results-unrated = { $count } staff have no rating yet. Please rate everyone before submitting.
results-bad-rating = That rating is not valid.
results-mine =
    Your result ({ $campaign }):
    Rating: { $rating }
    Title: { $title }
    Unit: { $status ->
        [submitted] results submitted
       *[draft] results not submitted yet
    }
    Correction request sent: { $request }
results-mine-none =
    Your unit has not entered your result yet ({ $campaign }).
    Unit: { $status ->
        [submitted] results submitted
       *[draft] results not submitted yet
    }
    Correction request sent: { $request }
results-mine-correct = ✎ Ask for a correction
results-mine-ask-correction = Write your correction request to the focal person (e.g. "My initiative was recognised; please consider me for Grassroots Emulation Fighter"):
results-correction-sent = Your correction request was sent to the unit's focal person.
notify-results-correction = { $name } asks for a correction of their result: "{ $request }". Type /results to review it.
notify-results-submitted = { $unit } submitted its year-end results ({ $campaign }) at { $at }: { $people } staff.

## Imports: past years' results and decisions

cli-history-import = Import past years' results from Excel/CSV
cli-history-import-usage =
    npm run cli -- history import <file.xlsx|file.csv> [--province <code>]
    One row per person and school year. Columns: Mã đơn vị, Họ và tên, Năm học (2023-2024), Xếp loại (HTXSNV/HTTNV/HTNV/KHTNV or in words), Danh hiệu (may be empty), Số quyết định (optional).
cli-decisions-import = Import a decision's list from Excel/CSV
cli-decisions-import-usage =
    npm run cli -- decisions import <file.xlsx|file.csv> [--province <code>]
    One row per person named. Columns: Số quyết định, Ngày (dd/mm/yyyy), Cấp (Giám đốc Sở, UBND tỉnh, Bộ GDĐT, Thủ tướng, Thủ trưởng đơn vị, UBND xã), Năm học, Mã đơn vị, Họ và tên, Danh hiệu. Each person named is congratulated once.
results-import-unknown-person = No person named "{ $name }" in unit { $code }.
results-import-ambiguous-person = Unit { $code } has several people named "{ $name }"; make the names distinct and import again.
results-import-bad-year = School year "{ $year }" is not written like 2024-2025.
results-import-bad-rating = Rating "{ $rating }" is not valid (HTXSNV, HTTNV, HTNV, KHTNV).
results-import-bad-title = Title "{ $title }" is not recognised.
results-import-bad-number = The decision number is missing (or too long).
results-import-bad-date = Decision date "{ $date }" is not valid (dd/mm/yyyy).
results-import-bad-level = Decision level "{ $level }" is not recognised (Giám đốc Sở, UBND tỉnh, Bộ GDĐT…).
results-import-decision-conflict = Decision { $number } is already recorded with another date, level or school year (this row says { $date }).
notify-decision = 🎉 Congratulations! You were awarded { $title } for school year { $year } by decision no. { $number } of { $date }, signed by the { $level ->
        [THU_TRUONG_DON_VI] head of the unit
        [CHU_TICH_UBND_XA] commune People's Committee chair
        [GIAM_DOC_SO] Director of the Department of Education
        [UBND_TINH] provincial People's Committee chair
        [BO_GDDT] Minister of Education and Training
        [THU_TUONG] Prime Minister
       *[other] { $level }
    }.

## /me: titles and ratings by year

results-me-history =
    Results by school year:
    { $lines }
results-me-history-none = No year's results are recorded for you yet.
results-me-history-line = • { $year }: { $rating } — { $titles }{ $decision }
results-me-history-decision = {" "}(decision { $decision })

## /decision: a decision recorded in the chat (Văn phòng)

telegram-cmd-decision = Record an award decision
decision-ask-number = Decision number (e.g. 1234/QĐ-SGDĐT):
decision-ask-date = Date signed (dd/mm/yyyy):
decision-date-range = The decision's date must be in the past and from 2000 on. Please type it again (dd/mm/yyyy).
decision-ask-level = Signed by:
decision-level-THU_TUONG = Prime Minister
decision-level-BO_GDDT = Minister of Education and Training
decision-level-UBND_TINH = Provincial People's Committee chair
decision-level-GIAM_DOC_SO = Director of the Department of Education
decision-level-CHU_TICH_UBND_XA = Commune People's Committee chair
decision-level-THU_TRUONG_DON_VI = Head of the unit
decision-ask-year = For which school year?
decision-ask-title = Title or award:
decision-ask-person =
    Named so far:
    { $names }
    Type the full name of the next person, or choose "Done".
decision-nobody-yet = (nobody yet)
decision-done = ✅ Done
decision-person-not-found = Nobody named "{ $name }" in the province. Please check the full name.
decision-pick-person = Several people have that name. Pick the right one:
decision-confirm =
    Decision no. { $number } of { $date } by the { $level }, school year { $year }
    Title: { $title }
    Named:
    { $names }
    Save the decision? The people named will be sent a congratulation.
decision-save = 💾 Save the decision
decision-cancel = Cancel, save nothing
decision-not-saved = Cancelled; nothing was saved.
decision-conflict = Decision { $number } is already recorded with another date, level or school year; nothing was saved.
decision-saved = Saved decision { $number }: { $created } people newly recorded and congratulated, { $unchanged } already recorded.

## /help lines

help-results = At the year's end: /results (/ketqua) shows your result; ask for a correction before your unit submits.
help-results-focal = At the year's end: /results (/ketqua) enters the unit's results ("achieved as registered" for everyone, then the exceptions), the collective title, the checks against the criteria, and submission.
help-results-office = At the year's end: /decision (/quyetdinh) records an award decision and who it names; long lists and past years are imported from an Excel file by the system operator (decisions import, history import).

## Word documents of the year's end

results-menu-docs = 📄 Proposal list and minutes (Word)
results-doc-proposal = The unit's list of people proposed for recognition
results-doc-minutes = Minutes of the review meeting (fill in time and attendance before signing)
rule-collective-htnv-missing-count = No { $year } rating is recorded for { $missing } of { $members } members, so the "100% completed tasks" criterion cannot be checked yet.
