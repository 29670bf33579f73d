/**
 * `npm test`: installs what is missing (npm packages, Debian's chromium, redis-server and haproxy), then runs every
 * `test/**\/*.test.ts` with `node --test` through tsx. Node 20 has no test globs, so the files are
 * found here and passed explicitly, sorted. The TAP reporter is forced so the closing summary reads
 * `# pass N` / `# fail N` whether or not stdout is a terminal. The exit code is node's.
 *
 * Extra arguments are passed to `node --test` (e.g. `npm test -- --test-name-pattern=countdown`);
 * arguments ending in `.test.ts` replace the file list.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ensureChromium, ensureDeps, ensureHaproxy, ensureRedis, orExit, root } from "./ensure.mjs";

/** Every `*.test.ts` under `dir`, as repo-relative paths with forward slashes, sorted. */
function findTests(dir) {
  const found = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(path);
      else if (entry.isFile() && entry.name.endsWith(".test.ts")) found.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return found.sort();
}

orExit(() => {
  ensureDeps();
  ensureChromium();
  ensureRedis();
  ensureHaproxy();
});

const extra = process.argv.slice(2);
const chosen = extra.filter((arg) => arg.endsWith(".test.ts"));
const files = chosen.length > 0 ? chosen : findTests(join(root, "test"));
const flags = extra.filter((arg) => !arg.endsWith(".test.ts"));

const child = spawn(
  process.execPath,
  ["--conditions=source", "--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=tap", ...flags, ...files],
  { cwd: root, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
