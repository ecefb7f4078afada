import type { EngineResult } from "../../../src/flows/engine/engine.js";
import type { InboundEvent, Outbound } from "../../../src/core/index.js";

export const TITLES = ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"];
export const DOC_BYTES = new TextEncoder().encode("nội dung tệp xuất");

/**
 * Stands in for the engine (the real flows are written elsewhere): echoes text, offers choices
 * on /dangky, sends a document on "xuất", a link on "link", fails on "lỗi". Records every event
 * and whether two calls ever overlapped.
 */
export class FakeEngine {
  events: InboundEvent[] = [];
  overlapped = false;
  private busy = false;

  async handle(event: InboundEvent): Promise<EngineResult> {
    if (this.busy) this.overlapped = true;
    this.busy = true;
    try {
      this.events.push(event);
      // Let piped lines pile up meanwhile: the console must still take them one at a time.
      await new Promise((r) => setTimeout(r, 5));
      return { replies: this.reply(event), locale: "vi" as const, notified: false, duplicate: false };
    } finally {
      this.busy = false;
    }
  }

  private reply(event: InboundEvent): Outbound[] {
    const p = event.payload;
    if (p.kind === "command" && (p.name === "dangky" || p.name === "register")) {
      return [{ type: "choices", text: "Chọn danh hiệu thi đua:", options: TITLES.map((label, i) => ({ label, token: `1:${i}` })) }];
    }
    if (p.kind === "command") return [{ type: "text", text: `Lệnh /${p.name} ${p.args}`.trim() }];
    if (p.kind !== "text") return [];
    if (p.text === "xuất")
      return [
        {
          type: "document",
          fileName: "Trường THPT-DKTD NH 2025-2026.docx",
          mime: "application/octet-stream",
          content: DOC_BYTES,
          caption: "Bản đăng ký",
        },
      ];
    if (p.text === "link") return [{ type: "link", text: "Hướng dẫn", url: "https://example.org/huong-dan" }];
    if (p.text === "lỗi") throw new Error("boom");
    return [{ type: "text", text: `Bạn đã gõ: ${p.text}` }];
  }
}
