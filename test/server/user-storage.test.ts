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

async function pageCookie(port: number, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  await res.text();
  return res.headers.getSetCookie().find((c) => c.startsWith("weft_user=")) ?? "";
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
    const cookie = await pageCookie(handle.port);
    assert.match(cookie, /^weft_user=[0-9a-f]{32}\.[A-Za-z0-9_-]+; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/);
    assert.match(await pageCookie(handle.port, { "x-forwarded-proto": "https" }), /; Secure$/);
    const pair = cookie.split(";")[0]!;
    assert.equal((await pageCookie(handle.port, { cookie: pair })).split(";")[0], pair, "the same browser keeps its id");
    assert.equal(await shown(handle.port, pair), "visit 1");
    assert.equal(await shown(handle.port, pair), "visit 2", "a second tab of the browser sees the first one's data");
    assert.equal(await shown(handle.port, (await pageCookie(handle.port)).split(";")[0]!), "visit 1", "another browser has its own");
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
      pair = (await pageCookie(first.port)).split(";")[0]!;
      assert.equal(await shown(first.port, pair), "visit 1");
      assert.equal(await shown(first.port, pair), "visit 2");
    } finally {
      // Closed whatever happened: a server left open keeps the test file from ending.
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
