# Words every channel adapter shares.

update-failed = Sorry, something went wrong with this message, so your last answer was not saved. Everything you answered before is kept. Please send it again.

zalo-document-link = Download { $name } here (the link works for 24 hours): { $url }
