## Help

help-unknown = You have not joined yet. Ask your unit's focal person for an invite code, then send /start <code> (on Zalo: send the code to the bot).
help-everyone = You can use:
    /register (/dangky) — register your emulation title, view, edit or withdraw it
    /initiative (/sangkien) — declare your initiatives (sáng kiến)
    /me (/toi) — view, correct or download your data, choose whether to get reminders and announcements, or ask to delete your data
    /language (/ngonngu) — change the language
    /about (/gioithieu) — what the bot does and who your focal person is
    /cancel (/huy) — cancel what you are doing
    /help (/trogiup) — this help
help-focal = As focal person or unit leader:
    /register (/dangky) — your unit's work: targets, collective titles, reviewing staff registrations, warnings and submitting
    /invite (/moi) — the join link and QR code for your staff, personal invites, who has not joined yet
    /members (/thanhvien) — who joined, when and how
    /remind (/nhacnho) — remind the staff who have not registered
    /broadcast (/thongbao) — send an announcement to your unit's staff and see who has read it
    /export (/xuat) — download your unit's registration (Excel, Word)
    /nominate (/dienhinh) — nominate advanced models
    /web — open the web workspace on a computer
    You also get a reminder before every deadline.
help-office = As Department office:
    /campaign (/dotthidua) — open, move or close a campaign; reopen a submitted unit
    /export (/xuat) — export Excel, Word and CSV
    /nominate (/dienhinh) — review the advanced-model nominations
    /broadcast (/thongbao) — send an announcement to focal persons, leaders or staff: the province, a unit kind, a cluster or the units that have not submitted
    /invite (/moi) — invite focal persons, unit leaders and office colleagues
    /import (/nhap) — import the units or people list from an Excel or CSV file
    /requests (/yeucau) — personal-data requests
    /web — open the web workspace on a computer: the progress table, downloads, imports
    You are told when a unit submits, which units are late, and when someone asks about their personal data.
