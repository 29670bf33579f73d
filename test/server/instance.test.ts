/**
 * Sticky routing's parts on one process: the `weft_instance` cookie on every page response (the
 * option's id, or a random one), the health endpoint a balancer polls, a clear refusal of a bad
 * id, and a resume that reaches the wrong process starting a new session as after an expiry.
 */
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, createHandler, ErrorCode, Text, WeftError, type Logger, type Page } from "../../src/index.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };

function hello(page: Page): Promise<void> {
  return page.add(new Text(`hello from ${page.sessionId.slice(0, 4)}`)).then(() => undefined);
}

async function instanceCookie(url: string, headers: Record<string, string> = {}): Promise<string | undefined> {
  const res = await fetch(url, { headers });
  await res.text();
  return res.headers.getSetCookie().find((c) => c.startsWith("weft_instance="));
}

/** Sends `body` as the hello of a new socket; resolves to the first frames the server sends back. */
async function greet(port: number, body: Record<string, unknown>): Promise<string[]> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`);
  const frames: string[] = [];
  ws.on("message", (data) => void frames.push(String(data)));
  await new Promise((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("error", reject);
  });
  ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/", ...body }]));
  const deadline = Date.now() + 5000;
  while (!frames.some((f) => f.includes("hello from")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  ws.close();
  return frames;
}

test("every page response names the process in an HttpOnly weft_instance cookie; the health endpoint reports it and its sessions", async () => {
  const a = await appAsync(hello, { port: 0, host: "127.0.0.1", view: "none", logger: quiet, instanceId: "web-a" });
  const b = await appAsync(hello, { port: 0, host: "127.0.0.1", view: "none", logger: quiet });
  try {
    assert.equal(await instanceCookie(a.url), "weft_instance=web-a; Path=/; HttpOnly; SameSite=Lax");
    assert.equal(await instanceCookie(`${a.url}deep/link?x=1`), "weft_instance=web-a; Path=/; HttpOnly; SameSite=Lax", "deep links too");
    assert.match((await instanceCookie(a.url, { "x-forwarded-proto": "https" }))!, /; Secure$/);
    const random = await instanceCookie(b.url);
    assert.match(random!, /^weft_instance=[0-9a-f]{12}; /, "a random id when none is given");
    assert.equal(await instanceCookie(b.url), random, "the same for every response of one process");

    const before = await fetch(`${a.url}_weft/health`);
    assert.equal(before.status, 200);
    assert.equal(before.headers.get("cache-control"), "no-store");
    assert.deepEqual(await before.json(), { status: "ok", instance: "web-a", sessions: 0 });
    const frames = await greet(a.port, {});
    assert.ok(frames.some((f) => f.includes("hello from")), "a session started");
    const during = (await (await fetch(`${a.url}_weft/health`)).json()) as { sessions: number };
    assert.equal(during.sessions, 1, "the session is counted (it waits for its resume)");
  } finally {
    await a.close();
    await b.close();
  }
});

test("a resume that reaches the wrong process starts a new session there, as after an expiry", async () => {
  const a = await appAsync(hello, { port: 0, host: "127.0.0.1", view: "none", logger: quiet, instanceId: "a" });
  const b = await appAsync(hello, { port: 0, host: "127.0.0.1", view: "none", logger: quiet, instanceId: "b" });
  try {
    const first = await greet(a.port, {});
    const token = /"resume":"([^"]+)"|"token":"([^"]+)"/.exec(first.join("\n"));
    assert.ok(token, `the first process hands out a resume token: ${first.join("\n").slice(0, 300)}`);
    const elsewhere = await greet(b.port, { resume: token[1] ?? token[2], ack: 1 });
    assert.ok(elsewhere.some((f) => f.includes("hello from")), `the second process ran main for a new session: ${elsewhere.join("\n").slice(0, 300)}`);
  } finally {
    await a.close();
    await b.close();
  }
});

test("instanceId is checked: a cookie-unsafe or empty id is refused with the rule", async () => {
  for (const bad of ["", "a b", "x;y", "é", "a".repeat(65), 42]) {
    await assert.rejects(
      appAsync(hello, { port: 0, view: "none", logger: quiet, instanceId: bad as string }),
      (error: unknown) => error instanceof WeftError && error.code === ErrorCode.badOption && /instanceId must be 1 to 64 letters, digits, "-" or "_"/.test(error.message),
      JSON.stringify(bad),
    );
  }
});

test("under createHandler's basePath the cookie's Path and the health endpoint follow the mount", async () => {
  const weft = await createHandler(hello, { basePath: "/app", instanceId: "embedded", logger: quiet });
  const server = createServer((req, res) => weft.listener(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/app/`;
    assert.equal(await instanceCookie(base), "weft_instance=embedded; Path=/app/; HttpOnly; SameSite=Lax");
    assert.deepEqual(await (await fetch(`${base}_weft/health`)).json(), { status: "ok", instance: "embedded", sessions: 0 });
  } finally {
    await weft.close();
    await new Promise((r) => server.close(r));
  }
});
