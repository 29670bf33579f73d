/**
 * `weft run --watch` as a user runs it: `bin/weft.js` in a child process on an app in a temporary
 * folder, spoken to over real HTTP and WebSockets. Editing a file the app imports moves the open
 * tab to the new app process (`move`, `moved`) and the next connection runs the new `main`; a syntax
 * error and an exception at startup answer the socket with a `dev.problem` frame (file, line,
 * message) and the page load with an error page; a fix brings the app back. A killed watcher
 * leaves no app process behind. The save-to-new-page times are reported as diagnostics (timing
 * goes in bench/, not in assertions).
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { request as httpRequest } from "node:http";
import { writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { test } from "node:test";
import { WebSocket } from "ws";
import { CloseCode, DevCode } from "../src/protocol/index.js";
import { alive, ROOT, startWatchedApp, until, WATCH_TIMEOUT_MS } from "./watched-app.js";

const BIN = join(ROOT, "bin", "weft.js");

/** One tab's socket: the frames it received and how it closed. */
interface Tab {
  frames: string[];
  closed: Promise<number>;
  socket: WebSocket;
}

function openTab(port: number): Tab {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`);
  const frames: string[] = [];
  socket.on("message", (data) => {
    frames.push(String(data));
    // As the browser does: a move is answered with bye (then `moved` comes, and the tab reconnects).
    if (String(data).startsWith('["move"')) socket.send(JSON.stringify(["bye", {}]));
  });
  socket.on("open", () => socket.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }])));
  socket.on("error", () => {});
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  return { frames, closed, socket };
}

function frameMatching(tab: Tab, pattern: RegExp): string | undefined {
  return tab.frames.find((frame) => pattern.test(frame));
}

async function closeCode(tab: Tab, what: string): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), WATCH_TIMEOUT_MS)));
  return Promise.race([tab.closed, timeout]).finally(() => clearTimeout(timer));
}

/** The status of `GET /` with a `Host` header of `host`. */
function statusWithHost(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: "/", headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

const messageSource = (text: string) => `export const message: string = ${JSON.stringify(text)};\n`;

test("weft run --watch restarts on a change to an imported file, shows a syntax or startup error, and recovers", async (t) => {
  const app = await startWatchedApp(messageSource("version one"));
  let appPids: number[] = [];
  try {
    const page = await fetch(app.url, { signal: AbortSignal.timeout(WATCH_TIMEOUT_MS) });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<meta name="weft-ws"/);

    const first = openTab(app.port);
    await until("version one on the first tab", () => frameMatching(first, /version one/));
    // The standby (the next child, loaded ahead) is there too; give it the time an edit takes.
    appPids = await until("the app process and its standby", () => (app.appPids().length === 2 ? app.appPids() : undefined));
    await new Promise((r) => setTimeout(r, 1500));

    // A change to an imported file: the open tab is moved to the new child (its page.session goes
    // along, sealed), and the next connection runs the new main.
    let saved = Date.now();
    await app.setMessage(messageSource("version two"));
    await until("the move to the new child", () => frameMatching(first, /^\["moved",\{/));
    assert.ok(frameMatching(first, /^\["move",\{"restart":true\}\]$/), "a restart's move, which the browser shows no notice for");
    assert.equal(await closeCode(first, "the first tab to be closed"), CloseCode.normal);
    const second = openTab(app.port);
    await until("version two on a new tab", () => frameMatching(second, /version two/));
    t.diagnostic(`save to new main's first patch: ${Date.now() - saved} ms`);
    await until("the old app process to stop", () => (appPids.every(alive) ? undefined : true));
    appPids = await until("the app process and a new standby", () => (app.appPids().length === 2 ? app.appPids() : undefined));
    await new Promise((r) => setTimeout(r, 1500));

    // A syntax error: the tab's socket is answered with the problem, the page with an error page.
    await app.setMessage(`export const message: string = "version" three";\n`);
    assert.equal(await closeCode(second, "the second tab to be closed"), CloseCode.restarted);
    const broken = openTab(app.port);
    const problem = await until("a dev.problem frame", () => frameMatching(broken, new RegExp(DevCode.problem)));
    const body = JSON.parse(problem)[1] as { code: string; message: string; fatal: boolean };
    assert.equal(body.fatal, false);
    assert.match(body.message, /^message\.ts:1:\d+: Expected ";" but found "three"/);
    const errorPage = await fetch(app.url, { signal: AbortSignal.timeout(WATCH_TIMEOUT_MS) });
    assert.equal(errorPage.status, 500);
    assert.match(await errorPage.text(), /message\.ts:1:\d+: Expected &#34;;&#34; but found &#34;three&#34;/);
    // Another site's page (DNS rebinding) cannot read the problem.
    assert.equal(await statusWithHost(app.port, "evil.example"), 421);
    const foreign = new WebSocket(`ws://127.0.0.1:${app.port}/_weft/ws`, { origin: "http://evil.example" });
    const refusal = await new Promise<number>((resolve) => {
      foreign.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      foreign.on("open", () => resolve(101));
      foreign.on("error", () => {});
    });
    assert.equal(refusal, 403);
    await until("the old app process and the standby that failed to stop", () => (appPids.some(alive) ? undefined : true));
    await new Promise((r) => setTimeout(r, 1500));

    // Fixed: the socket holding the problem is closed as restarted, and the app serves again.
    saved = Date.now();
    await app.setMessage(messageSource("version three"));
    assert.equal(await closeCode(broken, "the problem's socket to be closed"), CloseCode.restarted);
    const fixed = openTab(app.port);
    await until("version three", () => frameMatching(fixed, /version three/));
    t.diagnostic(`fix to new main's first patch: ${Date.now() - saved} ms`);

    // An exception while the app file loads: its file and line, from the stack.
    await app.setMessage(`export const message: string = "x";\nthrow new Error("no message today");\n`);
    assert.equal(await closeCode(fixed, "the fixed tab to be closed"), CloseCode.restarted);
    const thrown = openTab(app.port);
    const startup = await until("the startup error", () => frameMatching(thrown, new RegExp(DevCode.problem)));
    assert.match((JSON.parse(startup)[1] as { message: string }).message, /^message\.ts:2:7: Error: no message today/);
    thrown.socket.terminate();

    // The app stops by itself while it serves: the next tab gets that, with what it printed last.
    await app.setMessage(`export const message: string = "leaving";\nsetTimeout(() => { console.error("bye from the app"); process.exit(3); }, 800);\n`);
    await until("the leaving app to serve and exit", () => (/the app exited with code 3 while it served/.test(app.output()) ? true : undefined));
    const after = openTab(app.port);
    const exited = await until("the exit as a problem", () => frameMatching(after, new RegExp(DevCode.problem)));
    assert.match((JSON.parse(exited)[1] as { message: string }).message, /^the app exited with code 3 while it served:\n(.*\n)*bye from the app$/);
    after.socket.terminate();

    // A start that never ends (a top-level await that hangs) gives way to the next save.
    await app.setMessage(`export const message: string = "stuck";\nawait new Promise(() => setInterval(() => {}, 1000));\n`);
    await new Promise((r) => setTimeout(r, 1500));
    await app.setMessage(messageSource("unstuck"));
    let unstuck = openTab(app.port);
    await until("the last problem or the app", () => frameMatching(unstuck, /unstuck|dev\.problem/));
    if (!frameMatching(unstuck, /unstuck/)) {
      // Opened while the exit was still the news: closed as restarted once the app serves.
      assert.equal(await closeCode(unstuck, "the problem's socket to be closed"), CloseCode.restarted);
      unstuck = openTab(app.port);
    }
    await until("the app after the hang", () => frameMatching(unstuck, /unstuck/));
    unstuck.socket.terminate();
    appPids = app.appPids();
  } finally {
    const code = await app.stop();
    assert.equal(code, 0, `the watcher exits cleanly on SIGTERM:\n${app.output()}`);
  }
  await until("every app process to stop", () => (appPids.some(alive) ? undefined : true), 5000);
});

