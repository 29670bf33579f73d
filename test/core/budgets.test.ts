/**
 * Session budgets that refuse attackers, not people: a tab that says `bye` ends its session at
 * once; detached sessions give way, oldest first, to a new tab from the same address; only
 * connected sessions at the limit refuse one. Repeated warnings of one session are summarised.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { SessionHub, type Logger } from "../../src/core/index.js";
import { encodeFrame, PROTOCOL_VERSION, type Connection } from "../../src/protocol/index.js";
import { memoryConnectionPair } from "../../src/testing/index.js";

interface Tab {
  client: Connection;
  /** The hub's end of the connection. */
  server: Connection;
  received: string[];
  closed: Promise<[number, string]>;
}

function open(hub: SessionHub, resume?: string): Tab {
  const [server, client] = memoryConnectionPair();
  const received: string[] = [];
  client.onMessage = (frame) => void received.push(frame);
  const closed = new Promise<[number, string]>((resolve) => (client.onClose = (code, reason) => resolve([code, reason])));
  hub.accept(server);
  client.send(encodeFrame(["hello", { v: PROTOCOL_VERSION, width: 800, height: 600, route: "/", ...(resume ? { resume } : {}) }]));
  return { client, server, received, closed };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

function welcomeOf(tab: Tab): { session: string; token: string } {
  return JSON.parse(tab.received.find((f) => f.startsWith('["welcome"'))!)[1];
}

function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: { info: (m) => void lines.push(m), warn: (m) => void lines.push(m), error: (m) => void lines.push(m) }, lines };
}

/** A hub whose sessions record when they end. */
function countingHub(options: ConstructorParameters<typeof SessionHub>[1]): { hub: SessionHub; ended: string[] } {
  const ended: string[] = [];
  const hub = new SessionHub((page) => void (page.onClose = () => void ended.push(page.sessionId)), options);
  return { hub, ended };
}

test("a tab that says bye ends its session at once: onClose runs, the address's budget is free again", async () => {
  const { hub, ended } = countingHub({ logger: recordingLogger().logger, maxSessionsPerClient: 1 });
  for (let reload = 0; reload < 5; reload++) {
    const tab = open(hub);
    await settle();
    const { session } = welcomeOf(tab);
    assert.equal(hub.size, 1, `reload ${reload}: one session`);
    tab.client.send(encodeFrame(["bye", {}]));
    const [code] = await tab.closed;
    assert.equal(code, 1000);
    assert.equal(hub.size, 0, `reload ${reload}: the session ended with the tab, not ${15} minutes later`);
    assert.equal(ended.at(-1), session);
  }
  assert.equal(ended.length, 5);
  await hub.close();
});

test("at the limit, a new tab ends the session detached longest ago; connected sessions are never evicted", async () => {
  const { logger, lines } = recordingLogger();
  const { hub, ended } = countingHub({ logger, maxSessionsPerClient: 3 });
  const tabs = [open(hub), open(hub), open(hub)];
  await settle();
  const ids = tabs.map((t) => welcomeOf(t).session);
  // Tabs 2 and 0 go away without a word (a crash, a lost network), in that order; tab 1 stays.
  tabs[2]!.client.close();
  await settle();
  tabs[0]!.client.close();
  await settle();
  assert.equal(hub.size, 3, "detached sessions wait for their tabs");

  const fourth = open(hub);
  await settle();
  assert.ok(welcomeOf(fourth), "the new tab gets a session");
  assert.deepEqual(ended, [ids[2]], "the one detached first gave way");
  assert.ok(lines.some((l) => l.includes(`session ${ids[2]} ended to make room for a new tab`) && l.includes("maxSessionsPerClient")));

  const fifth = open(hub);
  await settle();
  assert.ok(welcomeOf(fifth));
  assert.deepEqual(ended, [ids[2], ids[0]]);
  assert.equal(hub.size, 3);
  assert.ok(hub.sessions.has(ids[1]!), "the connected tab kept its session");

  // Three connected sessions: now a new tab is refused, and nobody loses a session.
  const sixth = open(hub);
  const [code] = await sixth.closed;
  assert.equal(code, 1008);
  assert.equal(JSON.parse(sixth.received[0]!)[1].code, "limit.sessions");
  assert.equal(ended.length, 2);
  await hub.close();
});

