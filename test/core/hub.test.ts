import assert from "node:assert/strict";
import { test } from "node:test";
import { ElevatedButton, SessionHub, Text, type Logger } from "../../src/core/index.js";
import { encodeFrame, PROTOCOL_VERSION, type Connection } from "../../src/protocol/index.js";
import { memoryConnectionPair, runApp } from "../../src/testing/index.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };

function connect(hub: SessionHub): { client: Connection; received: string[]; closed: Promise<[number, string]> } {
  const [server, client] = memoryConnectionPair();
  const received: string[] = [];
  client.onMessage = (frame) => void received.push(frame);
  const closed = new Promise<[number, string]>((resolve) => (client.onClose = (code, reason) => resolve([code, reason])));
  hub.accept(server);
  return { client, received, closed };
}

const hello = (v = PROTOCOL_VERSION) => encodeFrame(["hello", { v, width: 800, height: 600, route: "/" }]);
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

test("the handshake: welcome with a session id and a token, then the page with what main added, in one patch", async () => {
  const hub = new SessionHub((page) => page.add(new Text("hi")), { logger: quiet });
  const { client, received } = connect(hub);
  client.send(hello());
  await settle();
  const [welcome, first, ...rest] = received.map((f) => JSON.parse(f));
  assert.equal(welcome[0], "welcome");
  assert.match(welcome[1].session, /^[0-9a-f]{16}$/);
  assert.match(welcome[1].token, /^[0-9a-f]{32}$/, "128 random bits");
  assert.equal(first[1].seq, 1);
  assert.deepEqual(first[1].ops[0].slice(0, 4), ["insert", 0, "page", 0]);
  assert.deepEqual(first[1].ops[1].slice(0, 4), ["insert", 1, "controls", 0]);
  assert.equal(first[1].ops[1][4].p.value, "hi");
  assert.deepEqual(rest, [], "nothing else");
  await hub.close();
});

test("the page goes out at once even when main awaits before adding anything", async () => {
  let release!: () => void;
  const hub = new SessionHub(
    async (page) => {
      await new Promise<void>((resolve) => (release = resolve));
      await page.add(new Text("later"));
    },
    { logger: quiet },
  );
  const { client, received } = connect(hub);
  client.send(hello());
  await settle();
  const frames = received.map((f) => JSON.parse(f));
  assert.deepEqual(frames.map((f) => f[0]), ["welcome", "patch"]);
  assert.deepEqual(frames[1][1].ops.map((op: unknown[]) => op.slice(0, 4)), [["insert", 0, "page", 0]], "the empty page, while main waits");
  release();
  await settle();
  const last = JSON.parse(received.at(-1)!);
  assert.equal(last[1].seq, 2);
  assert.equal(last[1].ops[0][4].p.value, "later");
  await hub.close();
});

test("a connection whose first frame is bad, not hello, or of another version is refused and closed", async () => {
  const hub = new SessionHub(() => {}, { logger: quiet });
  for (const [first, code] of [
    ["garbage", "protocol.bad-json"],
    [encodeFrame(["ack", { seq: 1 }]), "protocol.hello-expected"],
    [hello(99), "protocol.version-mismatch"],
  ] as const) {
    const { client, received, closed } = connect(hub);
    client.send(first);
    const [closeCode] = await closed;
    assert.equal(closeCode, 1002);
    const [action, body] = JSON.parse(received[0]!);
    assert.equal(action, "error");
    assert.equal(body.code, code);
    assert.equal(body.fatal, true);
  }
  assert.equal(hub.sessions.size, 0);
  await hub.close();
});

test("a connection that never says hello is closed after the timeout", async () => {
  const hub = new SessionHub(() => {}, { logger: quiet, helloTimeoutMs: 10 });
  const { closed, received } = connect(hub);
  await closed;
  assert.equal(JSON.parse(received[0]!)[1].code, "protocol.hello-timeout");
  await hub.close();
});

