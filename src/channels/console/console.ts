import { createInterface, type Interface } from "node:readline";
import type { Engine } from "../../flows/engine/engine.js";
import { textToPayload } from "../../flows/engine/input.js";
import type { InboundPayload, UserRef } from "../../core/index.js";
import type { Locale, Translator, Vars } from "../../i18n.js";
import { createLogger, type Logger } from "../../logger.js";
import type { Persona, PersonaDirectory } from "../../demo/personas.js";
import { renderOutbound } from "./render.js";
import { handleInbound } from "../boundary.js";

export interface ConsoleOptions {
  /** Only `handle` is used, so tests can pass a stub. */
  engine: Pick<Engine, "handle">;
  /** The demo people to chat as. */
  personas: PersonaDirectory;
  translator: Translator;
  /** Language of the console's own words; replies come in each persona's language. */
  locale: Locale;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The province whose people are offered as personas (the demo province). */
  provinceId: number;
  /** Where documents from replies are written, e.g. <DATA_DIR>/exports. */
  filesDir: string;
  /** Called when a reply queued notifications, so the outbox sender can deliver them now. */
  onNotified?: () => void;
  logger?: Logger;
}

/** Console-only words, handled before the engine sees them. */
const QUIT = new Set(["quit", "exit", "thoat"]);
const SWITCH = new Set(["persona", "nguoidung"]);

/**
 * Lines in arrival order, handed out one at a time. Buffering here (rather than awaiting
 * readline's events) keeps piped lines that arrive while the engine is busy; null means input ended.
 */
function lineQueue(rl: Interface): () => Promise<string | null> {
  const buffered: string[] = [];
  let waiting: ((line: string | null) => void) | null = null;
  let closed = false;
  const deliver = (line: string | null) => {
    const w = waiting;
    waiting = null;
    w?.(line);
  };
  rl.on("line", (line) => (waiting ? deliver(line) : buffered.push(line)));
  rl.on("close", () => {
    closed = true;
    deliver(null);
  });
  return () =>
    new Promise((resolve) => {
      if (buffered.length > 0) resolve(buffered.shift()!);
      else if (closed) resolve(null);
      else waiting = resolve;
    });
}

const isTty = (s: NodeJS.ReadableStream | NodeJS.WritableStream) => (s as { isTTY?: boolean }).isTTY === true;

/**
 * The bot in a terminal: pick a demo persona, then chat as them. Every line goes through the
 * same engine as Telegram and Zalo; lines are handled one after another, and the returned promise
 * settles on /quit, Ctrl-D or the end of piped input.
 */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const { engine, translator, locale, output } = opts;
  const tty = isTty(opts.input) && isTty(output);
  // Without a terminal, readline must not echo or draw: piped output stays plain text.
  const rl = createInterface({ input: opts.input, output: tty ? output : undefined, terminal: tty });
  const next = lineQueue(rl);
  rl.on("SIGINT", () => rl.close());
  rl.setPrompt("> ");
  const t = (key: string, vars?: Vars) => translator.t(locale, key, vars);
  const say = (text: string) => void output.write(`${text}\n`);
  const ask = async () => {
    if (tty) rl.prompt();
    const line = await next();
    // Ctrl-D leaves the cursor after the prompt; the goodbye belongs on its own line.
    if (line === null && tty) output.write("\n");
    return line;
  };
  const describe = (p: Persona) => ({ name: p.fullName, role: t(`role-${p.role}`), unit: p.unitName ?? "—" });
  let counter = 0;

  /** The persona the user picks, or null when they leave instead. */
  const pickPersona = async (personas: Persona[]): Promise<Persona | null> => {
    say(t("console-personas-title"));
    personas.forEach((p, i) => say(t("console-persona-line", { number: i + 1, ...describe(p) })));
    for (;;) {
      say(t("console-pick-persona", { max: personas.length }));
      const line = await ask();
      if (line === null) return null;
      const text = line.trim();
      const payload = textToPayload(text);
      if (payload.kind === "command" && QUIT.has(payload.name)) return null;
      const n = /^\d+$/.test(text) ? Number(text) : NaN;
      if (n >= 1 && n <= personas.length) return personas[n - 1]!;
      say(t("console-pick-invalid", { max: personas.length }));
    }
  };

  // One failed line must not end the session: the boundary logs it and says so, the engine rolled back.
  const boundary = {
    engine,
    translator,
    logger: opts.logger ?? createLogger("silent"),
    defaultLocale: locale,
    ...(opts.onNotified ? { onNotified: opts.onNotified } : {}),
  };
  const send = async (user: UserRef, personId: number, payload: InboundPayload) => {
    const event = { user, updateId: `console-${personId}-${++counter}-${Date.now()}`, languageCode: locale, payload };
    await handleInbound(boundary, event, {
      send: async (replies, replyLocale) => {
        // The person may have switched language (/language): the console's own words follow.
        const tr = (key: string, vars?: Vars) => translator.t(replyLocale, key, vars);
        for (const block of await renderOutbound(replies, { t: tr, filesDir: opts.filesDir })) say(block);
      },
      sayFailed: async (text) => say(text),
    });
  };

  try {
    say(t("console-banner"));
    const personas = await opts.personas.list(opts.provinceId);
    if (personas.length === 0) {
      say(t("console-no-personas"));
      return;
    }
    session: for (;;) {
      const persona = await pickPersona(personas);
      if (!persona) break;
      const user = await opts.personas.bind(persona.personId);
      say(t("console-persona-chosen", describe(persona)));
      say(t("console-hint"));
      for (;;) {
        const line = await ask();
        if (line === null) break session;
        // An empty line is answered too (the step says what it expects), never met with silence.
        const payload = textToPayload(line);
        if (payload.kind === "command" && QUIT.has(payload.name)) break session;
        if (payload.kind === "command" && SWITCH.has(payload.name)) continue session;
        await send(user, persona.personId, payload);
      }
    }
    say(t("console-bye"));
  } finally {
    rl.close();
  }
}
