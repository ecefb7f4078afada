// Time from launching a command to the console's persona prompt ("Gõ số từ 1 đến …"), the
// moment a person can type. Runs it N times and prints the median and each run, next to a bare
// `node -e ""` in the same run, with the CPU time (user + sys) and the largest peak RSS of the
// command's processes at the prompt (read from /proc on Linux: the wall clock of a busy machine
// says little, the CPU time says what a start costs).
//   node bench/start-time.mjs [runs=5] [-- command…]   (default: npm start)
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const argv = process.argv.slice(2);
const dash = argv.indexOf("--");
const runs = Number((dash === -1 ? argv : argv.slice(0, dash))[0] ?? 5);
const command = dash === -1 ? ["npm", "start"] : argv.slice(dash + 1);
const MARKER = /Gõ số từ 1 đến|Type a number from 1 to/u;
const TICKS_PER_S = 100; // USER_HZ on Linux

/** CPU seconds and peak RSS (MB, the largest process) of every process in a process group; null off Linux. */
function groupUsage(pgid) {
  let cpu = 0;
  let rss = 0;
  let seen = false;
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return null;
  }
  for (const pid of entries) {
    if (!/^\d+$/u.test(pid)) continue;
    try {
      // The command name is in parentheses and may hold spaces: fields are counted after it.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      seen = true;
      cpu += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICKS_PER_S;
      const hwm = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (hwm) rss = Math.max(rss, Number(hwm[1]) / 1024);
    } catch {
      // The process ended while it was read.
    }
  }
  return seen ? { cpu, rss } : null;
}

/** Whether any process of the group is still alive (a grandchild of npm may outlive npm). */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

function once() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command[0], command.slice(1), { stdio: ["pipe", "pipe", "inherit"], detached: true });
    let seen = "";
    let done = false;
    const exited = new Promise((r) => child.once("exit", r));
    const timer = setTimeout(() => finish(new Error(`no prompt within 60 s:\n${seen}`)), 60_000);
    const finish = async (err, result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
      await exited;
      // The next run must not start while the app (npm's grandchild) still holds the embedded database.
      for (let waited = 0; groupAlive(child.pid); waited += 50) {
        if (waited >= 30_000) {
          try {
            process.kill(-child.pid, "SIGKILL");
          } catch {}
        }
        await sleep(50);
      }
      if (err) reject(err);
      else resolve(result);
    };
    child.stdout.on("data", (d) => {
      seen += d;
      if (!done && MARKER.test(seen)) {
        const ms = performance.now() - started;
        finish(null, { ms, usage: groupUsage(child.pid) });
      }
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bare = [];
const results = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, ["-e", ""]);
  bare.push(performance.now() - t0);
  results.push(await once());
}
const times = results.map((r) => r.ms);
const cpu = results.map((r) => r.usage?.cpu).filter((c) => c !== undefined);
const rss = results.map((r) => r.usage?.rss).filter((c) => c !== undefined);
console.log(
  `start to prompt: median ${(median(times) / 1000).toFixed(2)} s over ${runs} runs (${times.map((t) => (t / 1000).toFixed(2)).join(", ")}); ` +
    (cpu.length ? `CPU median ${median(cpu).toFixed(2)} s, peak RSS ${Math.max(...rss).toFixed(0)} MB; ` : "") +
    `bare node -e "": median ${(median(bare) / 1000).toFixed(2)} s`,
);