test("a malformed frame mid-session gets an error frame; the session and its neighbours go on", async () => {
  let clicks = 0;
  const main = (page: import("../../src/core/index.js").Page) => page.add(new ElevatedButton("Go", { onClick: () => void clicks++ }));
  const a = await runApp(main);
  const b = await runApp(main);
  await a.sendRaw("{not json");
  await a.sendRaw('["event", {"seq": "x"}]');
  const errors = a.frames.filter((f) => f.frame[0] === "error").map((f) => (f.frame[1] as { code: string }).code);
  assert.deepEqual(errors, ["protocol.bad-json", "protocol.bad-body"]);
  assert.ok(a.logs.some((l) => l.level === "warn" && /rejected a frame \(protocol.bad-json\)/.test(l.message)));
  await a.click({ text: "Go" });
  await b.click({ text: "Go" });
  assert.equal(clicks, 2);
  await a.close();
  await b.close();
});

test("a replayed event (same seq) runs once", async () => {
  let clicks = 0;
  const pilot = await runApp((page) => page.add(new ElevatedButton("Once", { onClick: () => void clicks++ })));
  const id = pilot.get({ text: "Once" }).id;
  const frame = encodeFrame(["event", { seq: 1, id, name: "click" }]);
  await pilot.sendRaw(frame);
  await pilot.sendRaw(frame);
  assert.equal(clicks, 1);
  await pilot.close();
});

test("hub.close ends every session and refuses new connections", async () => {
  let closedSessions = 0;
  const hub = new SessionHub((page) => void (page.onClose = () => void closedSessions++), { logger: quiet });
  for (let i = 0; i < 3; i++) connect(hub).client.send(hello());
  await settle();
  assert.equal(hub.sessions.size, 3);
  await hub.close();
  assert.equal(closedSessions, 3);
  const late = connect(hub);
  const [code] = await late.closed;
  assert.equal(code, 1001);
});

test("one client address may hold at most maxSessionsPerClient sessions; the next is refused plainly", async () => {
  const hub = new SessionHub(() => {}, { logger: quiet, maxSessionsPerClient: 2 });
  for (let i = 0; i < 2; i++) connect(hub).client.send(hello());
  await settle();
  const third = connect(hub);
  third.client.send(hello());
  const [code] = await third.closed;
  assert.equal(code, 1008);
  assert.deepEqual(JSON.parse(third.received[0]!)[1], { code: "limit.sessions", message: "this address already holds 2 sessions (option maxSessionsPerClient)", fatal: true });
  assert.equal(hub.size, 2);
  await hub.close();
});

test("a connection silent past 2.5 heartbeats is dropped; the session waits for its tab", async () => {
  const hub = new SessionHub(() => {}, { logger: quiet, heartbeatMs: 20 });
  const tab = connect(hub);
  tab.client.send(hello());
  // Heartbeat timers do not hold a process open (a real socket does); this test's timer does.
  const keepAlive = setInterval(() => {}, 10);
  const [code] = await tab.closed;
  clearInterval(keepAlive);
  assert.equal(code, 1001);
  assert.ok(tab.received.some((f) => f === '["ping",{}]'), "it was pinged first");
  assert.equal(hub.size, 1, "the session outlives the dead connection");
  await hub.close();
});

test("a flush reads the socket's unsent bytes only once what it may hold nears the cap, and still holds back over it", async () => {
  let text!: Text;
  const hub = new SessionHub(
    (page) => {
      text = new Text("0");
      return page.add(text);
    },
    { logger: quiet, maxBufferedBytes: 3000 },
  );
  const received: string[] = [];
  let unsent = 0;
  let looks = 0;
  const connection: Connection = {
    send: (frame) => void received.push(frame),
    close() {},
    onMessage: () => {},
    onClose: () => {},
    get bufferedAmount() {
      looks++;
      return unsent;
    },
  };
  hub.accept(connection);
  connection.onMessage(hello());
  await settle();
  const sentBefore = received.length;
  for (let i = 1; i <= 5; i++) {
    text.value = String(i);
    await text.update();
  }
  assert.equal(received.length, sentBefore + 5);
  assert.equal(looks, 0, "a few small patches: far under the cap, the socket is never asked");

  unsent = 5000; // the client stopped reading
  for (let i = 0; i < 40 && looks === 0; i++) {
    text.value = `x${i}`.repeat(20);
    await text.update();
  }
  assert.ok(looks > 0, "once the bound passes the cap, the socket is asked");
  const sent = received.length;
  text.value = "held back";
  await text.update();
  assert.equal(received.length, sent, "over the cap, nothing more is sent; changes wait and coalesce");
  unsent = 0;
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.match(received.at(-1)!, /held back/, "sent once the socket has drained");
  await hub.close();
});
