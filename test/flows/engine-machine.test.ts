import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createEngine } from "../../src/flows/engine/engine.js";
import { createMemoryStore } from "../../src/flows/engine/memory-store.js";
import type { StepActor } from "../../src/flows/engine/store.js";
import { defineFlow, type InboundEvent, type InboundPayload, type Outbound } from "../../src/flows/engine/types.js";
import type { Translator } from "../../src/i18n.js";
import { createLogger } from "../../src/logger.js";

// The engine's state machine on the in-memory store: no database, a two-step flow of our own.
const teacher: StepActor = {
  personId: 7,
  provinceId: 1,
  unitId: 3,
  unitName: "THPT A",
  fullName: "Nguyễn Văn A",
  position: "Giáo viên",
  roles: [{ role: "staff", unitId: 3 }],
  locale: "vi",
};

/** Asks a name (free text), then a yes/no confirmation; says the name back when confirmed. */
const greeting = defineFlow<{ name?: string }>({
  name: "greeting",
  allowed: (actor) => actor !== null,
  start: async () => ({ next: "name" }),
  steps: {
    name: {
      id: "name",
      input: "text",
      schema: z.string().min(2, { error: "input-expected-text" }),
      prompt: () => ({ key: "reg-ask-name" }),
      onAnswer: async (ctx, value) => {
        ctx.data.name = value;
        return { next: "confirm" };
      },
    },
    confirm: {
      id: "confirm",
      input: "confirm",
      prompt: (ctx) => ({ key: "test-confirm", vars: { name: ctx.data.name ?? "" } }),
      options: (ctx) => [
        { value: "yes", label: ctx.t("confirm-yes") },
        { value: "no", label: ctx.t("confirm-no") },
      ],
      onAnswer: async (ctx, value) => {
        if (value === "no") return { next: "name" };
        ctx.notify({ personId: 7, provinceId: 1, dedupeKey: `greeted-${ctx.data.name}`, message: { key: "test-greeted" } });
        return { done: true, say: [{ key: "test-greeted", vars: { name: ctx.data.name ?? "" } }] };
      },
    },
  },
});

/** Keys come back as themselves, so a test reads which message the engine chose. */
const keys = {
  t: (locale: string, key: string, vars?: Record<string, string | number>) => `${locale}:${key}${vars ? ` ${JSON.stringify(vars)}` : ""}`,
} as Translator;

function world(actor: StepActor | null = teacher) {
  const now = new Date("2026-11-22T03:00:00Z");
  const store = createMemoryStore({ defaultLocale: "vi", actorOf: () => actor, now: () => now });
  const engine = createEngine({
    store,
    flows: [greeting],
    commandFlows: { register: "greeting" },
    help: () => "help",
    translator: keys,
    logger: createLogger("silent"),
    timeZone: "Asia/Ho_Chi_Minh",
    defaultLocale: "vi",
    now: () => now,
  });
  let id = 0;
  const user = { channel: "telegram" as const, externalId: "42" };
  const event = (payload: InboundPayload, updateId = String(++id)): InboundEvent => ({ user, updateId, payload });
  return { store, engine, user, event };
}
const texts = (replies: Outbound[]) => replies.map((r) => ("text" in r ? r.text : r.type));
const tokens = (replies: Outbound[]) => replies.flatMap((r) => (r.type === "choices" ? r.options.map((o) => o.token) : []));

