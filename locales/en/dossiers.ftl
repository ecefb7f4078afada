## /dossier (/hoso): award dossiers (achievement reports, the submission letter, the minutes)

telegram-cmd-dossier = Award dossiers
campaign-kind-dossier = Award dossiers
dossier-no-campaign = There is no award dossier campaign yet: the year-end results (/results) come first.
dossier-none-for-you = According to the year-end results, no award proposed for you needs an achievement report.
dossier-pick-unit = You manage several units. Choose the unit whose award dossier to work on:
dossier-mine = Several of your proposals need an achievement report. Choose one:
dossier-report =
    Achievement report: { $name }
    Proposed for: { $title } (school year { $year })
    Dossier deadline: { $deadline }
    Status: { $status }
    Reason returned: { $reason }
    Sections of the report (✓ answered):
    { $sections }
    Choose a section to answer or edit. Each answer is saved at once and can be edited until the unit sends its dossier.
dossier-section-bio = Short biography
dossier-section-duties = Position and assigned duties
dossier-section-achievements = Achievements
dossier-section-initiatives = Initiatives (sáng kiến) and their recognition
dossier-section-awards = Titles and awards received
dossier-report-status-none = not started
dossier-report-status-draft = being written
dossier-report-status-submitted = sent to the focal person, waiting for review
dossier-report-status-approved = approved
dossier-report-status-returned = returned, to be corrected
dossier-report-submit = 📤 Send the report to the focal person
dossier-report-finish = ✅ Finish the unit's report
dossier-ask-section =
    { $section }
    { $hint }
    What the system already has:
    { $known }
    Your saved answer:
    { $answer }
    Choose “Use this” if it is right and complete, or type what to add (one message, at most 2,000 characters): what you type comes after what the system has.
dossier-hint-individual-bio = Add: date of birth, sex, home town, qualifications, year you started in education.
dossier-hint-individual-duties = Type your duties this school year: subjects, classes, homeroom, other roles.
dossier-hint-individual-achievements = Type your achievements with figures: pass rates, gifted pupils at each level, teaching awards, prizes.
dossier-hint-individual-initiatives = Your recognised initiatives are below; add the effect of applying them if needed.
dossier-hint-individual-awards = Titles and awards on record; add any the system does not have.
dossier-hint-collective-bio = Add the unit's profile: classes, pupils, facilities, strengths and difficulties.
dossier-hint-collective-duties = Type the unit's functions and assigned tasks.
dossier-hint-collective-achievements = Type the results with figures: quality of education, gifted pupils, accreditation, movements.
dossier-hint-collective-initiatives = Type the unit's notable initiatives, models and emulation movements.
dossier-hint-collective-awards = The unit's titles on record; add any award the system does not have.
dossier-known-none = (no data yet)
dossier-answer-none = (not answered yet)
dossier-use-known = ✅ Use this
dossier-section-saved = Saved “{ $section }”.
dossier-submit-confirm = Send the achievement report to the focal person for review? You can still edit it until the unit sends its dossier.
dossier-finish-confirm = Finish the unit's achievement report?
dossier-yes-send = 📤 Send
dossier-submitted = Your achievement report was sent to the focal person. You will be told when it is approved or returned.
dossier-finished = The unit's achievement report is finished.
dossier-unit-menu =
    Award dossier: { $unit }
    Campaign: { $campaign } (deadline: { $deadline })
    Proposals needing a report: { $proposals } (approved { $approved }, waiting { $waiting })
    Dossier status: { $state }{ $notes }
dossier-unit-returned-line = Returned by the office: { $reason }
dossier-unit-awaiting-line = Waiting for the unit leader to confirm the sending.
dossier-state-not_started = not started
dossier-state-in_progress = in progress
dossier-state-sent = sent
dossier-state-returned = returned
dossier-state-accepted = accepted
dossier-menu-reports = 📝 Achievement reports
dossier-menu-mine = ✎ My report
dossier-menu-docs = 📦 Download the dossier (letter, minutes, reports)
dossier-menu-send = 📤 Send the dossier
dossier-menu-confirm-send = ✅ Confirm sending the dossier
dossier-unit-reports = Proposals needing an achievement report ({ $count }). ✓ approved, ✉ waiting, ↩ returned, • not sent.
dossier-unit-reports-none = According to the year-end results, no proposal of the unit needs an achievement report.
dossier-review =
    { $name } — { $title }
    Status: { $status }

    { $text }
