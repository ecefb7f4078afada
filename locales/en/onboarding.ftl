## Joining and consent

onboarding-no-code = Hello! This bot helps staff register for the yearly emulation titles and helps focal persons follow up and submit their unit's registration.
    To join you need your unit's invite code: ask your school's focal person (or the Department office), then open the invite link or send /start <code>.
onboarding-welcome-back = Hello { $name }! You have already joined. Type /help to see what you can do.
consent-notice = NOTICE ON PERSONAL DATA (version { $version })
    The Department of Education and Training processes: your full name, position, unit, role, messenger account id (Telegram/Zalo), your phone number if your unit provided it, and what you register.
    Purpose 1 (needed to use the bot): handling your emulation records — registration, commendation lists, answering what you do.
    Purpose 2 (optional): deadline reminders, nudges and announcements. Declining it still lets you use the bot.
    The data is used for nothing else.
    Your rights: view, correct, download your data and ask for its deletion at any time with /me (Law on Personal Data Protection 91/2025/QH15, Decree 356/2025/NĐ-CP).
    Choose one of the three answers below.
consent-accept = ✅ I agree to both purposes
consent-decline = I do not agree
consent-declined = You did not agree, so nothing about you was stored. If you change your mind, send the invite code again.
onboarding-ask-name = Thank you. Please type your full name (with Vietnamese marks), e.g. Nguyễn Thị Lan.
onboarding-ask-position = What is your position? Pick one below or type another.
position-teacher = Teacher
position-staff = Staff
position-vice-principal = Vice principal
position-principal = Principal
onboarding-joined = Welcome { $name }! You joined as { $role }.
onboarding-next = Type /register to register, /help to see the commands.