describe("the engine on the in-memory store", () => {
  it("a command starts the flow, an answer moves it to the next step, a button finishes it", async () => {
    const { engine, event, store, user } = world();
    expect(texts((await engine.handle(event({ kind: "command", name: "dangky", args: "" }))).replies)).toEqual(["vi:reg-ask-name"]);
    expect(store.conversation(user)).toMatchObject({ flow: "greeting", step: "name" });

    const bad = await engine.handle(event({ kind: "text", text: "A" }));
    expect(texts(bad.replies)).toEqual(["vi:input-expected-text", "vi:reg-ask-name"]);
    expect(store.conversation(user)).toMatchObject({ step: "name", data: {} });

    const named = await engine.handle(event({ kind: "text", text: "Lan" }));
    expect(texts(named.replies)).toEqual([`vi:test-confirm {"name":"Lan"}`]);
    const done = await engine.handle(event({ kind: "choice", token: tokens(named.replies)[0]! }));
    expect(texts(done.replies)).toEqual([`vi:test-greeted {"name":"Lan"}`]);
    expect(done.notified).toBe(true);
    expect(store.notifications.map((n) => n.dedupeKey)).toEqual(["greeted-Lan"]);
    expect(store.conversation(user)).toMatchObject({ flow: null, step: null });
  });

  it("a redelivered update is answered once: its step does not run again", async () => {
    const { engine, event, store, user } = world();
    const first = event({ kind: "command", name: "dangky", args: "" });
    const result = await engine.handle(first);
    result.delivered?.();
    const again = await engine.handle(first);
    expect(again).toMatchObject({ duplicate: true, replies: [] });
    expect(store.conversation(user)?.revision).toBe(1);
  });

  it("a redelivered update whose replies never went out gets them, once their sender's lease ran out", async () => {
    let now = new Date("2026-11-22T03:00:00Z");
    const store = createMemoryStore({ defaultLocale: "vi", actorOf: () => teacher, now: () => now, replyLeaseSeconds: 60 });
    const engine = createEngine({
      store,
      flows: [greeting],
      commandFlows: { register: "greeting" },
      help: () => "help",
      translator: keys,
      logger: createLogger("silent"),
      timeZone: "UTC",
      defaultLocale: "vi",
      now: () => now,
    });
    const update: InboundEvent = {
      user: { channel: "zalo", externalId: "9" },
      updateId: "m1",
      payload: { kind: "command", name: "dangky", args: "" },
    };
    await engine.handle(update); // the process dies before sending
    expect(await engine.handle(update)).toMatchObject({ duplicate: true, replies: [] });
    now = new Date(now.getTime() + 61_000);
    const resent = await engine.handle(update);
    expect(resent.duplicate).toBe(false);
    expect(texts(resent.replies)).toEqual(["vi:reg-ask-name"]);
  });

  it("a button from an older message is refused and the current question asked again", async () => {
    const { engine, event, store, user } = world();
    await engine.handle(event({ kind: "command", name: "dangky", args: "" }));
    const shown = await engine.handle(event({ kind: "text", text: "Lan" }));
    const oldYes = tokens(shown.replies)[0]!;
    await engine.handle(event({ kind: "choice", token: tokens(shown.replies)[1]! })); // "no": back to the name
    await engine.handle(event({ kind: "text", text: "Minh" }));
    const stale = await engine.handle(event({ kind: "choice", token: oldYes }));
    expect(texts(stale.replies)).toEqual(["vi:button-stale", `vi:test-confirm {"name":"Minh"}`]);
    expect(store.notifications).toEqual([]);
    expect(store.conversation(user)).toMatchObject({ step: "confirm", data: { name: "Minh" } });
  });

  it("a step that throws keeps nothing, and the failure carries the chat's language for the boundary", async () => {
    const { engine, event, store, user } = world({ ...teacher, locale: "en" });
    await engine.handle(event({ kind: "command", name: "dangky", args: "" }));
    const before = store.conversation(user);
    // The flow reaches for the database, which the in-memory store does not have.
    const broken = defineFlow({
      name: "broken",
      allowed: () => true,
      start: async (ctx) => (ctx.tx.execute as never as () => never)(),
      steps: {},
    });
    const engine2 = createEngine({
      store,
      flows: [greeting, broken],
      commandFlows: { register: "broken" },
      help: () => "help",
      translator: keys,
      logger: createLogger("silent"),
      timeZone: "UTC",
      defaultLocale: "vi",
    });
    const failure = await engine2.handle(event({ kind: "command", name: "dangky", args: "" })).catch((e: unknown) => e);
    expect(String(failure)).toMatch(/no database/);
    const { failureLocale } = await import("../../src/flows/engine/engine.js");
    expect(failureLocale(failure)).toBe("en");
    expect(store.conversation(user)).toEqual(before);
  });

  it("nobody behind the chat: a flow for members says how to join, and nothing starts", async () => {
    const { engine, event, store, user } = world(null);
    const result = await engine.handle(event({ kind: "command", name: "dangky", args: "" }));
    expect(texts(result.replies)).toEqual(["vi:flow-needs-join"]);
    expect(store.conversation(user)).toMatchObject({ flow: null });
  });
});
