import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ZaloCall {
  path: string;
  method: string;
  httpMethod: string;
  contentType: string;
  body: Record<string, any>;
}

type Answer = { status?: number; body: unknown };
export type ZaloRule = (call: ZaloCall) => Answer | undefined;

/**
 * The Zalo Bot API on 127.0.0.1: records every call with its exact path and body, answers in
 * Zalo's envelope, and hands out queued events to getUpdates one at a time (Zalo has no offset).
 */
export async function startFakeZalo(rule?: ZaloRule) {
  const calls: ZaloCall[] = [];
  const events: unknown[] = [];
  let rules: ZaloRule[] = rule ? [rule] : [];
  let messageSeq = 0;

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const call: ZaloCall = {
      path: req.url ?? "",
      method: /\/bot[^/]+\/(\w+)$/.exec(req.url ?? "")?.[1] ?? "",
      httpMethod: req.method ?? "",
      contentType: req.headers["content-type"] ?? "",
      body: raw ? JSON.parse(raw) : {},
    };
    calls.push(call);
    const reply = (a: Answer) => {
      res.writeHead(a.status ?? 200, { "content-type": "application/json" });
      res.end(JSON.stringify(a.body));
    };
    for (const r of rules) {
      const a = r(call);
      if (a) return reply(a);
    }
    switch (call.method) {
      case "getMe":
        return reply({
          body: { ok: true, result: { id: "b0a1", account_name: "Bot Thi đua", account_type: "BASIC", can_join_groups: false } },
        });
      case "getUpdates": {
        const next = events.shift();
        if (next === undefined) {
          await new Promise((r) => setTimeout(r, 50));
          return reply({ status: 200, body: { ok: false, error_code: 408, description: "Request timeout" } });
        }
        return reply({ body: { ok: true, result: next } });
      }
      case "sendMessage":
      case "sendPhoto":
        return reply({ body: { ok: true, result: { message_id: `m${++messageSeq}`, date: Date.now() } } });
      default:
        return reply({ body: { ok: true, result: true } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    setRule(r?: ZaloRule) {
      rules = r ? [r] : [];
    },
    /** Queues an event for getUpdates. */
    push(event: unknown) {
      events.push(event);
    },
    /** Texts sent to one chat, in order. */
    textsTo(chatId: string) {
      return calls.filter((c) => c.method === "sendMessage" && c.body.chat_id === chatId).map((c) => c.body.text as string);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeZalo = Awaited<ReturnType<typeof startFakeZalo>>;

let seq = 0;
/** A Zalo event as the webhook posts it (`result` is what getUpdates returns). */
export function zaloEvent(userId: string, eventName: string, extra: Record<string, unknown> = {}, messageId = `zm${Date.now()}${++seq}`) {
  return {
    ok: true,
    result: {
      event_name: eventName,
      message: {
        from: { id: userId, display_name: "Cô Lan", is_bot: false },
        chat: { id: userId, chat_type: "PRIVATE" },
        message_id: messageId,
        date: Date.now(),
        ...extra,
      },
    },
  };
}

export const zaloText = (userId: string, text: string, messageId?: string) =>
  zaloEvent(userId, "message.text.received", { text }, messageId);