test("a resumed session is connected again and no longer gives way; one detached again goes to the back of the line", async () => {
  const { hub, ended } = countingHub({ logger: recordingLogger().logger, maxSessionsPerClient: 2 });
  const a = open(hub);
  const b = open(hub);
  await settle();
  const [idA, idB] = [welcomeOf(a).session, welcomeOf(b).session];
  a.client.close();
  await settle();
  b.client.close();
  await settle();
  // A comes back and leaves again: B is now the one detached longest ago.
  const a2 = open(hub, welcomeOf(a).token);
  await settle();
  assert.equal(JSON.parse(a2.received[0]!)[1].resumed, true);
  a2.client.close();
  await settle();
  open(hub);
  await settle();
  assert.deepEqual(ended, [idB]);
  assert.ok(hub.sessions.has(idA));
  await hub.close();
});

test("a bye from a connection that lost its session to a newer one does not end it", async () => {
  const { hub, ended } = countingHub({ logger: recordingLogger().logger });
  const first = open(hub);
  await settle();
  const { session, token } = welcomeOf(first);
  // A half-open link: the tab resumes on a new connection while the old one still delivers frames.
  open(hub, token);
  await settle();
  first.server.onMessage(encodeFrame(["bye", {}]));
  await settle();
  assert.deepEqual(ended, []);
  assert.ok(hub.sessions.has(session));
  await hub.close();
});

test("bad frames and extra hellos from one session: the first of each cause is logged, the rest summarised", async () => {
  const { logger, lines } = recordingLogger();
  // No rate limit here: this test is about the log (the next one is about the rate).
  const hub = new SessionHub(() => {}, { logger, eventRate: 1e9, eventBurst: 1e9 });
  const tab = open(hub);
  await settle();
  const { session } = welcomeOf(tab);
  const hello = encodeFrame(["hello", { v: PROTOCOL_VERSION, width: 800, height: 600, route: "/" }]);
  for (let i = 0; i < 5_000; i++) {
    tab.client.send("{nope");
    tab.client.send('["event",{"seq":"x"}]');
    tab.client.send(hello);
  }
  await settle();
  const errors = tab.received.filter((f) => f.startsWith('["error"')).length;
  assert.equal(errors, 10_000, "a client that reads gets an answer to every bad frame");
  const ours = () => lines.filter((l) => l.includes(`session ${session}`));
  assert.deepEqual(ours(), [
    `[weft] session ${session}: rejected a frame (protocol.bad-json): frame is not valid JSON`,
    `[weft] session ${session}: rejected a frame (protocol.bad-body): event.seq must be a sequence number`,
    `[weft] session ${session}: a second hello on one connection was ignored`,
  ]);
  await hub.close();
  assert.deepEqual(ours().slice(3).sort(), [
    `[weft] session ${session}: 4,999 more bad frames (protocol.bad-body) before the session ended`,
    `[weft] session ${session}: 4,999 more bad frames (protocol.bad-json) before the session ended`,
    `[weft] session ${session}: 4,999 more extra hellos (hello) before the session ended`,
  ]);
});

test("a client that sends bad frames faster than the event rate is cut off; its session waits for a resume", async () => {
  const { logger, lines } = recordingLogger();
  const hub = new SessionHub(() => {}, { logger, eventRate: 50, eventBurst: 200 });
  const tab = open(hub);
  await settle();
  const { session, token } = welcomeOf(tab);
  for (let i = 0; i < 1_000; i++) tab.client.send("{nope");
  const [code, reason] = await tab.closed;
  assert.deepEqual([code, reason], [1008, "limit.rate"]);
  assert.equal(tab.received.filter((f) => f.startsWith('["error"')).length, 200, "the burst was answered, then the client was cut");
  assert.deepEqual(lines.filter((l) => l.includes(session)), [
    `[weft] session ${session}: rejected a frame (protocol.bad-json): frame is not valid JSON`,
    `[weft] session ${session}: cut off a client that sent bad frames faster than 50 per second (limit.rate); it may resume`,
  ]);
  assert.equal(hub.size, 1);
  const back = open(hub, token);
  await settle();
  assert.equal(JSON.parse(back.received[0]!)[1].resumed, true);
  await hub.close();
});

test("refused connections are logged once per cause, then summarised", async () => {
  const { logger, lines } = recordingLogger();
  const hub = new SessionHub(() => {}, { logger, maxSessionsPerClient: 1 });
  open(hub);
  await settle();
  const refused = Array.from({ length: 50 }, () => open(hub));
  for (const tab of refused) assert.equal((await tab.closed)[0], 1008, "every one is refused");
  assert.deepEqual(lines, ["[weft] connection refused (limit.sessions): this address already holds 1 sessions (option maxSessionsPerClient)"]);
  await hub.close();
  assert.deepEqual(lines.slice(1), ["[weft] 49 more refused connections (limit.sessions) before the server closed"]);
});
