## Consent per purpose (issue 16)

consent-accept-records-only = ✅ Agree to purpose 1 only (no reminders, announcements)
consent-purpose-records = Handling emulation records
consent-purpose-messages = Reminders and announcements
consent-state-yes = agreed on { $at } (version { $version })
consent-state-no = declined / withdrawn on { $at } (version { $version })
consent-state-none = not asked
consent-me-summary = CONSENT TO DATA PROCESSING
    { consent-purpose-records }: { $records }
    { consent-purpose-messages }: { $messages }
consent-me-messages-off = Stop reminders and announcements
consent-me-messages-on = Receive reminders and announcements
consent-me-withdraw-records = Withdraw consent to handling records
consent-messages-off-done = Recorded: you no longer receive reminders and announcements (on { $at }, version { $version }). You can still use the bot and still get answers to what you do.
consent-messages-on-done = Recorded: you receive reminders and announcements again (on { $at }, version { $version }).
consent-withdraw-confirm = Withdrawing consent to handling your emulation records means the bot stops processing your data: the withdrawal is recorded and a request to delete your data goes to the Department office. Are you sure?
consent-withdraw-yes = Withdraw consent
consent-withdraw-done = Your withdrawal was recorded on { $at } (version { $version }). The deletion request was sent to the Department office and will be handled within the legal time limit (Decree 356/2025/NĐ-CP); you will be told when it is done.
consent-me-edit-phone = Correct phone number
consent-ask-phone = Type your mobile number, e.g. 0912 345 678 or +84 912 345 678.
consent-phone-invalid = That phone number is not right. Type a Vietnamese mobile number of 10 digits, e.g. 0912 345 678.
consent-erasure-done = The Department office has deleted your personal data as you asked. The bot no longer keeps anything that identifies you. Thank you.
consent-cli-erasure-told = The "done" notice to the requester is queued for { $count } messenger chat(s); the running bot sends it within about a minute.
consent-cli-erasure-not-told = The requester has no messenger chat left to tell: tell them another way.
consent-export-purpose = Purpose