test("the app processes stop by themselves when the watcher is killed; the app's own port is used; a port in use is one line and exit 1", async () => {
  const app = await startWatchedApp(messageSource("orphan?"));
  let appPids: number[] = [];
  try {
    appPids = await until("the app process and its standby", () => (app.appPids().length === 2 ? app.appPids() : undefined));
    process.kill(app.child.pid!, "SIGKILL");
    await until("the app processes to stop once their watcher is gone", () => (appPids.some(alive) ? undefined : true));

    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    try {
      const port = (busy.address() as AddressInfo).port;
      const result = spawnSync(process.execPath, [BIN, "run", "--watch", "app.ts", "--port", String(port), "--no-open"], {
        cwd: app.dir,
        encoding: "utf8",
        timeout: WATCH_TIMEOUT_MS,
        env: { ...process.env, CI: "1" },
      });
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.stderr, `weft: port ${port} on 127.0.0.1 is already in use; stop the other program or pass another port (0 picks a free one)\n`);
    } finally {
      busy.close();
    }

    // Without --port, the watcher listens where the app's own options ask.
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, "127.0.0.1", resolve));
    const asked = (free.address() as AddressInfo).port;
    await new Promise((resolve) => free.close(resolve));
    await writeFile(
      join(app.dir, "asks.ts"),
      `import { app, Text } from ${JSON.stringify(join(ROOT, "src", "index.ts"))};\napp(async (page) => { await page.add(new Text("asked")); }, { port: ${asked}, view: "none" });\n`,
    );
    const watcher = spawn(process.execPath, [BIN, "run", "--watch", "asks.ts", "--no-open"], { cwd: app.dir, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    watcher.stdout!.on("data", (chunk) => (output += chunk));
    try {
      await until(`the URL with port ${asked} (${output})`, () => (output.includes(`http://127.0.0.1:${asked}/`) ? true : undefined));
      assert.equal((await fetch(`http://127.0.0.1:${asked}/`, { signal: AbortSignal.timeout(WATCH_TIMEOUT_MS) })).status, 200);
    } finally {
      const exited = once(watcher, "exit");
      watcher.kill("SIGTERM");
      await exited;
    }
  } finally {
    await app.stop();
  }
});
