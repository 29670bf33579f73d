/** `page.presence` and a tab that is gone: present through the grace period, then it leaves; back on resume. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { SessionHub, sleep, type Logger, type Page } from "../../src/core/index.js";
import { encodeFrame, PROTOCOL_VERSION } from "../../src/protocol/index.js";
import { memoryConnectionPair } from "../../src/testing/index.js";
import { openSessions } from "./fixtures/open-sessions.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };

test("a session whose tab is gone longer than presenceGraceMs leaves by itself, and joins again when the tab resumes", async () => {
  const pages: Page[] = [];
  const heard: string[] = [];
  const hub = new SessionHub(
    (page) => {
      const name = pages.push(page) === 1 ? "Ada" : "Bob";
      page.presence.track("chat", { name });
      if (name === "Ada") page.presence.onChange = (c) => void heard.push(`+${c.joins.map((j) => (j.meta as { name: string }).name)} -${c.leaves.map((l) => (l.meta as { name: string }).name)}`);
    },
    { logger: quiet, heartbeatMs: 0, presenceGraceMs: 40 },
  );
  const clients = await openSessions(hub, 2);
  const [ada, bob] = pages as [Page, Page];
  const names = () => ada.presence.list("chat").map((e) => (e.meta as { name: string }).name);
  assert.deepEqual(names(), ["Ada", "Bob"]);
  clients[1]!.close(1006, "dropped");
  await sleep(10);
  assert.deepEqual(names(), ["Ada", "Bob"], "within the grace period the tab still counts as present");
  const deadline = Date.now() + 5000;
  while (names().length > 1 && Date.now() < deadline) await sleep(5);
  assert.deepEqual(names(), ["Ada"], "past it, the gone tab has left");
  assert.equal(hub.size, 2, "the session itself still waits for its tab (sessionTimeout)");
  assert.equal(heard.at(-1), "+ -Bob");

  const session = [...hub.sessions.values()].find((s) => s.page === bob)!;
  const [server, client] = memoryConnectionPair();
  hub.accept(server);
  client.send(encodeFrame(["hello", { v: PROTOCOL_VERSION, width: 800, height: 600, route: "/", resume: session.token }]));
  while (names().length < 2 && Date.now() < deadline) await sleep(5);
  assert.deepEqual(names(), ["Ada", "Bob"], "the resumed tab is present again, with its metadata");
  assert.equal(heard.at(-1), "+Bob -");
  assert.equal(hub.presence.trackedCount, 2);
  await hub.close();
  assert.equal(hub.presence.trackedCount, 0);
});

test("a tab that resumes within the grace period never leaves: the others hear nothing", async () => {
  const pages: Page[] = [];
  let changes = 0;
  const hub = new SessionHub(
    (page) => {
      if (pages.push(page) === 1) page.presence.onChange = () => void changes++;
      page.presence.track("room", {});
    },
    { logger: quiet, heartbeatMs: 0, presenceGraceMs: 200 },
  );
  const clients = await openSessions(hub, 2);
  await sleep(0);
  const before = changes;
  clients[1]!.close(1006, "dropped");
  await sleep(5);
  const session = [...hub.sessions.values()].find((s) => s.page === pages[1])!;
  const [server, client] = memoryConnectionPair();
  hub.accept(server);
  client.send(encodeFrame(["hello", { v: PROTOCOL_VERSION, width: 800, height: 600, route: "/", resume: session.token }]));
  await sleep(300);
  assert.equal(changes, before);
  assert.equal(pages[0]!.presence.list("room").length, 2);
  await hub.close();
});

test("1,000 dropped tabs past the grace period leave presence while their sessions wait; ending them leaves nothing behind", async () => {
  const hub = new SessionHub((page) => page.presence.track("lobby", { id: page.sessionId }), {
    logger: quiet,
    heartbeatMs: 0,
    presenceGraceMs: 5,
    maxSessionsPerClient: 2000,
  });
  const clients = await openSessions(hub, 1000);
  assert.equal(hub.presence.trackedCount, 1000);
  for (const client of clients) client.close(1006, "dropped");
  const deadline = Date.now() + 10_000;
  while (hub.presence.trackedCount > 0 && Date.now() < deadline) await sleep(5);
  assert.equal(hub.presence.trackedCount, 0);
  assert.equal(hub.size, 1000, "the sessions still wait for their tabs");
  await hub.close();
  assert.equal(hub.size, 0);
  assert.equal(hub.presence.trackedCount, 0);
});
