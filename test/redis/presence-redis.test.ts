/**
 * `page.presence` across two hubs (two processes) on one real redis-server, through
 * `redisPubSub`: a session on each tracks a topic and both lists show both. Then hub B's link to
 * Redis is cut with no goodbye (a process whose network went, or that died): hub A's list drops
 * B's session by heartbeat expiry (three beats, `presenceBeatMs` shortened for the test), and B,
 * hearing nothing, drops A's. When the link is back, both lists show both again. And a real
 * process on the same Redis, killed with SIGKILL, leaves this process's list the same way.
 */
import assert from "node:assert/strict";
import { fork } from "node:child_process";
import { once } from "node:events";
import { test } from "node:test";
import { SessionHub, type Logger, type Page } from "../../src/core/index.js";
import { redisPubSub, type RedisPubSub } from "../../src/redis/index.js";
import { openSessions } from "../core/fixtures/open-sessions.js";
import { redisForTests } from "./redis-server.js";
import { until } from "./until.js";
import { TcpLink } from "./tcp-link.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };
const BEAT_MS = 200;

const redis = redisForTests();

interface Side {
  adapter: RedisPubSub;
  hub: SessionHub;
  page: Page;
  /** What this side's session heard in `onChange`, as `+name` and `-name`. */
  heard: string[];
  outages: string[];
}

/** A hub on its own adapter at `url`, with one session present on "room" as `name`. */
async function side(name: string, url: string): Promise<Side> {
  const outages: string[] = [];
  const adapter = redisPubSub({ url, presenceBeatMs: BEAT_MS, maxBackoffMs: 100, onOutage: (_error, message) => void outages.push(message) });
  await adapter.ready();
  const heard: string[] = [];
  let page: Page | undefined;
  const hub = new SessionHub(
    (p) => {
      page = p;
      p.presence.onChange = (change) => {
        for (const j of change.joins) heard.push(`+${(j.meta as { name: string }).name}`);
        for (const l of change.leaves) heard.push(`-${(l.meta as { name: string }).name}`);
      };
      p.presence.track("room", { name });
    },
    { logger: quiet, heartbeatMs: 0, pubsub: adapter, instanceId: `process-${name}` },
  );
  await openSessions(hub, 1);
  return { adapter, hub, page: page!, heard, outages };
}

const names = (s: Side): string[] => s.page.presence.list("room").map((e) => (e.meta as { name: string }).name).sort();


test("presence over Redis: both hubs list both sessions; a hub cut off without goodbye leaves by heartbeat, and comes back", { timeout: 30_000 }, async (t) => {
  const link = await TcpLink.start(redis.server.port);
  const a = await side("first", redis.server.url);
  const b = await side("second", link.url);
  try {
    await until(() => names(a).length === 2 && names(b).length === 2, "each hub to list the other's session");
    assert.deepEqual(names(a), ["first", "second"]);
    assert.deepEqual(names(b), ["first", "second"]);
    assert.ok(a.heard.includes("+second"), `A's session heard B's join: ${a.heard.join(" ")}`);
    assert.equal(a.hub.presence.trackedCount, 2);

    link.cut(); // B's connections to Redis die; no bye goes out
    const expiredAfter = await until(() => names(a).length === 1, "A to drop B's session by heartbeat expiry", 3 * 3 * BEAT_MS + 2000);
    assert.deepEqual(names(a), ["first"]);
    assert.equal(a.heard.at(-1), "-second", "A's session heard B's leave");
    // Expiry is three beats after B was last heard, and B beat at most one beat before the cut.
    assert.ok(expiredAfter >= 3 * BEAT_MS - BEAT_MS - 50, `B's session left ${expiredAfter} ms after the cut: by expiry, not a goodbye`);
    t.diagnostic(`B's session left A's list ${expiredAfter} ms after the cut (beat ${BEAT_MS} ms, expiry ${3 * BEAT_MS} ms)`);
    await until(() => names(b).length === 1, "B, hearing nothing, to drop A's session");
    assert.deepEqual(names(b), ["second"]);
    assert.equal(b.outages.length, 1, `B reported the outage once: ${JSON.stringify(b.outages)}`);
    assert.deepEqual(a.outages, [], "A's Redis never went away");

    link.restore();
    const healedAfter = await until(() => names(a).length === 2 && names(b).length === 2, "both lists to show both again once B's link is back", 10_000);
    t.diagnostic(`both lists showed both again ${healedAfter} ms after the link was back`);
    assert.deepEqual(names(a), ["first", "second"]);
    assert.deepEqual(names(b), ["first", "second"]);
    await until(() => b.outages.length === 2, "B to report it is back");
    assert.match(b.outages[1]!, /Redis is back after \d+ ms/);
  } finally {
    await Promise.all([a.hub.close(), b.hub.close()]);
    await Promise.all([a.adapter.close(), b.adapter.close()]);
    await link.close();
  }
});

test("redisPubSub refuses a presenceBeatMs that is not a number of at least 10", () => {
  assert.throws(() => redisPubSub({ url: redis.server.url, presenceBeatMs: 0 }), /presenceBeatMs must be a number of at least 10, got 0/);
  assert.throws(() => redisPubSub({ url: redis.server.url, presenceBeatMs: "fast" as unknown as number }), /presenceBeatMs must be a number of at least 10, got "fast"/);
});

test("presence over Redis: a process killed with SIGKILL leaves the other's list by heartbeat", { timeout: 30_000 }, async (t) => {
  const a = await side("first", redis.server.url);
  const child = fork(new URL("./presence-child.ts", import.meta.url), [redis.server.url, String(BEAT_MS), "killed"], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = once(child, "exit");
  try {
    const [ready] = (await Promise.race([once(child, "message"), exited.then(() => assert.fail("the child process exited before it was ready"))])) as [{ type: string }];
    assert.equal(ready.type, "ready");
    await until(() => names(a).length === 2, "A to list the child's session", 10_000);
    assert.deepEqual(names(a), ["first", "killed"]);
    process.kill(child.pid!, "SIGKILL");
    const [, signal] = (await exited) as [number | null, string | null];
    assert.equal(signal, "SIGKILL");
    const goneAfter = await until(() => names(a).length === 1, "A to drop the killed process's session", 3 * 3 * BEAT_MS + 2000);
    t.diagnostic(`the killed process's session left A's list ${goneAfter} ms after it died (expiry ${3 * BEAT_MS} ms)`);
    assert.deepEqual(names(a), ["first"]);
    assert.equal(a.heard.at(-1), "-killed");
  } finally {
    if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, "SIGKILL");
    await a.hub.close();
    await a.adapter.close();
  }
});
