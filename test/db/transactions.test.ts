import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { driverError } from "../../src/db/errors.js";
import { lastStatement, unawaited } from "../../src/db/pipeline.js";
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

describe("statements sent without waiting for their answer (db/pipeline.ts)", () => {
  it("are written with the transaction and seen by its later reads", async () => {
    await single.db.transaction(async (tx) => {
      await unawaited(tx, tx.insert(provinces).values({ code: "TXH", name: "Tỉnh H" }));
      const [row] = await tx.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, "TXH"));
      expect(row?.name).toBe("Tỉnh H");
      await unawaited(tx, tx.update(provinces).set({ name: "Tỉnh H mới" }).where(eq(provinces.code, "TXH")));
    });
    const [row] = await t.db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, "TXH"));
    expect(row?.name).toBe("Tỉnh H mới");
  });

  it("fail the transaction with their own error, keep nothing, and leave the connection clean", async () => {
    await single.db.insert(provinces).values({ code: "TXI", name: "Tỉnh I" });
    const failure = await single.db
      .transaction(async (tx) => {
        await tx.insert(provinces).values({ code: "TXJ", name: "Tỉnh J" });
        await unawaited(tx, tx.insert(provinces).values({ code: "TXI", name: "Tỉnh I again" })); // unique code
        // Statements after it: on the real server they only learn that the transaction is aborted.
        await tx.select().from(provinces).where(eq(provinces.code, "TXJ"));
      })
      .catch((e: unknown) => e);
    expect(sqlState(failure)).toBe("23505");
    expect(await count("TXJ")).toBe(0);
    await single.db.insert(provinces).values({ code: "TXK", name: "Tỉnh K" });
    expect(await count("TXK")).toBe(1);
  });

  it("that fail last (just before COMMIT) still fail the transaction", async () => {
    const failure = await single.db
      .transaction(async (tx) => {
        await tx.insert(provinces).values({ code: "TXL", name: "Tỉnh L" });
        await unawaited(tx, tx.insert(provinces).values({ code: "TXL", name: "Tỉnh L again" }));
      })
      .catch((e: unknown) => e);
    expect(sqlState(failure)).toBe("23505");
    expect(await count("TXL")).toBe(0);
  });
});

describe("a transaction's last statement (db/pipeline.ts lastStatement)", () => {
  it("when it is the only one, is written, and when it fails keeps nothing and leaves the connection clean", async () => {
    await single.db.transaction(async (tx) => {
      await lastStatement(tx, () => tx.insert(provinces).values({ code: "TXM", name: "Tỉnh M" }));
    });
    expect(await count("TXM")).toBe(1);
    const failure = await single.db
      .transaction(async (tx) => {
        await lastStatement(tx, () => tx.insert(provinces).values({ code: "TXM", name: "Tỉnh M again" }));
      })
      .catch((e: unknown) => e);
    expect(sqlState(failure)).toBe("23505");
    const [row] = await single.db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, "TXM"));
    expect(row?.name).toBe("Tỉnh M");
  });

  it("after other statements, fails them all with its own error", async () => {
    await single.db.insert(provinces).values({ code: "TXN", name: "Tỉnh N" });
    const failure = await single.db
      .transaction(async (tx) => {
        await tx.insert(provinces).values({ code: "TXO", name: "Tỉnh O" });
        await lastStatement(tx, () => tx.insert(provinces).values({ code: "TXN", name: "Tỉnh N again" }));
      })
      .catch((e: unknown) => e);
    expect(sqlState(failure)).toBe("23505");
    expect(await count("TXO")).toBe(0);
    await single.db.insert(provinces).values({ code: "TXP", name: "Tỉnh P" });
    expect(await count("TXP")).toBe(1);
  });
});

const sqlState = (e: unknown) => driverError(e)?.code;
