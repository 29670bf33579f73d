/** `page.presence`: track, untrack, list and onChange across the sessions of one hub; an ending session leaves by itself. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ErrorCode, SessionHub, sleep, WeftError, type Logger, type Page, type PresenceChange } from "../../src/core/index.js";
import { openSessions } from "./fixtures/open-sessions.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };
interface Who {
  userName: string;
}

function summary(change: PresenceChange<Who>): string {
  const names = (entries: PresenceChange<Who>["joins"]) => entries.map((e) => e.meta.userName).join(",");
  return `${change.topic} +${names(change.joins)} -${names(change.leaves)}`;
}

test("track, list and onChange: each tracking session hears joins, metadata changes and leaves; an ending session leaves by itself, a dropped one stays until it ends", async () => {
  const heard: string[][] = [];
  const pages: Page[] = [];
  const hub = new SessionHub(
    (page) => {
      const i = pages.push(page) - 1;
      heard[i] = [];
      page.presence.typed<Who>().onChange = (change) => void heard[i]!.push(summary(change));
    },
    { logger: quiet, heartbeatMs: 0 },
  );
  const clients = await openSessions(hub, 3);
  const [ada, bob, eve] = pages.map((p) => p.presence.typed<Who>());
  ada!.track("chat", { userName: "Ada" });
  bob!.track("chat", { userName: "Bob" });
  eve!.track("other", { userName: "Eve" });
  await sleep(0);
  assert.deepEqual(ada!.list("chat").map((e) => e.meta.userName), ["Ada", "Bob"]);
  assert.deepEqual(eve!.list("chat").map((e) => e.sessionId), [pages[0]!.sessionId, pages[1]!.sessionId]);
  assert.deepEqual(heard, [["chat +Ada -", "chat +Bob -"], ["chat +Bob -"], ["other +Eve -"]]);

  bob!.track("chat", { userName: "Bobby" }); // new metadata: heard as a join
  const listed = ada!.list("chat");
  listed[0]!.meta.userName = "changed by a reader";
  assert.equal(ada!.list("chat")[0]!.meta.userName, "Ada", "list gives copies");
  clients[0]!.close(1006, "dropped");
  await sleep(5);
  // A dropped tab's session waits for it (sessionTimeout): still present until it ends.
  assert.equal(hub.size, 3);
  assert.equal(hub.presence.trackedCount, 3);
  await [...hub.sessions.values()].find((s) => s.page === pages[1])!.close();
  await sleep(0);
  assert.deepEqual(ada!.list("chat").map((e) => e.meta.userName), ["Ada"]);
  assert.deepEqual(heard[0], ["chat +Ada -", "chat +Bob -", "chat +Bobby -", "chat + -Bobby"]);
  assert.deepEqual(heard[1], ["chat +Bob -", "chat +Bobby -"], "the ending session hears nothing of its own leave");
  ada!.untrack("chat");
  await sleep(0);
  assert.equal(heard[0]!.at(-1), "chat + -Ada");
  assert.deepEqual(eve!.list("chat"), []);
  await hub.close();
  assert.equal(hub.presence.trackedCount, 0);
});

test("presence refuses bad topics and metadata that cannot be copied; an onChange that throws reaches its own onError", async () => {
  const errors: string[] = [];
  const pages: Page[] = [];
  const hub = new SessionHub(
    (page) => {
      pages.push(page);
      page.onError = (e) => void errors.push(`${page.sessionId === pages[0]?.sessionId ? 0 : 1} ${e.phase} ${e.error.message}`);
    },
    { logger: quiet, heartbeatMs: 0 },
  );
  await openSessions(hub, 2);
  const [a, b] = pages as [Page, Page];
  assert.throws(() => a.presence.track("", {}), (e: unknown) => e instanceof WeftError && e.code === ErrorCode.badValue);
  assert.throws(() => a.presence.track("t", { fn: () => 1 }), (e: unknown) => e instanceof WeftError && e.code === ErrorCode.badMessage);
  a.presence.onChange = () => {
    throw new Error("onChange broke");
  };
  let bHeard = 0;
  b.presence.onChange = () => void bHeard++;
  a.presence.track("t", 1);
  b.presence.track("t", 2);
  await sleep(0);
  assert.equal(bHeard, 1);
  assert.deepEqual(errors, ['0 pubsub pubsub handler of topic "presence:t" failed: onChange broke', '0 pubsub pubsub handler of topic "presence:t" failed: onChange broke']);
  await hub.close();
});

test("1,000 sessions tracked on one topic leave it by themselves when they end", async () => {
  const hub = new SessionHub((page) => page.presence.track("lobby", { id: page.sessionId }), {
    logger: quiet,
    heartbeatMs: 0,
    sessionTimeout: 1,
    maxSessionsPerClient: 2000,
  });
  const clients = await openSessions(hub, 1000);
  assert.equal(hub.presence.trackedCount, 1000);
  for (const client of clients) client.close(1006, "dropped");
  const deadline = Date.now() + 10_000;
  while (hub.size > 0 && Date.now() < deadline) await sleep(5);
  assert.equal(hub.size, 0);
  assert.equal(hub.presence.trackedCount, 0);
  await hub.close();
});
