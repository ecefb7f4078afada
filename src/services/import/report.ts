import type { Vars } from "../../i18n.js";

export interface Rejection {
  line: number;
  /** Locale key of the reason, so the CLI and the chat can both explain it. */
  reason: string;
  vars: Vars;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  /** What an accepted line changed beyond its own fields (a person moved, their roles ended). */
  notes?: Rejection[];
}

export function emptyReport(): ImportReport {
  return { created: 0, updated: 0, unchanged: 0, rejected: [] };
}

export const CHUNK = 1000;

export function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
