import type { ChannelName } from "../../db/schema.js";
import type { FileFetcher } from "../nominations/evidence.js";

let fetchers: Partial<Record<ChannelName, FileFetcher>> = {};

/** The messengers' file downloaders, set at start-up (tests set fakes): /nhap reads the sent table. */
export function useImportFetchers(f: Partial<Record<ChannelName, FileFetcher>>): void {
  fetchers = f;
}

export const importFetcher = (channel: ChannelName): FileFetcher | undefined => fetchers[channel];
