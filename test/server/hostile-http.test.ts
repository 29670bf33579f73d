/**
 * Hostile HTTP clients, with raw `net` sockets: nothing one sends ends the process, and after
 * each attack a well-behaved client still gets the page and its session's first patch. Also the
 * Host and Origin rules (DNS rebinding) and the per-address caps and timeouts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { WebSocket } from "ws";
import {
  assertServed,
  getPage,
  helloSocket,
  HELLO,
  rawExchange,
  rawSocket,
  recordingLogger,
  request,
  startApp,
  statusOf,
  upgradeHeaders,
} from "./hostile-client.js";

test("upgrade targets that are no URL (//[, http://[, //%, http://a:99999/) get 400; the server serves on", async () => {
  const { logger, errors } = recordingLogger();
  const handle = await startApp({ logger });
  try {
    for (const target of ["//[", "http://[", "//%", "http://a:99999/"]) {
      // As reproduced: no Origin, no key.
      const bare = [["Host", `127.0.0.1:${handle.port}`], ["Connection", "Upgrade"], ["Upgrade", "websocket"]] as [string, string][];
      for (const headers of [bare, upgradeHeaders(handle.port)]) {
        const { response, closedByServer } = await rawExchange(handle.port, request(`GET ${target} HTTP/1.1`, headers));
        assert.equal(statusOf(response), 400, `${target}: ${response}`);
        assert.ok(closedByServer);
      }
      const page = await rawExchange(handle.port, request(`GET ${target} HTTP/1.1`, [["Host", `127.0.0.1:${handle.port}`]]));
      assert.equal(statusOf(page.response), 400, `page request for ${target}`);
      assert.ok(page.closedByServer, "and closed");
      await assertServed(handle.port);
    }
    assert.deepEqual(errors, []);
  } finally {
    await handle.close();
  }
});

test("refused upgrades whose client resets at once, 300 times over, do not end the process", async () => {
  const { logger, warnings } = recordingLogger();
  const handle = await startApp({ logger });
  try {
    const foreign = request("GET /_weft/ws HTTP/1.1", upgradeHeaders(handle.port, [["Origin", "http://evil.example"]]));
    const elsewhere = request("GET /not/the/socket HTTP/1.1", upgradeHeaders(handle.port));
    const noKey = request("GET /_weft/ws HTTP/1.1", [["Host", `127.0.0.1:${handle.port}`], ["Connection", "Upgrade"], ["Upgrade", "websocket"]]);
    for (let i = 0; i < 100; i++) {
      await Promise.all([foreign, elsewhere, noKey].map((bytes) => rawExchange(handle.port, bytes, { reset: true })));
    }
    await assertServed(handle.port);
    assert.equal(warnings.filter((w) => w.includes("origin")).length, 1, "one warning per address per minute, not one per socket");
    // And refused ones that stay to read get a status.
    assert.equal(statusOf((await rawExchange(handle.port, foreign)).response), 403);
    assert.equal(statusOf((await rawExchange(handle.port, elsewhere)).response), 404);
    assert.equal(statusOf((await rawExchange(handle.port, noKey)).response), 400);
  } finally {
    await handle.close();
  }
});

test("requests that are not HTTP get 400, or at most a closed socket, and the server serves on", async () => {
  const { logger, errors } = recordingLogger();
  const handle = await startApp({ logger });
  try {
    const attacks = [
      "\x00\x01\x02 junk\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
      `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
      "GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
      "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    ];
    for (const bytes of attacks) {
      const { response, closedByServer } = await rawExchange(handle.port, bytes);
      assert.ok(closedByServer || statusOf(response) !== undefined, JSON.stringify(bytes.slice(0, 60)));
      const status = statusOf(response);
      assert.ok(status === undefined || status >= 400, `${JSON.stringify(bytes.slice(0, 60))} got ${status}`);
      await assertServed(handle.port);
    }
    assert.deepEqual(errors, []);
  } finally {
    await handle.close();
  }
});

test("a page request for a Host the server does not answer to gets 421; a socket for it gets 403 (DNS rebinding)", async () => {
  const { logger, warnings } = recordingLogger();
  const handle = await startApp({ logger });
  const port = handle.port;
  try {
    const page = await getPage(port, "/", "127.0.0.1", { Host: "evil.example" });
    assert.equal(page.status, 421);
    assert.match(page.body.toString(), /does not answer to the host "evil\.example".*allowedHosts/);
    assert.equal((await getPage(port, "/_weft/weft.js", "127.0.0.1", { Host: `evil.example:${port}` })).status, 421, "assets too");
    const rebound = await rawExchange(port, request("GET /_weft/ws HTTP/1.1", upgradeHeaders(port, [["Origin", "http://evil.example"]]).map(([n, v]) => (n === "Host" ? [n, "evil.example"] : [n, v]))));
    assert.equal(statusOf(rebound.response), 403);
    assert.ok(warnings.some((w) => w.includes('host "evil.example"')));
    for (const host of [`localhost:${port}`, `LOCALHOST:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, "localhost"]) {
      assert.equal((await getPage(port, "/", "127.0.0.1", { Host: host })).status, 200, host);
    }
  } finally {
    await handle.close();
  }
});

/** Opens a WebSocket with these Host and Origin headers; "open" or the refusal's status. */
function attempt(port: number, origin: string | undefined, host = `127.0.0.1:${port}`): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`, { ...(origin ? { origin } : {}), headers: { Host: host } });
    ws.once("open", () => (ws.close(), resolve("open")));
    ws.once("unexpected-response", (req, res) => (req.destroy(), resolve(String(res.statusCode))));
    ws.once("error", () => resolve("error"));
  });
}

test("a socket's Origin must be the page's own origin, scheme, host and port, or in allowedOrigins", async () => {
  const handle = await startApp({ logger: recordingLogger().logger, allowedOrigins: ["https://trusted.example"] });
  const port = handle.port;
  try {
    assert.equal(await attempt(port, `http://127.0.0.1:${port}`), "open");
    assert.equal(await attempt(port, `http://LocalHost:${port}`, `localhost:${port}`), "open", "host compared without case");
    assert.equal(await attempt(port, undefined), "open", "no Origin: not a browser");
    assert.equal(await attempt(port, `https://127.0.0.1:${port}`), "403", "another scheme is another origin");
    assert.equal(await attempt(port, `http://127.0.0.1:${port + 1}`), "403", "another port is another origin");
    assert.equal(await attempt(port, `http://localhost:${port}`), "403", "an allowed host, but not this page's");
    assert.equal(await attempt(port, "https://trusted.example"), "open");
    assert.equal(await attempt(port, "null"), "403");
    assert.equal(await attempt(port, "http://evil.example", "evil.example"), "403");
  } finally {
    await handle.close();
  }
});

