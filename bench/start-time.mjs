// Time from launching a command to the console's persona prompt ("Gõ số từ 1 đến …"), the
// moment a person can type. Runs it N times and prints the median and each run, next to a bare
// `node -e ""` in the same run.
//   node bench/start-time.mjs [runs=5] [-- command…]   (default: npm start)
import { spawn, spawnSync } from "node:child_process";

const argv = process.argv.slice(2);
const dash = argv.indexOf("--");
const runs = Number((dash === -1 ? argv : argv.slice(0, dash))[0] ?? 5);
const command = dash === -1 ? ["npm", "start"] : argv.slice(dash + 1);
const MARKER = /Gõ số từ 1 đến|Type a number from 1 to/u;

function once() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command[0], command.slice(1), { stdio: ["pipe", "pipe", "inherit"], detached: true });
    let seen = "";
    const timer = setTimeout(() => finish(new Error(`no prompt within 60 s:\n${seen}`)), 60_000);
    const finish = (err, ms) => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
      child.once("exit", () => (err ? reject(err) : resolve(ms)));
    };
    child.stdout.on("data", (d) => {
      seen += d;
      if (MARKER.test(seen)) finish(null, performance.now() - started);
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bare = [];
const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, ["-e", ""]);
  bare.push(performance.now() - t0);
  times.push(await once());
}
console.log(
  `start to prompt: median ${(median(times) / 1000).toFixed(2)} s over ${runs} runs (${times.map((t) => (t / 1000).toFixed(2)).join(", ")}); ` +
    `bare node -e "": median ${(median(bare) / 1000).toFixed(2)} s`,
);
