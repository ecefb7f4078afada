import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { createConsoleSender } from "../../../src/channels/console/sender.js";
import { createTranslator } from "../../../src/i18n.js";

const translator = createTranslator("vi");
const filesDir = mkdtempSync(path.join(tmpdir(), "console-sender-"));
afterAll(() => rmSync(filesDir, { recursive: true, force: true }));

function capture() {
  const output = new PassThrough();
  output.setEncoding("utf8");
  const chunks: string[] = [];
  output.on("data", (c: string) => chunks.push(c));
  return { output, text: () => chunks.join("") };
}

describe("createConsoleSender", () => {
  it("is the console channel with the 4096 limit", () => {
    const sender = createConsoleSender(new PassThrough(), { translator, filesDir });
    expect(sender.channel).toBe("console");
    expect(sender.maxTextLength).toBe(4096);
  });

  it("prints each message marked with its recipient, rendered like the chat", async () => {
    const { output, text } = capture();
    const sender = createConsoleSender(output, { translator, filesDir });
    await sender.send("person-12", [
      { type: "text", text: "Nhắc hạn: còn 3 ngày." },
      {
        type: "choices",
        text: "Xem ngay?",
        options: [
          { label: "Có", token: "1:0" },
          { label: "Không", token: "1:1" },
        ],
      },
    ]);
    expect(text()).toBe(
      "[→ person-12] Nhắc hạn: còn 3 ngày.\n[→ person-12] Xem ngay?\n1. Có\n2. Không\nTrả lời bằng số, ví dụ 1, hoặc gõ nội dung lựa chọn.\n",
    );
  });

  it("splits text longer than the limit and strips control characters", async () => {
    const { output, text } = capture();
    await createConsoleSender(output, { translator, filesDir }).send("person-1", [
      { type: "text", text: `\u001b[31m${"a ".repeat(3000)}` },
    ]);
    const lines = text().trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.startsWith("[→ person-1] ")).toBe(true);
    expect(text()).not.toMatch(/\u001b/);
  });
});
