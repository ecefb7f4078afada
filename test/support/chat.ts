import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { channelIdentities, consents, people, roles, units } from "../../src/db/schema.js";
import { createEngine, type Engine } from "../../src/flows/engine/engine.js";
import type { ChannelName, InboundEvent, InboundPayload, Outbound } from "../../src/core/index.js";
import { textToPayload } from "../../src/flows/engine/input.js";
import { flowDeps } from "../../src/flows/index.js";
import { createTranslator, type Translator } from "../../src/i18n.js";
import { createLogger } from "../../src/logger.js";
import { loadDemo } from "../../src/services/demo.js";
import { CONSENT_NOTICE_VERSION } from "../../src/features/onboarding/service.js";

export const translator: Translator = createTranslator("vi");
export const TZ = "Asia/Ho_Chi_Minh";

export function buildEngine(database: Database, now: () => Date): Engine {
  return createEngine({ db: database.db, translator, logger: createLogger("silent"), timeZone: TZ, defaultLocale: "vi", now, ...flowDeps });
}

let seq = 0;

/** A scripted user of the engine: sends what a person would and keeps the last buttons. */
export class ChatUser {
  last: Outbound[] = [];
  constructor(
    readonly engine: Engine,
    readonly externalId: string,
    readonly channel: ChannelName = "telegram",
  ) {}

  async send(payload: InboundPayload, updateId = `u${++seq}`): Promise<Outbound[]> {
    const event: InboundEvent = { user: { channel: this.channel, externalId: this.externalId }, updateId, payload };
    const result = await this.engine.handle(event);
    this.last = result.replies;
    return result.replies;
  }

  say(text: string) {
    return this.send(textToPayload(text));
  }

  /** Presses the button whose label contains `label`, in the latest message with buttons. */
  press(label: string) {
    const token = this.buttonToken(label);
    return this.send({ kind: "choice", token });
  }

  /** From the identity question to the saved registration: confirms, picks `title`, no award, no sáng kiến. */
  async registerTitle(title: string) {
    await this.press("Đúng");
    await this.press(title);
    await this.press("Không đăng ký");
    await this.press("Không");
    return this.press("Lưu đăng ký");
  }

  buttonToken(label: string): string {
    const choices = [...this.last].reverse().find((m) => m.type === "choices");
    if (!choices || choices.type !== "choices") throw new Error(`no buttons; last replies: ${this.text()}`);
    const option = choices.options.find((o) => o.label.includes(label));
    if (!option) throw new Error(`no button "${label}" in ${choices.options.map((o) => o.label).join(" | ")}`);
    return option.token;
  }

  labels(): string[] {
    const choices = [...this.last].reverse().find((m) => m.type === "choices");
    return choices && choices.type === "choices" ? choices.options.map((o) => o.label) : [];
  }

  text(): string {
    return this.last.map((m) => ("text" in m ? m.text : m.type)).join("\n---\n");
  }
}

export interface DemoWorld {
  provinceId: number;
  /** A unit with a focal person, a leader and staff. */
  unitId: number;
  unitCode: string;
  focal: { personId: number; name: string };
  staff: Array<{ personId: number; name: string }>;
  office: { personId: number; name: string };
  otherUnitId: number;
}

/** The demo province with the first THPT school's people linked to chat ids. */
export async function demoWorld(database: Database, now: Date): Promise<DemoWorld> {
  const demo = await loadDemo(database.db, now, TZ, (key, vars) => translator.t("vi", key, vars));
  const db = database.db;
  const [unit] = await db.select().from(units).where(eq(units.code, "THPT01"));
  const [other] = await db.select().from(units).where(eq(units.code, "THPT02"));
  const members = await db
    .select({ id: people.id, name: people.fullName, role: roles.role })
    .from(people)
    .innerJoin(roles, eq(roles.personId, people.id))
    .where(eq(people.unitId, unit!.id));
  const [office] = await db
    .select({ id: people.id, name: people.fullName })
    .from(people)
    .innerJoin(roles, eq(roles.personId, people.id))
    .where(eq(roles.role, "office"))
    .limit(1);
  const focal = members.find((m) => m.role === "focal")!;
  const staff = members.filter((m) => m.role === "staff");
  return {
    provinceId: demo.provinceId,
    unitId: unit!.id,
    unitCode: unit!.code,
    otherUnitId: other!.id,
    focal: { personId: focal.id, name: focal.name },
    staff: staff.map((s) => ({ personId: s.id, name: s.name })),
    office: { personId: office!.id, name: office!.name },
  };
}

/** Links a person to a chat id as if they had joined (consent included). */
export async function link(database: Database, personId: number, externalId: string, channel: ChannelName = "telegram") {
  const [p] = await database.db.select().from(people).where(eq(people.id, personId));
  await database.db.insert(channelIdentities).values({ provinceId: p!.provinceId, personId, channel, externalId }).onConflictDoNothing();
  await database.db.insert(consents).values({ provinceId: p!.provinceId, personId, noticeVersion: CONSENT_NOTICE_VERSION, accepted: true });
}
