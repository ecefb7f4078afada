import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { borrowTemplate, checkDrizzleInternals, clientOf, interceptPostgresJs, prepareRawQuery } from "../../src/db/drizzle-internals.js";
import { rowsOf } from "../../src/db/rows.js";
import { createTestDatabase, type TestDatabase } from "../support/db.js";

// What src/db/drizzle-internals.ts relies on, asserted one by one so that a Drizzle upgrade that
// changes it fails here, by name, rather than somewhere deep in a chat step.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

describe("Drizzle internals we rely on", () => {
  it("every database and transaction handle has session.client, session.prepareQuery and dialect.sqlToQuery", async () => {
    expect(() => checkDrizzleInternals(t.db)).not.toThrow();
    // The driver's client: PGlite itself, or (on the real server) postgres.js's Sql as client.ts wraps it.
    if (t.kind === "embedded") expect(clientOf(t.db)).toBe(t.pglite);
    else expect(typeof (clientOf(t.db) as { unsafe?: unknown }).unsafe).toBe("function");
    await t.db.transaction(async (tx) => {
      expect(() => checkDrizzleInternals(tx)).not.toThrow();
      // A transaction has a client of its own (its connection), not the database's.
      expect(clientOf(tx)).toBeDefined();
      expect(clientOf(tx)).not.toBe(clientOf(t.db));
    });
  });

  it("a missing member is reported loudly, by name", () => {
    expect(() => checkDrizzleInternals({} as never)).toThrow(/Drizzle internals changed.*session.*dialect.sqlToQuery/);
    expect(() => checkDrizzleInternals({ session: { client: {} }, dialect: { sqlToQuery: () => ({}) } } as never)).toThrow(
      /session.prepareQuery/,
    );
  });

  it("a prepared query keeps its client in a `client` member that execute reads: a template runs inside a transaction", async () => {
    const raw = prepareRawQuery(t.db, "internals-probe", sql`select ${sql.placeholder("n")}::int + 1 as n`) as unknown as {
      client: unknown;
    };
    expect(Object.keys(raw)).toContain("client");
    expect(raw.client).toBe(clientOf(t.db));
    const probe = borrowTemplate((on) =>
      prepareRawQuery(
        on,
        "internals-probe-2",
        sql`select ${sql.placeholder("n")}::int + 1 as n, txid_current_if_assigned() is not null as in_tx`,
      ),
    );
    expect(rowsOf<{ n: number }>(await probe(t.db, { n: 1 }))[0]!.n).toBe(2);
    // Inside a transaction that wrote, the borrowed template sees the transaction (its client is the transaction's).
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`create temporary table internals_probe (x int) on commit drop`);
      await tx.execute(sql`insert into internals_probe values (1)`);
      const [row] = rowsOf<{ n: number; in_tx: boolean }>(await probe(tx, { n: 41 }));
      expect(row).toMatchObject({ n: 42, in_tx: true });
    });
  });

  it("Drizzle's postgres.js session sends statements with unsafe, transactions with begin and nested ones with savepoint", async () => {
    // A stand-in postgres.js client that records what Drizzle calls on it.
    const calls: string[] = [];
    const fake = {
      unsafe: (text: string) => {
        calls.push(`unsafe:${text}`);
        const result = Object.assign(Promise.resolve([]), { values: () => Promise.resolve([]) });
        return result;
      },
      begin: () => Promise.resolve(),
      savepoint: () => Promise.resolve(),
      options: { parsers: {}, serializers: {} },
    } as never;
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const seen: string[] = [];
    const client = interceptPostgresJs(fake, {
      beforeStatement: () => seen.push("statement"),
      begin: async (fn) => {
        seen.push("begin");
        return fn(
          interceptPostgresJs(fake, {
            begin: () => Promise.reject(new Error("nested begin")),
            savepoint: async (inner) => (seen.push("savepoint"), inner(fake)),
          }),
        );
      },
    });
    const db = drizzle(client);
    await db.execute(sql`select 1`);
    expect(calls).toContain("unsafe:select 1");
    await db.transaction(async (tx) => {
      await tx.transaction(async () => {});
    });
    expect(seen).toEqual(["statement", "begin", "savepoint"]);
  });
});
