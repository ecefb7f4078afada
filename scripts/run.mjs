// Starts the compiled app (`npm start`, `npm run cli`): plain JavaScript from dist/, which starts
// several times faster than compiling TypeScript on every start. dist/ is built at install
// (`prepare`) and built again here, once, whenever a file under src/ is newer than the last build,
// so a fresh clone's `npm ci && npm start` and an edited checkout both run the current code.
//   node scripts/run.mjs main | cli/index [args…]
//   node scripts/run.mjs --build-only   (build when stale: `prepare`)   --build   (always: `npm run build`)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const stamp = path.join(dist, ".built");

/** Newest modification time among the inputs of the build, in ms. */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  visit(path.join(root, "src"));
  for (const f of ["tsconfig.json", "tsconfig.build.json"]) newest = Math.max(newest, statSync(path.join(root, f)).mtimeMs);
  return newest;
}

function buildIfStale(force) {
  // An image or a package holds dist/ without src/: nothing to check.
  if (!existsSync(path.join(root, "src"))) return;
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (!force && builtAt >= newestSource()) return;
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) {
    process.stderr.write("dist/ is older than src/ and TypeScript is not installed: run `npm ci` (with dev dependencies) or `npm run build`.\n");
    process.exit(1);
  }
  if (!force) process.stderr.write("Compiling the app (src/ changed since the last build)…\n");
  const started = new Date();
  // Files of deleted sources must not linger in dist/.
  rmSync(dist, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit", cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
  mkdirSync(dist, { recursive: true });
  writeFileSync(stamp, "");
  // The build's start, not its end: a file saved while it compiled makes the next start build again.
  utimesSync(stamp, started, started);
}

const [entry, ...args] = process.argv.slice(2);
buildIfStale(entry === "--build");
if (entry && !entry.startsWith("--")) {
  // The app reads its own arguments from process.argv.slice(2).
  process.argv.splice(2, process.argv.length, ...args);
  await import(pathToFileURL(path.join(dist, `${entry}.js`)).href);
}
