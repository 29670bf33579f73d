/** `page.userStorage` over HTTP and WebSocket: the signed cookie, the file store across a restart, and the refusal to start without a secret. */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, ErrorCode, FileStore, Text, WeftError, type Logger, type Page } from "../../src/index.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };
const SECRET = "s".repeat(16) + "0123456789abcdef";

/** Counts this browser's visits in user storage and shows the count. */
async function visits(page: Page): Promise<void> {
  const storage = page.userStorage.typed<{ visits: number }>();
  const count = ((await storage.get("visits")) ?? 0) + 1;
  await storage.set("visits", count);
  await page.add(new Text(`visit ${count}`));
}

/**
 * Requests the page: its `weft_user` cookie, and the visit its first paint shows (the server
 * paints the page, so the page request runs `main` with the browser's id: a visit).
 */
async function pageVisit(port: number, headers: Record<string, string> = {}): Promise<{ cookie: string; shown: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  const html = await res.text();
  return { cookie: res.headers.getSetCookie().find((c) => c.startsWith("weft_user=")) ?? "", shown: /visit \d+/.exec(html)?.[0] ?? `no visit in the page: ${html.slice(0, 300)}` };
}

/** The cookie's `name=value` pair, as a browser sends it back. */
function pairOf(cookie: string): string {
  return cookie.split(";")[0]!;
}

/** Opens a tab's socket with `cookie` and resolves to the text it shows. */
async function shown(port: number, cookie: string): Promise<string> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`, { headers: { cookie } });
  const frames: string[] = [];
  ws.on("message", (data) => void frames.push(String(data)));
  await new Promise((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("error", reject);
  });
  ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }]));
  const deadline = Date.now() + 5000;
  let text: string | undefined;
  while (!(text = /visit \d+|cannot run[^"]*/.exec(frames.join("\n"))?.[0]) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  ws.close();
  return text ?? `nothing shown: ${frames.join("\n")}`;
}

test("the page sets an HttpOnly, SameSite=Lax, signed cookie (Secure over https) and renews the one it was sent", async () => {
  const handle = await appAsync(visits, { port: 0, view: "none", logger: quiet, storageSecret: SECRET });
  try {
    const first = await pageVisit(handle.port);
    assert.match(first.cookie, /^weft_user=[0-9a-f]{32}\.[A-Za-z0-9_-]+; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/);
    assert.equal(first.shown, "visit 1", "the page request's session has the new browser's id");
    assert.match((await pageVisit(handle.port, { "x-forwarded-proto": "https" })).cookie, /; Secure$/);
    const pair = pairOf(first.cookie);
    const again = await pageVisit(handle.port, { cookie: pair });
    assert.equal(pairOf(again.cookie), pair, "the same browser keeps its id");
    assert.equal(again.shown, "visit 2", "the page request's session reads the browser's user storage");
    assert.equal(await shown(handle.port, pair), "visit 3", "a tab's socket sees the data of the browser's page requests");
    const other = await pageVisit(handle.port);
    assert.equal(other.shown, "visit 1", "another browser has its own");
    assert.equal(await shown(handle.port, pairOf(other.cookie)), "visit 2");
    const forged = pair.replace(/\.[A-Za-z0-9_-]+$/, ".forged");
    assert.match(await shown(handle.port, forged), /cannot run: this browser sent no valid user cookie/);
  } finally {
    await handle.close();
  }
});

test("with a FileStore, user storage survives a restart of the server", async () => {
  const dir = mkdtempSync(join(tmpdir(), "weft-user-"));
  try {
    const first = await appAsync(visits, { port: 0, view: "none", logger: quiet, storageSecret: SECRET, userStore: new FileStore(dir) });
    let pair: string;
    try {
      const page = await pageVisit(first.port);
      assert.equal(page.shown, "visit 1");
      pair = pairOf(page.cookie);
      assert.equal(await shown(first.port, pair), "visit 2");
    } finally {
      await first.close();
    }
    assert.equal(readdirSync(dir).filter((f) => f.endsWith(".json")).length, 1);
    const second = await appAsync(visits, { port: 0, view: "none", logger: quiet, storageSecret: SECRET, userStore: new FileStore(dir) });
    try {
      assert.equal(await shown(second.port, pair), "visit 3");
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("user storage outside development refuses to start without storageSecret; without any storage option, page.userStorage says what to set", async () => {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await assert.rejects(
      appAsync(visits, { port: 0, view: "none", logger: quiet, userStore: new FileStore(mkdtempSync(join(tmpdir(), "weft-user-"))) }),
      (e: unknown) => e instanceof WeftError && e.code === ErrorCode.badOption && /needs the storageSecret option outside development/.test(e.message),
    );
    await assert.rejects(appAsync(visits, { port: 0, view: "none", logger: quiet, storageSecret: "short" }), /at least 32 characters/);
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
  await assert.rejects(
    appAsync(visits, { port: 0, view: "none", logger: quiet, host: "0.0.0.0", userStore: new FileStore(mkdtempSync(join(tmpdir(), "weft-user-"))) }),
    /outside development/,
    "a non-loopback host is not development",
  );
  const dev = await appAsync(visits, { port: 0, view: "none", logger: quiet });
  try {
    assert.match(await shown(dev.port, ""), /cannot run: the app has no user storage: give it the storageSecret option/);
  } finally {
    await dev.close();
  }
});
