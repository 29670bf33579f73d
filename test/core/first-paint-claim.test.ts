/**
 * A session started by a page request (issue 21): `main` runs once, up to the first paint; the
 * page's socket claims the session with its single-use token, from the page's origin, within
 * `claimTimeoutMs`, and gets the patches after the ones the markup stood for. Replayed, foreign
 * and expired claims are refused with a clear reason; unclaimed sessions count toward
 * `maxSessionsPerClient`.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ClientAction, encodeFrame, PROTOCOL_VERSION, type Connection } from "../../src/protocol/index.js";
import { SessionHub, sleep, Text, type AppMain, type FirstPaint } from "../../src/core/index.js";
import { memoryConnectionPair } from "../../src/testing/index.js";

const HOST = "app.example:8080";
const REQUEST = { route: "/", address: "10.0.0.1", host: HOST };

/** The page's socket: a memory pair whose server end says it came from `origin`; frames the client got, parsed. */
function socket(origin: string | undefined) {
  const [client, server] = memoryConnectionPair();
  Object.defineProperty(server, "origin", { value: origin });
  const received: unknown[][] = [];
  const closed: { code?: number; reason?: string } = {};
  client.onMessage = (text) => received.push(JSON.parse(text) as unknown[]);
  client.onClose = (code, reason) => Object.assign(closed, { code, reason });
  return { client, server: server as Connection, received, closed };
}

function claimHello(claim: string, ack = 0): string {
  return encodeFrame([ClientAction.hello, { v: PROTOCOL_VERSION, width: 800, height: 600, route: "/", claim, ack }]);
}

async function painted(hub: SessionHub, request = REQUEST): Promise<FirstPaint> {
  const paint = await hub.paintFirst(request);
  if (!paint.ok) assert.fail(`no first paint: ${paint.code}: ${paint.message}`);
  return paint;
}

test("main runs once: its first paint, then the claim continues the same session with what came after", async () => {
  let runs = 0;
  const label = new Text("first");
  const main: AppMain = async (page) => {
    runs++;
    await page.add(label);
    await sleep(30);
    label.value = "later";
    await page.update();
  };
  const hub = new SessionHub(main, { heartbeatMs: 0 });
  const paint = await painted(hub);
  assert.equal(runs, 1);
  assert.equal(paint.seq, 1);
  assert.match(JSON.stringify(paint.patches), /"first"/);
  assert.equal(paint.session.page.windowWidth, undefined, "the server does not know the window");
  await sleep(60);
  const tab = socket(`http://${HOST}`);
  hub.accept(tab.server, undefined);
  tab.server.onMessage(claimHello(paint.claim, paint.seq));
  await sleep(10);
  assert.equal(runs, 1, "the claim ran main no second time");
  assert.equal(hub.size, 1);
  const [welcome, ...patches] = tab.received;
  assert.deepEqual([welcome![0], (welcome![1] as { session: string }).session, (welcome![1] as { seq: number }).seq], ["welcome", paint.session.id, 1]);
  assert.deepEqual(patches.map((frame) => (frame[1] as { seq: number }).seq), [2], "after the patch the markup stood for");
  assert.match(JSON.stringify(patches), /"later"/);
  await hub.close();
});

test("a claim from seq 0 replays the whole page, for a client that builds its own tree", async () => {
  const hub = new SessionHub((page) => void page.add(new Text("hello")), { heartbeatMs: 0 });
  const paint = await painted(hub);
  const tab = socket(`https://${HOST}`);
  hub.accept(tab.server, claimHello(paint.claim, 0));
  await sleep(5);
  assert.deepEqual(tab.received.map((frame) => frame[0]), ["welcome", "patch"]);
  assert.match(JSON.stringify(tab.received[1]), /"hello"/);
  await hub.close();
});

test("a replayed, foreign or missing-origin claim is refused, and a foreign one does not use the token up", async () => {
  const hub = new SessionHub((page) => void page.add(new Text("x")), { heartbeatMs: 0, logger: { info() {}, warn() {}, error() {} } });
  const paint = await painted(hub);
  for (const origin of ["http://evil.example", undefined]) {
    const foreign = socket(origin);
    hub.accept(foreign.server, claimHello(paint.claim));
    await sleep(5);
    assert.equal(foreign.closed.reason, "session.claim-refused");
    assert.equal(foreign.closed.code, 1008);
    assert.match(JSON.stringify(foreign.received), /must come from the page's own origin \(host app\.example:8080\)/);
  }
  const page = socket(`http://${HOST}`);
  hub.accept(page.server, claimHello(paint.claim));
  await sleep(5);
  assert.equal(page.received[0]![0], "welcome", "the page's own socket still claims it");
  const replay = socket(`http://${HOST}`);
  hub.accept(replay.server, claimHello(paint.claim));
  await sleep(5);
  assert.equal(replay.closed.reason, "session.claim-refused");
  assert.match(JSON.stringify(replay.received), /unknown, used already or expired/);
  assert.equal(hub.size, 1, "the refused claims started no session");
  await hub.close();
});

test("an unclaimed session ends after claimTimeoutMs, and its token is refused after", async () => {
  let closed = 0;
  const hub = new SessionHub((page) => {
    page.onClose = () => void closed++;
    page.add(new Text("x"));
  }, { heartbeatMs: 0, claimTimeoutMs: 40, logger: { info() {}, warn() {}, error() {} } });
  const paint = await painted(hub);
  assert.equal(hub.size, 1);
  await sleep(80);
  assert.equal(hub.size, 0);
  assert.equal(closed, 1, "onClose ran: its tasks are stopped and its controls gone");
  const late = socket(`http://${HOST}`);
  hub.accept(late.server, claimHello(paint.claim));
  await sleep(5);
  assert.equal(late.closed.reason, "session.claim-refused");
  await hub.close();
});

test("10,000 page requests from one client hold no more sessions than maxSessionsPerClient", async () => {
  let runs = 0;
  const hub = new SessionHub((page) => {
    runs++;
    page.add(new Text("x"));
  }, { heartbeatMs: 0, maxSessionsPerClient: 20, logger: { info() {}, warn() {}, error() {} } });
  let most = 0;
  let painted = 0;
  for (let batch = 0; batch < 100; batch++) {
    const paints = await Promise.all(Array.from({ length: 100 }, () => hub.paintFirst(REQUEST)));
    most = Math.max(most, hub.size);
    assert.ok(paints.every((paint) => paint.ok || paint.code === "limit.sessions"), "each one painted, or refused by the limit");
    painted += paints.filter((paint) => paint.ok).length;
  }
  // The unclaimed sessions of one batch give way to the next one's, as detached tabs do.
  assert.equal(painted, 20 * 100);
  assert.equal(runs, painted, "main ran only for the pages that got a session");
  assert.ok(most <= 20, `held ${most} sessions`);
  assert.equal(hub.size, 20);
  const other = await hub.paintFirst({ ...REQUEST, address: "10.0.0.2" });
  assert.ok(other.ok, "another client is not affected");
  await hub.close();
});
