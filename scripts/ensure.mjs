/**
 * Installs what a fresh clone is missing, so that `npm start` and `npm test` are the only two
 * commands a new user types. Plain Node ESM with no dependencies: it runs before `node_modules`
 * exists.
 *
 * - `ensureDeps()`: `npm ci` (or `npm install` without a lock) when `node_modules` is missing or
 *   older than `package-lock.json`.
 * - `ensureChromium()`: Debian's `chromium` through apt-get when `/usr/bin/chromium` is absent.
 *   Never Playwright's browser download: the tests drive the system browser (see DESIGN.md).
 * - `ensureRedis()`, `ensureHaproxy()`: Debian's `redis-server` and `haproxy` the same way (the
 *   weftjs/redis tests and the cluster test start them on 127.0.0.1).
 *
 * Run directly: `node scripts/ensure.mjs [--chromium] [--redis] [--build]` (`--redis`: what
 * `npm run bench` runs before the Redis fan-out benchmark). `--build` (what `npm run build`
 * runs) also bundles the browser client once and prints its assets: the servers bundle it in
 * memory at startup (docs/decisions/0003), so this only proves it builds; nothing is written.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync, utimesSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file lives in `scripts/`). */
export const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Where the browser tests expect Chromium. */
export const chromiumPath = "/usr/bin/chromium";

/** An installation step failed; the message says what to do. */
export class EnsureError extends Error {
  name = "EnsureError";
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : undefined;
}

function run(command, args, { label, ...options } = {}) {
  console.log(`> ${label ?? [command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) throw new EnsureError(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new EnsureError(`${label ?? [command, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}

function onPath(command) {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/**
 * Installs the npm dependencies when they are missing or stale. Stale means `package-lock.json`
 * changed after the last install (npm stamps `node_modules/.package-lock.json` on every install).
 */
export function ensureDeps() {
  const modules = join(root, "node_modules");
  const lock = join(root, "package-lock.json");
  const installed = mtime(join(modules, ".package-lock.json")) ?? mtime(modules);
  const locked = mtime(lock);
  if (installed !== undefined && (locked === undefined || installed >= locked)) return;

  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  if (locked === undefined) run(npm, ["install", "--no-audit", "--no-fund"]);
  else run(npm, ["ci", "--no-audit", "--no-fund"]);
  // `npm install` may rewrite the lock after node_modules; stamp the install as the newer of the two.
  const now = new Date();
  const stamp = existsSync(join(modules, ".package-lock.json")) ? join(modules, ".package-lock.json") : modules;
  utimesSync(stamp, now, now);
}

let aptUpdated = false;

/** Installs Debian's package `pkg` through apt-get when `binary` (an absolute path) is absent. */
function ensureDebian(binary, pkg, purpose) {
  if (existsSync(binary)) return;
  if (!onPath("apt-get")) {
    throw new EnsureError(`${binary} is missing and apt-get is not available: install ${pkg} (${purpose}) so that ${binary} exists, then run npm test again`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // One package list refresh per run, however many packages are missing.
  if (!aptUpdated) run("apt-get", ["update"], { env });
  aptUpdated = true;
  run("apt-get", ["install", "-y", pkg], { env });
  if (!existsSync(binary)) throw new EnsureError(`apt-get installed ${pkg}, but ${binary} is still missing`);
}

/** Installs Debian's `chromium` through apt-get when `/usr/bin/chromium` is absent. */
export function ensureChromium() {
  ensureDebian(chromiumPath, "chromium", "the browser tests drive it");
}

/** Where the Redis tests (weftjs/redis, the cluster test) expect the server. */
export const redisServerPath = "/usr/bin/redis-server";
/** Where the cluster test expects the load balancer. */
export const haproxyPath = "/usr/sbin/haproxy";

/** Installs Debian's `redis-server` through apt-get when it is absent. */
export function ensureRedis() {
  ensureDebian(redisServerPath, "redis-server", "the weftjs/redis tests start one on 127.0.0.1");
}

/** Installs Debian's `haproxy` through apt-get when it is absent. */
export function ensureHaproxy() {
  ensureDebian(haproxyPath, "haproxy", "the cluster test balances two processes with it");
}

/** Runs `fn`; an `EnsureError` becomes one clear line on stderr and exit code 1. */
export function orExit(fn) {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof EnsureError)) throw error;
    console.error(`weft: ${error.message}`);
    process.exit(1);
  }
}

/** Bundles the client in memory, as a server does at startup, and lists what it produced. */
export function checkClientBuild() {
  const script = `
    const { clientAssets } = await import("./src/server/client-assets.ts");
    for (const [path, asset] of await clientAssets()) console.log(\`  \${path}  \${(asset.body.byteLength / 1024).toFixed(1)} KB\`);
  `;
  run(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], { label: "bundling the client (in memory)" });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  orExit(() => {
    ensureDeps();
    if (process.argv.includes("--chromium")) ensureChromium();
    if (process.argv.includes("--redis")) ensureRedis();
    if (process.argv.includes("--build")) checkClientBuild();
  });
}
