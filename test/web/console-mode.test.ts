import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publicUrlOf } from "../../src/config.js";
import { until } from "../support/app-process.js";
import { createTestDatabase, engine } from "../support/db.js";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe("PUBLIC_URL", () => {
  it("defaults to this machine's port and drops a trailing slash", () => {
    expect(publicUrlOf({ PORT: 8080, PUBLIC_URL: undefined })).toBe("http://localhost:8080");
    expect(publicUrlOf({ PORT: 8080, PUBLIC_URL: "https://thidua.example.vn/" })).toBe("https://thidua.example.vn");
  });
});

describe("npm start without a token (the console quick start)", () => {
  it("serves the web workspace beside the terminal chat and says where", async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(path.join(tmpdir(), "thidua-console-web-"));
    const t = engine() === "postgres" ? await createTestDatabase() : undefined;
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        DATABASE_URL: t?.url ?? "",
        PORT: String(port),
        BOT_TOKEN: "",
        ZALO_BOT_TOKEN: "",
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout!.on("data", (d) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      // A real server gets no demo by itself; the console then has no personas and stops at once.
      if (t) return;
      await until(() => stdout.includes(`http://localhost:${port}/web`), "the web hint", 60_000);
      const res = await fetch(`http://127.0.0.1:${port}/web/tien-do`);
      expect(res.status).toBe(401);
      expect(await res.text()).toContain("Hãy gửi /web cho bot");
    } finally {
      child.stdin!.end();
      const code = await exited;
      expect(code).toBe(0);
      await t?.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
