## Security: verified joining, choices that changed

security-choice-stale = The list changed since it was shown: the item you chose is gone or was edited, so nothing changed. Please choose again from the new list below.
security-ask-phone = To find you in the staff list the Văn phòng imported, press «Share my phone number» below. The bot only compares this number with the unit's list and stores nothing more.
    If you would rather not, press «Skip»: you join as a staff member and type your name.
security-share-phone = 📱 Share my phone number
security-skip-phone = Skip
security-contact-expected = Please press «Share my phone number», or «Skip».
security-contact-not-own = That is not your own phone number. Please press «Share my phone number» (do not send someone else's contact), or «Skip».
security-phone-no-match = Your phone number is not in the unit's list. You join as a staff member; if your name is on the list, ask the Văn phòng for a personal invite code.
security-joined-phone = Welcome { $name }! Your phone number matched the unit's list; you joined as { $role }.
security-joined-personal = Welcome { $name }! You joined with a personal invite code, as { $role }.
security-notify-possible-duplicate = Someone just joined the unit as «{ $name }» (#{ $id }) without proving who they are; the name matches someone already on the list (#{ $other }). If they are the same person, ask the Văn phòng to send that person a personal invite code. See /members.

## Invites

security-invite-role-needs-person = A unit-wide invite grants the staff role only. To give the role { $role }, create a personal invite (--person <person id>) or use role grant.
security-invite-personal-expiry = A personal invite is valid for at most { $days } days.
security-cli-invite-personal = Personal invite for { $name } (#{ $id }): one use, expires { $date }.

## Unit members

security-members-header = MEMBERS — { $unit }
security-members-line = • { $name } — { $how }
security-members-not-joined = not joined yet
security-members-joined = joined { $date } on { $channel }, { $via }
security-via-phone = verified by phone number
security-via-personal_code = with a personal invite code
security-via-new = new (not verified)
security-via-merged = merged into the imported record (confirmed by the focal person)
security-via-unknown = linked by an administrator
security-members-duplicate = ⚠️ may be the same as { $other } (#{ $id }) on the list
security-members-empty = The unit has no members yet.
channel-name-telegram = Telegram
channel-name-zalo = Zalo
channel-name-console = the console
telegram-cmd-members = Unit members: who joined, when and how
security-members-page = { $header }
    { $lines }

## People import

security-import-moved = moved from { $from } to { $to }.
security-import-role-ended = the role { $role ->
        [focal] focal person
        [unit_leader] unit leader
        [staff] staff
       *[other] { $role }
    } at { $unit } ended.
security-import-nul = the line holds a NUL character (not text); save the file again as UTF-8 CSV or Excel and import it again.

## Erasure

security-erased-name = (erased on request)

## Personal data download (/me)

security-export-sheet = Personal data
security-export-col-section = Section
security-export-col-field = Field
security-export-col-value = Value
security-export-nothing = (none)
security-export-accepted = Accepted
security-export-declined = Declined
security-export-erase-request = Erasure request
security-export-done = done
security-export-open = in progress
security-export-caption = The data the system holds about you: an Excel file to read and a JSON file to take elsewhere.
security-export-section-person = Personal details
security-export-section-roles = Roles
security-export-section-channels = Messaging accounts
security-export-section-consents = Consent to data processing
security-export-section-years = School year results
security-export-section-registrations = Emulation registrations
security-export-section-initiatives = Sáng kiến
security-export-section-nominations = Nominations about you
security-export-section-evidence = Evidence
security-export-section-audit = Activity log
security-export-section-messages = Messages to you
security-export-section-conversations = Conversations with the bot
security-export-section-requests = Data requests
security-export-field-name = Full name
security-export-field-position = Position
security-export-field-phone = Phone number
security-export-field-unit = Unit
security-export-field-language = Language
security-export-field-role = Role
security-export-field-since = Since
security-export-field-channel = Channel
security-export-field-account = Account id
security-export-field-notice = Notice version
security-export-field-decision = Decision
security-export-field-at = When
security-export-field-school-year = School year
security-export-field-rating = Rating
security-export-field-titles = Titles
security-export-field-title = Title registered
security-export-field-award = Award form
security-export-field-initiative = Sáng kiến
security-export-field-status = Status
security-export-field-field = Field
security-export-field-co-authors = Co-authors
security-export-field-decided-on = Recognised on
security-export-field-summary = Summary of achievements
security-export-field-file = File
security-export-field-type = File type
security-export-field-size = Size (bytes)
security-export-field-action = Action
security-export-field-message = Text
security-export-field-request = Request

## Audit actions, entities and message states in the personal export (never a bare code)

security-audit-action-acknowledge = Acknowledged
security-audit-action-accept = Accepted
security-audit-action-approve = Approved
security-audit-action-auto-nudge-on = Automatic reminders on
security-audit-action-auto-nudge-off = Automatic reminders off
security-audit-action-close = Closed
security-audit-action-consent-give = Consent given
security-audit-action-consent-withdraw = Consent withdrawn
security-audit-action-create = Created
security-audit-action-delete = Deleted
security-audit-action-erase = Personal data erased
security-audit-action-export = Exported
security-audit-action-grant = Role granted
security-audit-action-import-decisions = Award decisions imported
security-audit-action-import-history = Past results imported
security-audit-action-join = Joined
security-audit-action-merge = Duplicate merged
security-audit-action-nudge = Reminded
security-audit-action-reopen = Reopened
security-audit-action-request-erasure = Erasure requested
security-audit-action-result-set = Result recorded
security-audit-action-results-as-registered = Results recorded as registered
security-audit-action-return = Returned
security-audit-action-revoke = Revoked
security-audit-action-set-deadline = Deadline set
security-audit-action-submit = Submitted
security-audit-action-submit-results = Results submitted
security-audit-action-update = Updated
security-audit-action-update-profile = Personal details corrected
security-audit-action-web-link = Web workspace opened
security-audit-action-withdraw = Withdrawn
security-audit-action-other = Other action
security-audit-entity-campaign = campaign
security-audit-entity-collective_registration = collective registration
security-audit-entity-data_request = data request
security-audit-entity-decision_people = award decision list
security-audit-entity-initiative = sáng kiến
security-audit-entity-invite = invite
security-audit-entity-nomination = nomination
security-audit-entity-person = personal record
security-audit-entity-person_result = personal result
security-audit-entity-person_years = school year results
security-audit-entity-province = province
security-audit-entity-registration = registration
security-audit-entity-role = role
security-audit-entity-unit = unit
security-audit-entity-unit_submission = unit submission
security-audit-entity-unit_target = unit target
security-audit-entity-other = other item
security-audit-line = { $action }: { $entity }{ $id }
security-export-message-queued = waiting to be sent
security-export-message-sending = being sent
security-export-message-sent = sent
security-export-message-failed = could not be sent
security-export-message-skipped = not sent (skipped)

## Personal-data download links (one use, 15 minutes)

files-page-title = Personal data download
files-personal-used = This link has already been used once, so it cannot be opened again.
files-personal-expired = This link is more than 15 minutes old and no longer works.
files-personal-again = To download again, open /me in the chat with the bot and choose "Download my data": the bot sends a new link just for you.
security-document-link-once = Download { $name } here: { $url }
    The link is for you only, works once and expires after { $minutes } minutes. Do not pass it on.

## Merging a possible duplicate (/members)

security-merge-pick = Someone joined without proof under the name of a person already on the unit's list. If they are the same person, choose to merge into the imported record:
security-merge-option = Merge { $from } (new) into { $into }
security-merge-confirm = Merge the newcomer "{ $from }" into the unit's record "{ $into }"? The chat account, conversations, registrations and sáng kiến of "{ $from }" move to "{ $into }"; the record "{ $from }" is deleted. "{ $into }" keeps exactly the roles it has; no role is added. Merge only when you are sure they are one person.
security-merge-yes = Merge
security-merge-done = "{ $from }" is merged into "{ $into }". The log records the merge.
security-merge-notify = Your chat account is now linked to the record "{ $name }" on your unit's list. If this is not you, tell your focal person at once.
security-merge-gone = This person is no longer on the list of possible duplicates (merged or changed meanwhile). Nothing changed. Type /members for the current list.
security-merge-not-allowed = Only a focal person or leader of that unit (or the Department office) may merge. Nothing changed.
security-merge-linked = This record is already linked to a chat account, so it cannot be merged. Nothing changed.
security-merge-roles = This newcomer holds a role above staff, so it cannot be merged. Nothing changed.
security-merge-higher-role = This record holds a role above staff (focal person, leader or Department office): that person joins with a personal invite (/invite), not by merging. Nothing changed.
