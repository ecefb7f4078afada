# /invite (/moi): the unit's join link, personal invites, who has not joined.
telegram-cmd-invite = Invite: join link, QR code, personal invites
invites-telegram-link = On Telegram: tap { $link }
invites-telegram-code = On Telegram: send /start { $code } to the bot.
invites-zalo = On Zalo: send the code { $code } to the bot.
invites-unit =
    🔗 Join link of { $unit } (for staff and teachers)
    { $how }
    Expires: { $expires } · { $left } uses left.
    Forward this picture to the unit's Zalo group or print it.
invites-unit-new =
    ✅ New link made; the old one no longer works.
    🔗 Join link of { $unit } (for staff and teachers)
    { $how }
    Expires: { $expires } · { $left } uses left.
invites-no-expiry = never
invites-no-limit = unlimited
invites-menu = What next?
invites-new-link = 🔄 Make a new link
invites-personal = 👤 Invite one person
invites-pending = 📋 Not joined yet
invites-new-confirm = Make a new link? The old link and code stop working at once; whoever has not joined must use the new one.
invites-new-yes = Make a new link
invites-pick-person = Choose the person to invite (staff on the unit's list, not joined yet). A personal invite works once and expires after 72 hours.
invites-pick-colleague = Choose the Văn phòng colleague to invite (not joined yet). A personal invite works once and expires after 72 hours.
invites-personal-made =
    👤 Personal invite for { $name }, role { $role }
    { $how }
    One use, expires { $expires }. Send it to this person only.
invites-nobody-left = Everyone on the list has joined.
invites-person-gone = This person has joined or is no longer on the list; no invite was made.
invites-none = (none)
invites-pending-page =
    📋 NOT JOINED — { $unit }
    On the list, not joined ({ $count }):
    { $notJoined }

    Joined but not matched to the list (possible duplicates for the Văn phòng to merge):
    { $unmatched }
invites-unmatched-duplicate = { $name } (#{ $id }) — possibly the same as { $other } (#{ $otherId })
invites-office-menu = Invitations: choose what to do.
invites-office-manager = Invite a unit's focal person / leader
invites-office-colleague = Invite a Văn phòng colleague
invites-ask-unit = Type the unit code (e.g. THPT01).
invites-pick-role = Choose this person's role.
