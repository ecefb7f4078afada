/** Why a campaign's dates are refused (a locale key), or null when they are fine. Pure. */
export function checkNewCampaign(opensAt: Date, deadlineAt: Date, now: Date): string | null {
  if (deadlineAt < now) return "office-campaign-deadline-past";
  if (opensAt > deadlineAt) return "office-campaign-opens-after-deadline";
  return null;
}

/** Moving a deadline: not into the past, not before the campaign opens. */
export function checkNewDeadline(opensAt: Date, deadlineAt: Date, now: Date): string | null {
  if (deadlineAt < now) return "office-campaign-deadline-past";
  if (deadlineAt < opensAt) return "office-campaign-opens-after-deadline";
  return null;
}
