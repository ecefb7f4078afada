import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeCall {
  token: string;
  method: string;
  body: Record<string, any>;
  at: number;
}

type Answer = { status?: number; body: Record<string, unknown> };
/** Decides the answer to one call; return undefined for the default (success). */
export type FakeRule = (call: FakeCall) => Answer | undefined;

async function readBody(req: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return {};
  if ((req.headers["content-type"] ?? "").includes("application/json")) return JSON.parse(raw);
  // multipart (sendDocument): the method and chat are what tests look at.
  const chat = /name="chat_id"\r\n\r\n([^\r]*)/.exec(raw)?.[1];
  return { chat_id: chat, multipart: true };
}

/**
 * A Telegram Bot API on 127.0.0.1 for tests and benchmarks: records every call, answers like
 * Telegram (sendMessage returns a message, getUpdates long-polls a queue), and lets a test fail
 * chosen calls with `rule` (403 blocked, 429 with retry_after, 5xx).
 */
export async function startFakeTelegram(rule?: FakeRule) {
  const calls: FakeCall[] = [];
  const queue: unknown[] = [];
  let waiting: Array<() => void> = [];
  let messageId = 0;
  let updateId = 0;
  let rules: FakeRule[] = rule ? [rule] : [];

  const server: Server = createServer(async (req, res) => {
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(req.url ?? "");
    if (file) {
      // File downloads: the bytes are the path's own text, so a test knows what to expect.
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.from(`file:${decodeURIComponent(file[2]!)}`));
      return;
    }
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!m) return reply(404, { ok: false, error_code: 404, description: "Not Found" });
    const call: FakeCall = { token: m[1]!, method: m[2]!, body: await readBody(req), at: Date.now() };
    calls.push(call);
    for (const r of rules) {
      const answer = r(call);
      if (answer) return reply(answer.status ?? 200, answer.body);
    }
    switch (call.method) {
      case "getMe":
        return reply(200, {
          ok: true,
          result: {
            id: 42,
            is_bot: true,
            first_name: "Thi đua",
            username: "thidua_fake_bot",
            can_join_groups: false,
            can_read_all_group_messages: false,
            supports_inline_queries: false,
          },
        });
      case "getUpdates": {
        const offset = Number(call.body.offset ?? 0);
        const due = () => queue.filter((u) => (u as { update_id: number }).update_id >= offset);
        if (due().length === 0) {
          // Long poll, but briefly: tests should not wait on an idle bot.
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(Number(call.body.timeout ?? 0), 1) * 1000);
            waiting.push(() => {
              clearTimeout(timer);
              resolve();
            });
          });
        }
        return reply(200, { ok: true, result: due() });
      }
      case "getFile":
        return reply(200, {
          ok: true,
          result: { file_id: call.body.file_id, file_unique_id: "u", file_path: `documents/${call.body.file_id}.pdf` },
        });
      case "sendMessage":
      case "sendDocument":
        return reply(200, {
          ok: true,
          result: {
            message_id: ++messageId,
            date: Math.floor(Date.now() / 1000),
            chat: { id: Number(call.body.chat_id), type: "private" },
            text: call.body.text,
          },
        });
      default:
        return reply(200, { ok: true, result: true });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    /** Replaces the failure rules (e.g. after the first 429). */
    setRule(r?: FakeRule) {
      rules = r ? [r] : [];
    },
    /** Queues a text message from a user, delivered by the next getUpdates. */
    pushText(userId: number, text: string) {
      const id = ++updateId;
      queue.push({
        update_id: id,
        message: {
          message_id: id,
          date: Math.floor(Date.now() / 1000),
          chat: { id: userId, type: "private", first_name: "GV" },
          from: { id: userId, is_bot: false, first_name: "GV", language_code: "vi" },
          text,
        },
      });
      const w = waiting;
      waiting = [];
      for (const wake of w) wake();
    },
    sent: (method = "sendMessage") => calls.filter((c) => c.method === method),
    async close() {
      for (const wake of waiting) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;
