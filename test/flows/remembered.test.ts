import { describe, expect, it } from "vitest";
import type { Claimed } from "../../src/flows/engine/claim.js";
import { RememberedConversations } from "../../src/flows/engine/remembered.js";

const user = (externalId: string) => ({ channel: "telegram" as const, externalId });
function claimed(revision: number, step: string): Claimed {
  const conv = {
    flow: "register-self",
    step,
    data: { title: "LDTT" },
    version: revision,
    revision,
    locale: "vi" as const,
    personId: 1,
    provinceId: 1,
  };
  return { conv, actorRow: undefined, actorFp: "fp" };
}
const remember = (memory: RememberedConversations, id: string, c: Claimed) =>
  memory.remember(user(id), { claimed: c, dataJson: JSON.stringify(c.conv.data) });

describe("conversations an instance remembers", () => {
  it("gives each step its own copy of the data", () => {
    const memory = new RememberedConversations(10);
    remember(memory, "1", claimed(3, "award"));
    const first = memory.recall(user("1"))!;
    first.conv.data.title = "CSTDCS";
    expect(memory.recall(user("1"))!.conv.data).toEqual({ title: "LDTT" });
  });

  it("keeps the newest revision when two steps of one chat commit out of order", () => {
    const memory = new RememberedConversations(10);
    remember(memory, "1", claimed(5, "initiative"));
    remember(memory, "1", claimed(4, "award"));
    expect(memory.recall(user("1"))!.conv).toMatchObject({ revision: 5, step: "initiative" });
  });

  it("holds at most its capacity, dropping the chat seen longest ago", () => {
    const memory = new RememberedConversations(2);
    remember(memory, "1", claimed(1, "a"));
    remember(memory, "2", claimed(1, "a"));
    remember(memory, "1", claimed(2, "b"));
    remember(memory, "3", claimed(1, "a"));
    expect(["1", "2", "3"].map((id) => memory.recall(user(id)) !== undefined)).toEqual([true, false, true]);
  });

  it("mostly stops using copies while they turn out stale, and uses them again once they are current", () => {
    const memory = new RememberedConversations(10);
    remember(memory, "1", claimed(1, "a"));
    for (let i = 0; i < 100; i++) memory.outcome(true);
    const used = Array.from({ length: 80 }, () => memory.recall(user("1")) !== undefined).filter(Boolean).length;
    expect(used).toBe(10);
    for (let i = 0; i < 100; i++) memory.outcome(false);
    expect(Array.from({ length: 20 }, () => memory.recall(user("1")) !== undefined).every(Boolean)).toBe(true);
  });
});
