import type { Db } from "../db/client.js";
import type { MessageKinds } from "../delivery/message-kinds.js";
import { features } from "./index.js";

/** The outbox kinds the features add; every process that dispatches the outbox passes them. */
export const featureMessageKinds = (db: Db, timeZone: string): MessageKinds =>
  Object.assign({}, ...features.map((f) => f.messageKinds?.({ db, timeZone }) ?? {}));
