import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { provinces } from "../../src/db/schema.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

// The real server's transactions are our own (BEGIN sent with the first statement, see client.ts);
// these hold on both engines.
let t: TestDatabase;
/** On the real server, a pool of one connection: a connection left inside a transaction would show. */
let single: Database;

beforeAll(async () => {
  t = await createTestDatabase();
  single = t.url ? await openDatabase({ databaseUrl: t.url, dataDir: "unused", maxConnections: 1 }) : t;
});
afterAll(async () => {
  if (single !== t) await single.close();
  await t.destroy();
});

const count = (code: string) => t.db.$count(provinces, eq(provinces.code, code));

describe("transactions", () => {
  it("commit what they wrote, and a failure keeps nothing and leaves the connection clean", async () => {
    await single.db.transaction(async (tx) => {
      await tx.insert(provinces).values({ code: "TXA", name: "Tỉnh A" });
    });
    expect(await count("TXA")).toBe(1);

    await expect(
      single.db.transaction(async (tx) => {
        await tx.insert(provinces).values({ code: "TXB", name: "Tỉnh B" });
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(await count("TXB")).toBe(0);

    // The same (only) connection again, outside any transaction: its write is visible at once.
    await single.db.insert(provinces).values({ code: "TXC", name: "Tỉnh C" });
    expect(await count("TXC")).toBe(1);
  });

  it("a failing statement rolls back the statements before it", async () => {
    await expect(
      single.db.transaction(async (tx) => {
        await tx.insert(provinces).values({ code: "TXD", name: "Tỉnh D" });
        await tx.insert(provinces).values({ code: "TXD", name: "Tỉnh D again" }); // unique code
      }),
    ).rejects.toThrow();
    expect(await count("TXD")).toBe(0);
  });

  it("a nested transaction that fails undoes only its own part", async () => {
    await single.db.transaction(async (tx) => {
      await tx.insert(provinces).values({ code: "TXE", name: "Tỉnh E" });
      await expect(
        tx.transaction(async (inner) => {
          await inner.insert(provinces).values({ code: "TXF", name: "Tỉnh F" });
          throw new Error("inner");
        }),
      ).rejects.toThrow("inner");
      await tx.transaction(async (inner) => {
        await inner.insert(provinces).values({ code: "TXG", name: "Tỉnh G" });
      });
    });
    expect([await count("TXE"), await count("TXF"), await count("TXG")]).toEqual([1, 0, 1]);
  });
});
