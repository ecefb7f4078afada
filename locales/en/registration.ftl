## Personal registration

register-no-campaign = No registration campaign is open at the moment.
register-no-unit = You do not belong to a unit yet, so you cannot register. Please contact your focal person.
register-intro = { $campaign } — your unit's deadline: { $deadline }. The registration is saved when you choose "Save" at the last step; type /cancel to stop at any time.
register-existing = YOUR REGISTRATION
    Title: { $title }
    Award form: { $award }
    Planned initiative: { $initiative }
    Status: { $status }
register-edit = ✏️ Edit
register-withdraw = Withdraw
register-keep = Keep as is
register-withdrawn = Your registration was withdrawn.
register-confirm-identity = Your details:
    Full name: { $name }
    Position: { $position }
    Unit: { $unit }
    Are they right?
register-identity-ok = ✅ Yes
register-ask-title = Which emulation title do you register for school year { $year }?
register-title-warnings = Note on { $title }:
    { $reasons }
    You can still register; your unit will review it.
register-ask-award = Award form you register for (optional):
register-no-award = None
register-ask-initiative = Do you plan an initiative (sáng kiến) this school year?
register-ask-initiative-title = Type the title of the planned initiative:
register-ask-initiative-subject = Which field or subject is it in?
register-review = REVIEW YOUR REGISTRATION
    Title: { $title }
    Award form: { $award }
    Planned initiative: { $initiative }
register-save = ✅ Save
register-restart = ✏️ Change
register-saved = Your registration for { $title } is saved. Use /register to view, edit or withdraw it until your unit submits.
register-none = None
registration-status-pending = waiting for the focal person
registration-status-approved = approved
registration-status-returned = returned for changes
registration-status-withdrawn = withdrawn
registration-status-returned-reason = returned, reason: { $reason }

## Unit work (focal person, leader)

unit-pick = You manage several units. Pick one:
unit-menu = { $unit } — { $campaign }
    Deadline: { $deadline }. Status: { $status }
    Staff registered: { $registered }/{ $members } · Targets: { $targets } · Collective titles: { $collectives }
unit-status-draft = in progress, not submitted
unit-status-submitted = submitted at { $at }
unit-menu-self = My own registration
unit-menu-targets = Emulation targets
unit-menu-collectives = Collective titles
unit-menu-staff = Staff registrations
unit-menu-warnings = Warnings
unit-menu-submit = 📤 Submit the registration
unit-targets-empty = The unit has no emulation targets yet.
unit-targets = EMULATION TARGETS
    { $lines }
unit-target-pick = Pick the target to edit:
unit-target-pick-remove = Pick the target to remove:
unit-ask-target-content = Type the target (e.g. Share of pupils moving up a grade):
unit-ask-target-measure = Unit of measure (e.g. %, pupils, prizes):
unit-ask-target-planned = Planned value (e.g. 98):
unit-collectives-empty = The unit has registered no collective titles yet.
unit-collectives = COLLECTIVE TITLES
    { $lines }
unit-collective-pick-remove = Pick the entry to remove:
unit-ask-collective-group = For which collective? Pick "Whole unit" or type the name of a group (tổ), e.g. Tổ Toán – Tin.
unit-whole-unit = Whole unit
unit-ask-collective-title = Pick the collective title:
unit-staff = STAFF REGISTRATIONS
    Registered: { $registered } (waiting { $pending }, approved { $approved }, returned { $returned })
    Not registered ({ $missingCount }): { $missing }
    Pick a person to view and review:
unit-and-more = { " " }and { $count } more
unit-staff-review = { $name }
    Title: { $title }
    Award form: { $award }
    Planned initiative: { $initiative }
    Status: { $status }
unit-approve = ✅ Approve
unit-return = ↩ Return for changes
unit-approved = Approved.
unit-returned = Returned; the person has been told.
unit-ask-return-reason = Type the reason for returning it (the person will see it):
unit-no-warnings = No warnings from the current figures.
unit-warnings = WARNINGS
    { $lines }
unit-submit-confirm = SUBMIT THE UNIT'S REGISTRATION
    Staff registered: { $registered }/{ $members } ({ $pending } still waiting for review)
    Targets: { $targets } · Collective titles: { $collectives } · Warnings: { $warnings }
    After submitting, the unit cannot change anything until the Department office reopens it. Submit now?
unit-submit-yes = 📤 Submit
unit-submitted = The unit's registration was submitted at { $at }. The Department office has been told.
unit-locked = The unit has submitted its registration, so it can no longer be changed. Contact the Department office to reopen it.
campaign-closed = This registration campaign is closed.
campaign-deadline-passed = The deadline ({ $deadline }) has passed, so nothing can be changed. Contact the Department office if an extension is needed.
