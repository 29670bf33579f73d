import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { createServer } from "node:net";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, Text, type Logger } from "../../src/index.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };
const options = { port: 0, view: "none", logger: quiet } as const;

test("appAsync resolves once listening, with url and port; close() ends every session", async () => {
  let closed = 0;
  const handle = await appAsync((page) => {
    page.onClose = () => void closed++;
    return page.add(new Text("hi"));
  }, options);
  assert.match(handle.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.ok(handle.port > 0);
  const ws = new WebSocket(`ws://127.0.0.1:${handle.port}/_weft/ws`);
  await new Promise((resolve) => ws.once("open", resolve));
  ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }]));
  await new Promise((resolve) => ws.once("message", resolve));
  await handle.close();
  assert.equal(closed, 1);
  await assert.rejects(fetch(handle.url));
});

test("a port in use is one clear error", async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  const port = (blocker.address() as { port: number }).port;
  await assert.rejects(appAsync(() => {}, { ...options, port }), {
    code: "server.port-in-use",
    message: `port ${port} on 127.0.0.1 is already in use; stop the other program or pass another port (0 picks a free one)`,
  });
  blocker.close();
});

test("bad options and a main that is not a function are named plainly", async () => {
  await assert.rejects(appAsync(() => {}, { ...options, port: 70_000 }), { code: "server.bad-option", message: /port must be an integer from 0 to 65535, got 70000/ });
  await assert.rejects(appAsync(() => {}, { ...options, prot: 1 } as never), { message: 'unknown app option "prot"; did you mean "port"?' });
  await assert.rejects(appAsync(() => {}, { ...options, view: "window" } as never), { message: /view must be "browser" or "none"/ });
  await assert.rejects(appAsync("main" as never, options), { message: "app(main) needs a function as main, got string" });
});

test("pages carry a CSP with no inline script but the boot script's hash, nosniff and a referrer policy", async () => {
  const handle = await appAsync(() => {}, options);
  try {
    for (const path of ["/", "/_weft/weft.js", "/no/such/route"]) {
      const response = await fetch(new URL(path, handle.url));
      const csp = response.headers.get("content-security-policy") ?? "";
      assert.match(csp, /script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.equal(response.headers.get("x-content-type-options"), "nosniff");
      assert.equal(response.headers.get("referrer-policy"), "same-origin");
    }
    const html = await (await fetch(handle.url)).text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    assert.equal(inline.length, 1, "one inline script: the boot script");
    const csp = (await fetch(handle.url)).headers.get("content-security-policy") ?? "";
    assert.ok(csp.includes(`'sha256-${createHash("sha256").update(inline[0]!).digest("base64")}'`), "allowed by its hash, and only it");
    assert.doesNotMatch(html, /\son\w+=/i, "no inline event attribute");
  } finally {
    await handle.close();
  }
});

test("a WebSocket from another origin is refused; the page's own origin and an allowed one are accepted", async () => {
  const handle = await appAsync(() => {}, { ...options, allowedOrigins: ["https://trusted.example"] });
  const attempt = (origin: string) =>
    new Promise<string>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${handle.port}/_weft/ws`, { origin });
      ws.once("open", () => (ws.close(), resolve("open")));
      ws.once("unexpected-response", (_req, res) => resolve(String(res.statusCode)));
      ws.once("error", () => resolve("error"));
    });
  try {
    assert.equal(await attempt("https://evil.example"), "403");
    assert.equal(await attempt(`http://127.0.0.1:${handle.port}`), "open");
    assert.equal(await attempt("https://trusted.example"), "open");
  } finally {
    await handle.close();
  }
});

test("an oversize frame closes that socket with 1009; other sessions are untouched", async () => {
  const handle = await appAsync((page) => page.add(new Text("ok")), { ...options, maxFrameBytes: 4096 });
  const open = async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${handle.port}/_weft/ws`);
    await new Promise((resolve) => ws.once("open", resolve));
    ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }]));
    return ws;
  };
  try {
    const [victim, bystander] = [await open(), await open()];
    const code = new Promise<number>((resolve) => victim.once("close", (c) => resolve(c)));
    victim.send(JSON.stringify(["event", { seq: 1, id: 1, name: "change", data: "x".repeat(10_000) }]));
    assert.equal(await code, 1009);
    const reply = new Promise<string>((resolve) =>
      bystander.on("message", (data) => String(data).includes("protocol.bad-json") && resolve(String(data))),
    );
    bystander.send(JSON.stringify(["ack", { seq: 1 }]));
    bystander.send("not json");
    assert.match(await reply, /^\["error",\{"code":"protocol.bad-json"/);
    bystander.close();
  } finally {
    await handle.close();
  }
});
