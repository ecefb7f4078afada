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
