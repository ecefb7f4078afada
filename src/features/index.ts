import { aboutFeature } from "./about/feature.js";
import { announcementsFeature } from "./announcements/feature.js";
import { campaignsFeature } from "./campaigns/feature.js";
import { dossiersFeature } from "./dossiers/feature.js";
import { consentFeature } from "./consent/feature.js";
import { exportFeature } from "./export/feature.js";
import { helpFeature } from "./help/feature.js";
import { importFeature } from "./import/feature.js";
import { initiativesFeature } from "./initiatives/feature.js";
import { invitesFeature } from "./invites/feature.js";
import { jobsFeature } from "./jobs/feature.js";
import { meFeature } from "./me/feature.js";
import { nominationsFeature } from "./nominations/feature.js";
import { onboardingFeature } from "./onboarding/feature.js";
import { progressFeature } from "./progress/feature.js";
import { registrationFeature } from "./registration/feature.js";
import { remindFeature } from "./remind/feature.js";
import { requestsFeature } from "./requests/feature.js";
import { reportFeature } from "./report/feature.js";
import { resultsFeature } from "./results/feature.js";
import { rolesFeature } from "./roles/feature.js";
import { securityFeature } from "./security/feature.js";
import { webFeature } from "./web/feature.js";

/**
 * Every feature of the bot, in menu order. The engine's flows and command words, the Telegram
 * command menu, /help and the outbox's message kinds all come from this list: a new feature is a
 * new folder and one line here.
 */
export const features = [
  helpFeature,
  onboardingFeature,
  registrationFeature,
  meFeature,
  progressFeature,
  exportFeature,
  remindFeature,
  initiativesFeature,
  nominationsFeature,
  securityFeature,
  announcementsFeature,
  webFeature,
  resultsFeature,
  invitesFeature,
  campaignsFeature,
  requestsFeature,
  importFeature,
  rolesFeature,
  dossiersFeature,
  reportFeature,
  consentFeature,
  jobsFeature,
  aboutFeature,
] as const;
