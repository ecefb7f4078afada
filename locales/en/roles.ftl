# The roles of a unit's people: the Văn phòng sees, grants and revokes them from /progress → a unit.
roles-open = 👤 People's roles
roles-role = { $role ->
        [office] Văn phòng (provincial office)
        [unit_leader] unit leader (head)
        [focal] focal person
       *[staff] teacher, staff
    }
roles-none = no role
roles-not-joined = {" "}(not in the bot yet)
roles-people =
    Roles of the people of { $unit }:
    { $lines }

    Pick a person to grant or revoke a role.
roles-people-line = • { $name }: { $roles }{ $joined }
roles-empty = { $unit } has nobody on its list. Import the staff list with /import (/nhap).
roles-back-progress = ↩️ Back to the unit's progress
roles-person = { $name } ({ $unit }). Roles: { $roles }. { $joined } Grant or revoke which role?
roles-joined = In the bot.
roles-not-joined-long = Not in the bot yet.
roles-grant = ➕ Grant: { $role }
roles-revoke = ➖ Revoke: { $role }
roles-confirm-grant =
    Grant the role { $role } to { $name } ({ $unit })?
    { $notes }
roles-confirm-revoke =
    Revoke the role { $role } of { $name } ({ $unit })?
    { $notes }
roles-note-not-joined = { $name } is not in the bot yet: the role is recorded now and takes effect when they join with a personal invite (made with /invite (/moi)).
roles-note-last-focal = Afterwards the unit has no focal person; reminders go to the unit leader (if any).
roles-yes = ✅ Confirm
roles-granted = { $name } now has the role { $role }. { $told }
roles-revoked = The role { $role } of { $name } is revoked. { $told }
roles-told = They are told through the bot.
roles-not-told = They are not in the bot yet, so they were not told: send them a personal invite with /invite (/moi).
roles-already-held = { $name } already has the role { $role }; nothing changed.
roles-not-held = { $name } no longer has the role { $role }; nothing changed.
roles-person-gone = This person is no longer on the unit's list; nothing changed.
roles-office-only-so = The Văn phòng role is for the Sở's own people only; nothing changed.
roles-last-office = Not revoked: this is the province's last Văn phòng account. Grant the Văn phòng role to someone else first; nothing changed.
roles-notify-granted = The Văn phòng has given you the role { $role ->
        [office] Văn phòng (provincial office)
        [unit_leader] unit leader (head)
        [focal] focal person
       *[staff] teacher, staff
    } at { $unit }. Type /help to see what you can do.
roles-notify-revoked = The Văn phòng has revoked your role { $role ->
        [office] Văn phòng (provincial office)
        [unit_leader] unit leader (head)
        [focal] focal person
       *[staff] teacher, staff
    } at { $unit }.
