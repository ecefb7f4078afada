## Language

language-ask = Chọn ngôn ngữ / Choose your language:
language-name-vi = Tiếng Việt
language-name-en = English
language-set = Switched to English.

## My data

me-summary = YOUR DATA
    Full name: { $name }
    Position: { $position }
    Unit: { $unit }
    Roles: { $roles }
    Phone: { $phone }
    Consent given at: { $consent }
me-edit-name = Correct my name
me-edit-position = Correct my position
me-export = Download my data
me-erase = Ask to delete my data
me-close = Close
me-ask-name = Type your correct full name:
me-ask-position = Type your position:
me-saved = Updated.
me-export-caption = Everything the system stores about you.
me-erase-confirm = Delete your personal data? The Department office handles the request within the legal time limit (Decree 356/2025/NĐ-CP) and tells you when it is done. Afterwards you can no longer use the bot; statistics not tied to your name are kept.
me-erase-yes = Send the deletion request
me-erase-requested = Your deletion request was sent to the Department office. It will be handled within the legal time limit (Decree 356/2025/NĐ-CP); you will be told when the deletion is done.
me-erase-already = You already have a deletion request waiting.