test("allowedHosts names the hosts answered: exact, with a port, a domain's subdomains, or any", async () => {
  const logger = recordingLogger().logger;
  const handle = await startApp({ logger, allowedHosts: ["app.example", "pinned.example:8443", ".corp.example"] });
  const status = async (host: string) => (await getPage(handle.port, "/", "127.0.0.1", { Host: host })).status;
  try {
    assert.equal(await status("app.example"), 200);
    assert.equal(await status("APP.example:9000"), 200, "an entry without a port allows any port");
    assert.equal(await status("pinned.example:8443"), 200);
    assert.equal(await status("pinned.example:8444"), 421);
    assert.equal(await status("corp.example"), 200);
    assert.equal(await status("a.b.corp.example"), 200);
    assert.equal(await status("evilcorp.example"), 421);
    assert.equal(await status(`127.0.0.1:${handle.port}`), 421, "the defaults are replaced");
    assert.equal(await attempt(handle.port, "http://app.example", "app.example"), "open");
  } finally {
    await handle.close();
  }
  const any = await startApp({ logger, allowedHosts: ["*"] });
  try {
    assert.equal((await getPage(any.port, "/", "127.0.0.1", { Host: "whatever.example" })).status, 200);
  } finally {
    await any.close();
  }
});

test("off loopback the default answers any IP address and localhost, never a domain name, and says so at start", async () => {
  const { logger, warnings } = recordingLogger();
  const handle = await startApp({ logger, host: "0.0.0.0" });
  const status = async (host: string) => (await getPage(handle.port, "/", "127.0.0.1", { Host: host })).status;
  try {
    assert.equal(await status(`10.1.2.3:${handle.port}`), 200);
    assert.equal(await status(`[fe80::1]:${handle.port}`), 200);
    assert.equal(await status(`localhost:${handle.port}`), 200);
    assert.equal(await status(`evil.example:${handle.port}`), 421);
    assert.equal(warnings.filter((w) => w.includes("set allowedHosts")).length, 1);
  } finally {
    await handle.close();
  }
});

