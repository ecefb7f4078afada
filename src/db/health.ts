/**
 * What this instance has seen of its database connections, for /readyz: when it last lost one
 * (a statement or the sender lock's session failed with a lost connection, or the readiness
 * probe failed) and when it next got an answer again.
 */
export interface DatabaseHealth {
  lost(): void;
  answered(): void;
  snapshot(): { reachable: boolean; lastLossAt: string | null; recoveredAt: string | null };
}

export function createDatabaseHealth(now: () => Date = () => new Date()): DatabaseHealth {
  let reachable = true;
  let lastLossAt: Date | null = null;
  let recoveredAt: Date | null = null;
  return {
    lost() {
      reachable = false;
      lastLossAt = now();
    },
    answered() {
      if (reachable) return;
      reachable = true;
      recoveredAt = now();
    },
    snapshot: () => ({ reachable, lastLossAt: lastLossAt?.toISOString() ?? null, recoveredAt: recoveredAt?.toISOString() ?? null }),
  };
}
