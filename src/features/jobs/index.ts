import path from "node:path";
import type { ChannelSender } from "../../core/channel-port.js";
import type { Db } from "../../db/client.js";
import type { ChannelName } from "../../db/schema.js";
import type { FileLinks } from "../../files/links.js";
import { createDiskFileStore } from "../../files/store.js";
import type { Translator } from "../../i18n.js";
import type { Logger } from "../../logger.js";
import { jobKinds } from "./kinds.js";
import { createJobRunner, type JobRunner } from "./runner.js";

export interface Jobs extends JobRunner {
  /** Signed links for files a channel cannot carry; set once the HTTP side knows its secret. */
  setLinks(links: FileLinks): void;
}

/** The background job runner of this instance, polling for work until stopped. */
export function startJobs(deps: {
  db: Db;
  senders: () => Partial<Record<ChannelName, ChannelSender>>;
  translator: Translator;
  logger: Logger;
  dataDir: string;
}): Jobs {
  let links: FileLinks | null = null;
  const runner = createJobRunner({
    db: deps.db,
    kinds: jobKinds,
    senders: deps.senders,
    store: createDiskFileStore(path.resolve(deps.dataDir, "files")),
    links: () => links,
    translator: deps.translator,
    logger: deps.logger,
  });
  runner.kick();
  return { ...runner, setLinks: (l) => (links = l) };
}
