/**
 * A Redis outage under two hubs (two processes), with the real redis-server stopped (SIGKILL) and
 * started again mid-test: local delivery goes on; publishes meant for the other process wait in
 * the adapter's bounded buffer, the rest are dropped and counted; each hub's log says "unreachable"
 * once and "back" once, and each session using pub/sub hears `page.onError` once (code
 * `pubsub.unreachable`), not once per message; once Redis is back the adapters reconnect on their
 * backoff, the buffer goes out in order, and cross-process delivery resumes both ways.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { SessionHub, type ErrorEvent, type Logger, type Page } from "../../src/core/index.js";
import { redisPubSub, type RedisPubSub } from "../../src/redis/index.js";
import { openSessions } from "../core/fixtures/open-sessions.js";
import { redisForTests } from "./redis-server.js";
import { until } from "./until.js";

const redis = redisForTests();
const SESSIONS = 3;
const MAX_BUFFERED = 4;
const SENT_WHILE_DOWN = 10;

interface Tab {
  page: Page;
  heard: unknown[];
  errors: ErrorEvent[];
}

interface Side {
  adapter: RedisPubSub;
  hub: SessionHub;
  tabs: Tab[];
  log: Array<{ level: string; message: string }>;
}

async function side(name: string): Promise<Side> {
  const log: Side["log"] = [];
  const logger: Logger = {
    info: (message) => void log.push({ level: "info", message }),
    warn: (message) => void log.push({ level: "warn", message }),
    error: (message) => void log.push({ level: "error", message }),
  };
  // No onOutage: the hub watches the adapter and reports through its logger and page.onError.
  const adapter = redisPubSub({ url: redis.server.url, maxBuffered: MAX_BUFFERED, maxBackoffMs: 100, presenceBeatMs: 60_000 });
  await adapter.ready();
  const tabs: Tab[] = [];
  const hub = new SessionHub(
    (page) => {
      const tab: Tab = { page, heard: [], errors: [] };
      tabs.push(tab);
      page.onError = (event) => void tab.errors.push(event);
      page.pubsub.subscribeTopic("chat", (_topic, message) => void tab.heard.push(message));
    },
    { logger, heartbeatMs: 0, pubsub: adapter, instanceId: name },
  );
  await openSessions(hub, SESSIONS);
  await until(() => tabs.length === SESSIONS, `${name}'s sessions to start`);
  return { adapter, hub, tabs, log };
}


const lines = (s: Side, pattern: RegExp): string[] => s.log.filter((l) => pattern.test(l.message)).map((l) => `${l.level}: ${l.message}`);
const heardAll = (s: Side, message: unknown): boolean => s.tabs.every((t) => t.heard.includes(message));

test("through a Redis outage: local delivery goes on, the buffer is bounded, the log and page.onError say it once, and delivery resumes", { timeout: 60_000 }, async (t) => {
  const a = await side("process-a");
  const b = await side("process-b");
  try {
    const sender = a.tabs[0]!.page;
    await sender.pubsub.sendAllOnTopic("chat", "before");
    await until(() => heardAll(a, "before") && heardAll(b, "before"), "a message across both processes while Redis is up");

    await redis.server.stop();
    await until(() => lines(a, /unreachable/).length > 0 && lines(b, /unreachable/).length > 0, "both hubs to log the outage");
    for (let i = 0; i < SENT_WHILE_DOWN; i++) await sender.pubsub.sendAllOnTopic("chat", i);
    await b.tabs[0]!.page.pubsub.sendAllOnTopic("chat", "from b while down");
    const numbers = Array.from({ length: SENT_WHILE_DOWN }, (_, i) => i);
    await until(() => a.tabs.every((tab) => numbers.every((n) => tab.heard.includes(n))), "local delivery on A while Redis is down");
    await until(() => heardAll(b, "from b while down"), "local delivery on B while Redis is down");
    assert.ok(b.tabs.every((tab) => !tab.heard.includes(0)), "nothing reached B without Redis");
    // A publish that went out just as the connection died is taken back when its command fails,
    // a moment later on a loaded machine: the count settles then.
    await until(() => a.adapter.stats.buffered + a.adapter.stats.dropped === SENT_WHILE_DOWN, "A's publishes to be buffered or dropped");
    assert.equal(a.adapter.stats.buffered, MAX_BUFFERED, "A keeps the first publishes up to its bound");
    assert.equal(a.adapter.stats.dropped, SENT_WHILE_DOWN - MAX_BUFFERED, "and drops and counts the rest");

    // A session that starts during the outage and sends hears of it once, however often it sends.
    await openSessions(a.hub, 1);
    await until(() => a.tabs.length === SESSIONS + 1, "a new session on A");
    const late = a.tabs[SESSIONS]!;
    await late.page.pubsub.sendAllOnTopic("chat", "late 1");
    await late.page.pubsub.sendAllOnTopic("chat", "late 2");

    for (const s of [a, b]) {
      assert.deepEqual(lines(s, /Redis/), [lines(s, /Redis/)[0]], `one log line for the outage, whatever was sent: ${JSON.stringify(s.log)}`);
      assert.match(lines(s, /Redis/)[0]!, /^error: \[weft\] redisPubSub: Redis is unreachable \(.+\); reconnecting with backoff$/);
      for (const tab of s.tabs) {
        assert.equal(tab.errors.length, 1, `each session's onError heard the outage once: ${tab.errors.map((e) => e.data).join(" | ")}`);
        const event = tab.errors[0]!;
        assert.equal((event.error as { code?: string }).code, "pubsub.unreachable");
        assert.equal(event.phase, "pubsub");
        assert.match(event.data, /pub\/sub cannot reach the other processes \(redisPubSub: Redis is unreachable/);
      }
    }

    const restarted = Date.now();
    await redis.server.start();
    await until(() => lines(a, /is back/).length === 1 && lines(b, /is back/).length === 1, "both hubs to log that Redis is back", 5000);
    const reconnectedMs = Date.now() - restarted;
    t.diagnostic(`both hubs were back on Redis ${reconnectedMs} ms after it restarted (backoff capped at 100 ms)`);
    // Dropped: the first session's publishes past the bound, and the late session's two.
    assert.match(lines(a, /is back/)[0]!, new RegExp(`^info: .*Redis is back after \\d+ ms; ${SENT_WHILE_DOWN + 2 - MAX_BUFFERED} publishes made meanwhile were dropped \\(buffer of ${MAX_BUFFERED} full\\)$`));
    await until(() => b.tabs.every((tab) => tab.heard.filter((m) => typeof m === "number").length === MAX_BUFFERED), "the buffered publishes to reach B");
    for (const tab of b.tabs) assert.deepEqual(tab.heard.filter((m) => typeof m === "number"), numbers.slice(0, MAX_BUFFERED), "in the order sent");
    await until(() => heardAll(a, "from b while down"), "B's buffered publish to reach A");

    await sender.pubsub.sendAllOnTopic("chat", "after");
    await b.tabs[1]!.page.pubsub.sendAllOnTopic("chat", "after from b");
    await until(() => heardAll(b, "after") && heardAll(a, "after from b"), "cross-process delivery both ways after the outage");
    for (const s of [a, b]) {
      assert.equal(lines(s, /Redis/).length, 2, `the log said unreachable once and back once: ${JSON.stringify(s.log)}`);
      for (const tab of s.tabs) assert.equal(tab.errors.length, 1, "the return is logged, not an error");
    }
  } finally {
    await redis.server.start();
    await Promise.all([a.hub.close(), b.hub.close()]);
    await Promise.all([a.adapter.close(), b.adapter.close()]);
  }
});
