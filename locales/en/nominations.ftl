# Sáng kiến declarations and điển hình tiên tiến nominations.

initiative-none-yet = You have not declared any initiative (sáng kiến). A recognised one is required for the Chiến sĩ thi đua titles.
initiative-list =
    YOUR INITIATIVES
    { $list }
initiative-add = ➕ Declare an initiative
initiative-ask-title = Name of the initiative:
initiative-ask-field = Which field or subject is it in?
initiative-ask-coauthors = Co-authors (full names, separated by commas), or choose “None”:
initiative-no-coauthors = None
initiative-ask-status = What stage is it at?
initiative-status-planned = Planned
initiative-status-applied = Applied
initiative-status-recognised = Recognised
initiative-ask-decision = Number of the recognition decision (e.g. 1234/QĐ-SGDĐT):
initiative-ask-date = Date of the decision (day/month/year, e.g. 15/05/2025):
initiative-date-range = The decision date must be in the past. Please type it again.
initiative-ask-scope = Recognised scope:
initiative-scope-co_so = Unit level (cơ sở)
initiative-scope-tinh = Province level
initiative-scope-toan_quoc = Nationwide
initiative-recognised-line = Recognised, decision { $decision } of { $date }, { $scope }
initiative-review =
    REVIEW THE INITIATIVE
    Name: { $title }
    Field/subject: { $field }
    Co-authors: { $coauthors }
    Status: { $status }
initiative-save = ✅ Save the initiative
initiative-saved = Initiative “{ $title }” saved.

nomination-no-campaign = There is no open nomination campaign for advanced models right now.
nomination-closed = The nomination campaign is closed or past its deadline, so nothing can change.
nomination-menu =
    ADVANCED MODELS — { $unit }
    { $campaign }
    Nominated: { $count } (at least { $min })
    { $list }
nomination-none-yet = No nominations yet.
nomination-kind-individual = Individual
nomination-kind-collective = Collective
nomination-status-draft = draft
nomination-status-submitted = submitted, awaiting the office
nomination-status-returned = returned
nomination-status-accepted = accepted
nomination-new = ➕ New nomination
nomination-edit = ✏️ Edit: { $name }
nomination-submit = 📤 Submit the list
nomination-submitted = { $count } nominations submitted to the Department office.
nomination-nothing-to-submit = There is no draft or returned nomination to submit.
nomination-too-few = Your unit must nominate at least { $min }; it has { $count } so far.
nomination-too-many = Your unit may nominate at most { $max }; it has { $count }.
nomination-ask-kind = Nominate an individual or a collective?
nomination-ask-person = Choose the person, or type their full name:
nomination-ask-collective = Choose the collective, or type its name (e.g. Tổ Toán – Tin):
nomination-nominee-other-unit = This person belongs to another unit, so your unit cannot nominate them. Please choose someone from your unit.
nomination-ask-field = Field of excellence (e.g. new teaching methods):
nomination-ask-summary = Summary of achievements (at most { $max } characters):
nomination-summary-too-long = The summary has { $count } characters, more than the { $max } allowed. Please shorten it and send it again.
nomination-ask-rating = School year { $year }: task-completion rating?
rating-HTXSNV = Excellent (HTXSNV)
rating-HTTNV = Good (HTTNV)
rating-HTNV = Completed (HTNV)
rating-KHTNV = Not completed (KHTNV)
nomination-ask-titles = School year { $year }: highest title held?
nomination-no-title = No title
nomination-ask-initiative = Recognised initiative: choose one declared, type its name, or choose “None”.
nomination-no-initiative = None
nomination-ask-criterion =
    Criterion { $n }/{ $total }: { $criterion }
    Met? You may type a note instead of “Yes”.
