/**
 * `weft run --watch` as a user runs it: `bin/weft.js` in a child process on an app in a temporary
 * folder, spoken to over real HTTP and WebSockets. Editing a file the app imports closes the open
 * tab's socket with `CloseCode.restarted` and the next connection runs the new `main`; a syntax
 * error and an exception at startup answer the socket with a `dev.problem` frame (file, line,
 * message) and the page load with an error page; a fix brings the app back. The save-to-new-page
 * times are reported as diagnostics (timing goes in bench/, not in assertions).
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { WebSocket } from "ws";
import { CloseCode, DevCode } from "../src/protocol/index.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin", "weft.js");
const TIMEOUT_MS = 30_000;

const folders: string[] = [];
after(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** One tab's socket: the frames it received and how it closed. */
interface Tab {
  frames: string[];
  closed: Promise<number>;
  socket: WebSocket;
}

function openTab(port: number): Tab {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`);
  const frames: string[] = [];
  socket.on("message", (data) => frames.push(String(data)));
  socket.on("open", () => socket.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }])));
  socket.on("error", () => {});
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  return { frames, closed, socket };
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function frameMatching(tab: Tab, pattern: RegExp): string | undefined {
  return tab.frames.find((frame) => pattern.test(frame));
}

async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The pids of a process's children that run the app (Linux; the watcher's esbuild service is left out). */
function appProcessesOf(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return children.filter((child) => readFileSync(`/proc/${child}/cmdline`, "utf8").includes("weft.js"));
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  process.kill(child.pid!, "SIGTERM");
  const force = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS / 2);
  await exited;
  clearTimeout(force);
}

test("weft run --watch restarts on a change to an imported file, shows a syntax or startup error, and recovers", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "weft-watch-app-"));
  folders.push(dir);
  const message = join(dir, "message.ts");
  await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  await writeFile(message, `export const message: string = "version one";\n`);
  await writeFile(
    join(dir, "app.ts"),
    `import { app, Text, type Page } from ${JSON.stringify(join(ROOT, "src", "index.ts"))};\n` +
      `import { message } from "./message.js";\n` +
      `app(async (page: Page) => { await page.add(new Text(message)); });\n`,
  );

  const child = spawn(process.execPath, [BIN, "run", "--watch", "app.ts", "--port", "0", "--no-open"], {
    cwd: dir,
    env: { ...process.env, CI: "1", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  let appPids: number[] = [];
  try {
    const url = await until(`the URL (stdout: ${stdout}, stderr: ${stderr})`, () => /http:\/\/127\.0\.0\.1:(\d+)\/\S*/.exec(stdout)?.[0]);
    const port = Number(new URL(url).port);
    assert.notEqual(port, 0);
    const page = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<meta name="weft-ws"/);

    const first = openTab(port);
    await until("version one on the first tab", () => frameMatching(first, /version one/));
    appPids = appProcessesOf(child.pid!);

    // A change to an imported file: the open tab is told the app restarted, the next one runs the new main.
    let saved = Date.now();
    await writeFile(message, `export const message: string = "version two";\n`);
    assert.equal(await withTimeout(first.closed, "the first tab to be closed"), CloseCode.restarted);
    const second = openTab(port);
    await until("version two on a new tab", () => frameMatching(second, /version two/));
    t.diagnostic(`save to new main's first patch: ${Date.now() - saved} ms`);
    await until("the old app process to stop", () => (appPids.some(alive) ? undefined : true));
    appPids = appProcessesOf(child.pid!);
    assert.equal(appPids.length, 1, "one app process runs");

    // A syntax error: the tab's socket is answered with the problem, the page with an error page.
    await writeFile(message, `export const message: string = "version" three";\n`);
    assert.equal(await withTimeout(second.closed, "the second tab to be closed"), CloseCode.restarted);
    const broken = openTab(port);
    const problem = await until("a dev.problem frame", () => frameMatching(broken, new RegExp(DevCode.problem)));
    const body = JSON.parse(problem)[1] as { code: string; message: string; fatal: boolean };
    assert.equal(body.fatal, false);
    assert.match(body.message, /^message\.ts:1:\d+: Expected ";" but found "three"/);
    const errorPage = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    assert.equal(errorPage.status, 500);
    assert.match(await errorPage.text(), /message\.ts:1:\d+: Expected &#34;;&#34; but found &#34;three&#34;/);
    await until("the old app process to stop", () => (appPids.some(alive) ? undefined : true));

    // Fixed: the socket holding the problem is closed as restarted, and the app serves again.
    saved = Date.now();
    await writeFile(message, `export const message: string = "version three";\n`);
    assert.equal(await withTimeout(broken.closed, "the problem's socket to be closed"), CloseCode.restarted);
    const fixed = openTab(port);
    await until("version three", () => frameMatching(fixed, /version three/));
    t.diagnostic(`fix to new main's first patch: ${Date.now() - saved} ms`);

    // An exception while the app file loads: its file and line, from the stack.
    await writeFile(message, `export const message: string = "x";\nthrow new Error("no message today");\n`);
    assert.equal(await withTimeout(fixed.closed, "the fixed tab to be closed"), CloseCode.restarted);
    const thrown = openTab(port);
    const startup = await until("the startup error", () => frameMatching(thrown, new RegExp(DevCode.problem)));
    assert.match((JSON.parse(startup)[1] as { message: string }).message, /^message\.ts:2:7: Error: no message today/);
    thrown.socket.terminate();
    appPids = appProcessesOf(child.pid!);
  } finally {
    await stop(child);
  }
  assert.equal(child.exitCode, 0, `the watcher exits cleanly on SIGTERM (stderr: ${stderr})`);
  await until("every app process to stop", () => (appPids.some(alive) ? undefined : true), 5000);
});
