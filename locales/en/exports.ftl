# Progress (/progress) and exports (/export), with their CLI commands.

help-progress-focal = /progress (/tiendo) — who has registered, who has not, and what the unit still lacks
    /export (/xuat) — download the unit's registration document (Word), Excel or CSV
help-progress-office = /progress (/tiendo) — the province's progress by unit kind and cluster, and the units past the deadline; /tiendo <unit code> for one unit, and there “People's roles” to grant or revoke focal person, leader or staff roles
    /export (/xuat) — download the summary workbook, every unit's document (zip) or CSV

progress-no-campaign = There is no registration campaign to show progress for yet.
progress-pick-campaign = Choose a registration campaign:
progress-pick-unit = Choose a unit:
progress-single = { $body }
progress-page = { $body }

    — Page { $page }/{ $pages } —
progress-refresh = 🔄 Refresh
progress-open-unit = 🔎 Open one unit
progress-back-province = « Whole province
progress-ask-unit = Type the unit's code (e.g. THPT01) or its full name:
progress-unit-unknown = No unit «{ $code }» was found. Type the unit's code, e.g. THPT01.
progress-province-head = 📊 PROGRESS: { $campaign }
progress-deadline-open = Deadline: { $deadline } ({ $days } days left)
progress-deadline-passed = Deadline: { $deadline } (passed)
progress-deadline-closed = Deadline: { $deadline } (campaign closed)
progress-counts = { $total } units in all: { $submitted } submitted · { $inProgress } in progress · { $notStarted } not started
progress-by-kind = By unit kind:
progress-by-cluster = By emulation cluster:
progress-group-line = • { $label }: { $submitted }/{ $total } submitted, { $inProgress } in progress, { $notStarted } not started
progress-no-cluster = No cluster
progress-not-due = The deadline has not passed; { $count } units have not submitted yet.
progress-overdue-head = Units past the deadline without submitting ({ $count }):
progress-overdue-none = No unit is past the deadline without submitting.
progress-unit-line = { $n }. { $code } – { $name } · focal person: { $contact }
progress-no-contact = none
progress-late-head = Units that submitted after the deadline ({ $count }):
progress-late-line = { $n }. { $code } – { $name } · submitted { $at }
progress-unit-head = 📋 PROGRESS: { $unit } — { $campaign }
progress-unit-submitted = Status: submitted { $at }
progress-unit-draft = Status: draft, not submitted
progress-unit-answered = Staff who answered: { $answered }/{ $members } · Targets: { $targets } · Collective titles: { $collectives }
progress-unit-nominations = Advanced models sent this school year: { $count } (see /nominate)
progress-missing-head = Still missing:
progress-missing-none = Nothing is missing.
progress-missing-members = • { $count } staff have not registered
progress-missing-returned = • { $count } registrations returned, waiting for the staff to fix them
progress-missing-pending = • { $count } registrations waiting for review
progress-missing-targets = • No targets yet
progress-missing-collectives = • No collective title registered
progress-missing-submit = • The registration is not submitted (deadline { $deadline })
progress-unanswered-head = Not answered ({ $count }):
progress-answered-head = Answered ({ $count }):
progress-member-line = { $n }. { $name } — { $position }
progress-answer-line = { $n }. { $name } — { $title } ({ $status })

export-no-campaign = There is no registration campaign to export yet.
export-not-allowed = Only the Văn phòng, focal persons and unit leaders can export; a focal person exports their own unit only.
export-pick-format = Export campaign «{ $campaign }». Choose a file type:
export-format-xlsx = 📊 Excel (.xlsx)
export-format-docx = 📄 Word: the unit's registration document
export-format-zip = 🗂 Word: every unit's registration document (.zip)
export-format-csv = 🧾 CSV (.zip, one file per table)
export-empty = No unit has started registering, so there is no registration document to export yet.
export-caption = { $campaign } · { $units } units · exported { $at }

cli-export = Export a campaign to Excel, CSV or Word
cli-export-usage = npm run cli -- export --campaign <id> --format xlsx|csv|docx|zip --out <path> [--unit <unit code>]
    xlsx: one Excel file; csv: a folder with one file per table; docx: one unit's registration document (needs --unit); zip: every unit's registration documents.
cli-export-written = Wrote { $path } ({ $units } units).
cli-export-csv-written = Wrote { $count } CSV files to the folder { $path } ({ $units } units).
cli-export-docx-needs-unit = The docx format is one unit's registration document: add --unit <unit code>. To export every unit, use --format zip.
cli-export-nothing = No unit has started registering; wrote { $path } without any document.
cli-expect-format = one of xlsx, csv, docx, zip
cli-progress = Show the progress of a registration campaign
cli-progress-usage = npm run cli -- progress --campaign <id> [--unit <unit code>]
