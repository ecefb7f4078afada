# Reliability: sending reminders from the command line
rel-reminders-run-summary = { $skipped } skipped (recipient has no messenger, blocked the bot, or the message is no longer needed); { $queued } still queued.