criterion-law = Exemplary in following the Party's line and the State's policies and laws
criterion-excellent = Completes every task excellently
criterion-pioneer = A new, leading example in emulation movements, recognised by the collective
criterion-solidarity = Mutual help, active in humanitarian and charity work
criterion-creative = Creative, overcomes difficulties, exceeds the plan with quality
criterion-initiative = Has an initiative recognised by the Department Director or the Provincial Chair
criterion-learning = Actively improves professional skills
criterion-discipline = Follows discipline, rules and regulations of the unit
criterion-innovation = A model of the movement “Innovation in management, teaching and learning”
criterion-cstdcs-years = Excellent rating and Chiến sĩ thi đua cơ sở every year of the period
criterion-movement = Regular, practical and effective emulation movements
criterion-unity = United, thrifty, against waste and corruption
criterion-collective-titles = TTLĐTT (team) or TTLĐXS (school) every year of the period
criterion-quality = A model of education quality, staff and facilities
nomination-ask-evidence =
    Send evidence: photos or PDF files, at most 20 MB each ({ $count } received).
    If your app cannot send files to the bot (Zalo, computer), press “Done” and e-mail the evidence to the Department office.
nomination-evidence-done = ✅ Done
nomination-evidence-received = Evidence file { $count } received.
evidence-too-large = The file is larger than 20 MB. Please send a smaller one.
evidence-wrong-type = Only photos (JPG, PNG) or PDF files are accepted. Please send it again.
nomination-review =
    REVIEW THE NOMINATION
    { $kind }: { $name }
    Field: { $field }
    Achievements: { $summary }
    Years:
    { $years }
    Initiative: { $initiative }
    Criteria met: { $criteria }
    Evidence: { $evidence } files
    { $warnings }
nomination-no-warnings = ✅ Nothing in the data shows an unmet criterion.
nomination-save = ✅ Save as draft
nomination-discard = Discard this nomination
nomination-discarded = Discarded; nothing was saved.
nomination-saved = Draft nomination for { $name } saved. When the list is complete, choose “Submit the list”.
nomination-not-editable = This nomination was submitted or accepted and cannot be edited.
nomination-unknown = There is no nomination number { $id }.
nomination-not-submitted = Nomination { $id } is not submitted or was already reviewed.
elig-needs-htxsnv = School year { $year }: not rated Excellent (HTXSNV).
elig-needs-cstdcs = School year { $year }: no Chiến sĩ thi đua cơ sở title.
elig-needs-initiative = No initiative recognised at province level (Department Director or Provincial Chair).
elig-head-needs-unit = A unit head can only be recognised when the unit itself is an advanced model; the unit is not nominated.
elig-needs-ttldxs = School year { $year }: the collective did not hold TTLĐXS.
elig-needs-ttldtt = School year { $year }: the collective did not hold TTLĐTT.
notify-nominations-submitted = { $unit } submitted { $count } advanced-model nominations. Type /nominate to review them.
notify-nomination-accepted = The Department office accepted the nomination of { $name }.
notify-nomination-returned = The Department office returned the nomination of { $name }. Reason: { $reason }. Type /nominate to edit and resubmit.
nomination-office-list = ADVANCED-MODEL NOMINATIONS: { $waiting } awaiting review / { $total } submitted. Choose one to see it.
nomination-office-one =
    { $kind }: { $name } (submitted { $submitted })
    Field: { $field }
    Achievements: { $summary }
    Years:
    { $years }
    Criteria met: { $criteria } · Evidence: { $evidence } files
nomination-accept = ✅ Accept
nomination-return = ↩️ Return
nomination-ask-return-reason = Reason for returning it (the unit will see it):
nomination-accepted = Nomination of { $name } accepted; the unit was told.
nomination-returned = Nomination of { $name } returned; the unit was told.

cli-nominations-list = List the submitted advanced-model nominations
cli-nominations-list-usage = Usage: npm run cli -- nominations list [--campaign <id>] [--province <code>]
cli-nominations-accept = Accept an advanced-model nomination
cli-nominations-accept-usage = Usage: npm run cli -- nominations accept --id <number> [--province <code>]
cli-nominations-return = Return an advanced-model nomination with a reason
cli-nominations-return-usage = Usage: npm run cli -- nominations return --id <number> --reason "<reason>" [--province <code>]
cli-nominations-line = #{ $id }  { $unit }  { $name }  ({ $kind })  { $status }
cli-nominations-none = No nomination has been submitted yet.
cli-nominations-done = Nomination #{ $id }: { $status }.