dossier-approve = ✅ Approve
dossier-return = ↩ Return
dossier-write = ✎ Write the report
dossier-approved = { $name }'s achievement report is approved.
dossier-ask-return-reason = Type the reason for returning it (the author will get it):
dossier-returned-to-candidate = { $name }'s report was returned with the reason; they have been told.
dossier-send-confirm = Send the unit's award dossier ({ $count } proposals) to the Department office? Once sent it is locked until the office returns it.
dossier-sent = The award dossier was sent at { $at }. The Department office has been told.
dossier-awaiting-leader = Sending requested; the unit leader has been told to confirm it with /dossier.
dossier-confirm-send-ask = The focal person asks to send the unit's award dossier. Confirm sending it to the Department office?
dossier-office-list =
    Award dossiers — { $campaign } (deadline { $deadline })
    { $units } units with proposals: not started { $notStarted }, in progress { $inProgress }, sent { $sent }, returned { $returned }, accepted { $accepted }.
    Choose a unit:
dossier-office-unit =
    { $unit }
    Status: { $state }
    Proposals: { $proposals } (approved { $approved })
    Sent at: { $sent }
    Reason returned: { $reason }
dossier-office-accept = ✅ Accept
dossier-office-return = ↩ Return
dossier-office-accept-confirm = Accept { $unit }'s dossier for the council?
dossier-office-accepted = Dossier accepted; the unit has been told.
dossier-ask-office-reason = Type the reason for returning the dossier (the unit's focal person and leader will get it):
dossier-office-returned = Dossier returned with the reason; the unit's focal person and leader have been told.
dossier-docs-caption = Award dossier ({ $files } Word documents)
dossier-locked = The unit's dossier has been sent and can no longer change, unless the Department office returns it.
dossier-report-incomplete = { $count } sections of the report are not answered yet.
dossier-review-own = You do not review your own report: the unit leader does.
dossier-report-not-submitted = This report has not been sent for review.
dossier-send-nothing = The unit has no proposal that needs an achievement report.
dossier-send-unapproved = { $count } achievement reports are not approved yet; the dossier can be sent once every report is approved.
dossier-leader-only = Only the unit leader confirms sending the dossier.
dossier-nothing-to-confirm = Nobody has asked to send the dossier yet.
dossier-not-sent = The unit's dossier is not in the sent state.
notify-dossier-report-submitted = 📝 { $name } sent an achievement report. Type /dossier to approve or return it.
notify-dossier-report-approved = ✅ Your achievement report was approved by the focal person.
notify-dossier-report-returned =
    ↩ Your achievement report was returned for correction.
    Reason: { $reason }
    Type /dossier to correct and send it again.
notify-dossier-confirm = 📤 { $by } asks to send { $unit }'s award dossier. Type /dossier to confirm.
notify-dossier-sent-office = 📦 { $unit } sent its award dossier at { $at }. Type /dossier to look at it.
notify-dossier-sent-unit = 📦 { $unit }'s award dossier was sent at { $at }.
notify-dossier-accepted = ✅ The Department office accepted { $unit }'s award dossier.
notify-dossier-returned =
    ↩ The Department office returned { $unit }'s award dossier.
    Reason: { $reason }
    Type /dossier to correct and send it again.
reminder-dossier-before =
    ⏰ Award dossier deadline: { $campaign }
    Deadline: { $deadline } ({ $days } days left).
    { $unit } has not sent its dossier. Type /dossier to see the reports and send it.
reminder-dossier-today =
    ⏰ Today is the deadline for the award dossier: { $campaign }
    Deadline: { $deadline }, before midnight.
    { $unit } has not sent its dossier. Type /dossier to send it now.
reminder-dossier-overdue =
    ⚠️ The award dossier is { $days } days late: { $campaign }
    The deadline was { $deadline }.
    { $unit } has not sent its dossier. Type /dossier to send it now, or ask the Department office for more time.
reminder-dossier-office-overdue =
    Units that have not sent their award dossier — { $campaign } (deadline { $deadline }): { $count } units.
    { $units }

help-dossier = Award dossiers: /dossier (/hoso) writes your achievement report when you are proposed for an award — answer section by section, with what the system already knows filled in.
help-dossier-focal = Award dossiers: /dossier (/hoso) approves or returns achievement reports, downloads the submission and minutes, and sends the unit's dossier (the leader confirms).
help-dossier-office = Award dossiers: /dossier (/hoso) shows every unit's dossier state, downloads it, returns it with a reason or accepts it.
