import type { Db } from "../db/client.js";
import type { MessageKinds } from "../delivery/message-kinds.js";
import { announcementKinds } from "./announcements/kinds.js";
import { digestKinds } from "./charts/digest.js";

/** The outbox kinds the features add; every process that dispatches the outbox passes them. */
export const featureMessageKinds = (db: Db, timeZone: string): MessageKinds => ({ ...announcementKinds(db), ...digestKinds(db, timeZone) });