/** Waits (at most 2 s) until the server has seen a client's sockets close and serves it again. */
async function untilServed(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const page = await getPage(port).catch(() => undefined);
    if (page?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await assertServed(port);
}

/** Opens `count` connections from 127.0.0.1 that each send half a request; resolves once each was answered or is being held. */
async function halfSent(port: number, count: number) {
  const sockets = await Promise.all(Array.from({ length: count }, () => rawSocket(port)));
  const outcomes = sockets.map((socket) => {
    socket.on("error", () => {});
    const chunks: Buffer[] = [];
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `);
    return new Promise<string>((resolve) => socket.once("close", () => resolve(Buffer.concat(chunks).toString("latin1"))));
  });
  return { sockets, outcomes };
}

test("200 half-sent requests from one address: 64 are held, the rest refused at once with one log line; another address is served", async () => {
  const { logger, warnings } = recordingLogger();
  const handle = await startApp({ logger });
  try {
    const { sockets, outcomes } = await halfSent(handle.port, 200);
    const refused: string[] = [];
    // The refused ones close at once; the held ones wait (for the default 10 s header timeout).
    await new Promise<void>((resolve) => {
      outcomes.forEach((o) => void o.then((r) => refused.push(r) === 136 && resolve()));
    });
    assert.equal(sockets.filter((s) => !s.closed).length, 64);
    assert.ok(refused.every((r) => r === "" || (statusOf(r) === 429 && /\r\nRetry-After: \d+\r\n/.test(r))), refused.find((r) => statusOf(r) !== 429));
    assert.ok(refused.some((r) => statusOf(r) === 429));
    await assertServed(handle.port, "127.0.0.2");
    const own = await getPage(handle.port).catch(() => undefined);
    assert.ok(own === undefined || own.status === 429, "127.0.0.1 itself is at its cap");
    assert.equal(warnings.filter((w) => w.includes("maxConnectionsPerClient")).length, 1, warnings.join("\n"));
    for (const s of sockets) s.destroy();
    await Promise.all(outcomes);
    await untilServed(handle.port);
  } finally {
    await handle.close();
  }
});

test("slowloris sockets that dribble their headers are closed by the header timeout, with 408", async () => {
  const handle = await startApp({ logger: recordingLogger().logger, headersTimeoutMs: 300, requestTimeoutMs: 600 });
  try {
    const { sockets, outcomes } = await halfSent(handle.port, 20);
    const dribble = setInterval(() => sockets.forEach((s) => s.writable && s.write("a")), 50);
    const answers = await Promise.all(outcomes);
    clearInterval(dribble);
    assert.equal(answers.filter((a) => statusOf(a) === 408).length, 20, answers.join("\n"));
    const silent = await rawExchange(handle.port, "", { waitMs: 10_000 });
    assert.ok(silent.closedByServer, "a socket that sends nothing is closed too");
    await assertServed(handle.port);
  } finally {
    await handle.close();
  }
});

test("sockets that never say hello: 16 per address wait, more are refused with 429; hello frees a place", async () => {
  const { logger, warnings } = recordingLogger();
  const handle = await startApp({ logger });
  const open = (localAddress = "127.0.0.1") =>
    new Promise<WebSocket | number>((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${handle.port}/_weft/ws`, { localAddress });
      ws.once("open", () => resolve(ws));
      ws.once("unexpected-response", (req, res) => {
        assert.match(String(res.headers["retry-after"]), /^\d+$/);
        req.destroy();
        resolve(res.statusCode ?? 0);
      });
      ws.once("error", reject);
    });
  try {
    const results = await Promise.all(Array.from({ length: 40 }, () => open()));
    const waiting = results.filter((r): r is WebSocket => typeof r !== "number");
    assert.equal(waiting.length, 16);
    assert.deepEqual(new Set(results.filter((r) => typeof r === "number")), new Set([429]));
    assert.equal(warnings.filter((w) => w.includes("maxPendingSocketsPerClient")).length, 1);
    await assertServed(handle.port, "127.0.0.2");
    assert.equal(await open(), 429);
    const first = new Promise((resolve) => waiting[0]!.once("message", resolve));
    waiting[0]!.send(HELLO);
    await first;
    const next = await open();
    assert.ok(next instanceof WebSocket, "a hello frees a place");
    for (const ws of [...waiting, next]) ws.terminate();
    (await helloSocket(handle.port)).close();
  } finally {
    await handle.close();
  }
});

test("HTTP options are checked with a clear error", async () => {
  await assert.rejects(startApp({ maxConnectionsPerClient: 0 }), { code: "server.bad-option", message: "maxConnectionsPerClient must be an integer of at least 1, got 0" });
  await assert.rejects(startApp({ headersTimeoutMs: 5000, requestTimeoutMs: 1000 }), { message: /headersTimeoutMs \(5000\) must not exceed requestTimeoutMs \(1000\)/ });
  await assert.rejects(startApp({ allowedHosts: "localhost" as never }), { message: /allowedHosts must be a non-empty array of host names/ });
  await assert.rejects(startApp({ allowedHosts: ["https://app.example/"] }), { message: /allowedHosts entries are host names .* got "https:\/\/app\.example\/"/ });
  await assert.rejects(startApp({ allowedOrigins: ["app.example"] }), { message: /allowedOrigins entries are origins like "https:\/\/app\.example\.com"/ });
  await assert.rejects(startApp({ keepAliveTimeoutMs: 1.5 }), { message: "keepAliveTimeoutMs must be an integer of at least 1, got 1.5" });
});
