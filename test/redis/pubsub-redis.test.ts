/**
 * `redisPubSub` against the pub/sub contract (two adapters on one Redis stand for two processes),
 * then what only a network adapter has: one Redis command per publish, and outages survived.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { redisPubSub, type RedisPubSub } from "../../src/redis/index.js";
import { describePubSubContract } from "../pubsub.contract.js";
import { RedisServer } from "./redis-server.js";

let redis: RedisServer;
before(async () => {
  redis = await RedisServer.start();
});
after(async () => {
  await redis.dispose();
});

async function pair(): Promise<{ a: RedisPubSub; b: RedisPubSub }> {
  const a = redisPubSub({ url: redis.url, onOutage: () => {} });
  const b = redisPubSub({ url: redis.url, onOutage: () => {} });
  await Promise.all([a.ready(), b.ready()]);
  return { a, b };
}

describePubSubContract("redis", pair);

async function until(condition: () => boolean, what: string, boundMs = 5000): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

test("redis adapter: bad options are refused with a readable error", () => {
  assert.throws(() => redisPubSub("http://127.0.0.1:1"), /url must start with redis:\/\//);
  assert.throws(() => redisPubSub({ url: redis.url, maxBuffered: -1 }), /maxBuffered must be a whole number/);
  assert.throws(() => redisPubSub({ url: redis.url, maxBackoffMs: 1 }), /maxBackoffMs must be a number of at least 50/);
});

test("redis adapter: a process's own listeners hear its publish directly, the other process through one PUBLISH", async () => {
  const { a, b } = await pair();
  try {
    const heardA: unknown[] = [];
    const heardB: unknown[] = [];
    await a.subscribe("c", (e) => heardA.push(e.message));
    await a.subscribe("c", (e) => heardA.push(e.message));
    await b.subscribe("c", (e) => heardB.push(e.message));
    a.publish("c", { from: "s", others: false, message: new Map([["k", 1]]) });
    await until(() => heardB.length === 1 && heardA.length === 2, "both processes");
    assert.deepEqual(heardB, [new Map([["k", 1]])]);
    assert.equal(a.stats.published, 1);
    assert.equal(a.stats.received, 0, "a does not hear its own message back from Redis");
    assert.equal(b.stats.received, 1);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test("redis adapter: through an outage local delivery goes on, publishes are buffered to a bound, and each side reports once", async () => {
  const reports: Array<[string, string]> = [];
  const onOutage = (side: string) => (error: Error | null, message: string) => reports.push([side, error ? `down: ${message}` : `up: ${message}`]);
  const a = redisPubSub({ url: redis.url, maxBuffered: 3, maxBackoffMs: 100, onOutage: onOutage("a") });
  const b = redisPubSub({ url: redis.url, maxBackoffMs: 100, onOutage: onOutage("b") });
  try {
    await Promise.all([a.ready(), b.ready()]);
    const heardA: unknown[] = [];
    const heardB: unknown[] = [];
    await a.subscribe("chat", (e) => heardA.push(e.message));
    await b.subscribe("chat", (e) => heardB.push(e.message));
    await redis.stop();
    await until(() => reports.filter(([, r]) => r.startsWith("down")).length === 2, "both adapters to notice");
    for (let i = 0; i < 5; i++) a.publish("chat", { from: "s", others: false, message: i });
    await until(() => heardA.length === 5, "local delivery while Redis is down");
    assert.deepEqual(a.stats, { published: 0, received: 0, buffered: 3, dropped: 2, outages: a.stats.outages });
    await redis.start();
    await until(() => heardB.length === 3, "the buffered publishes after Redis is back", 8000);
    assert.deepEqual(heardB, [0, 1, 2]);
    await until(() => reports.filter(([, r]) => r.startsWith("up")).length === 2, "one report of the return per adapter", 8000);
    const down = reports.filter(([, r]) => r.startsWith("down"));
    assert.deepEqual(down.map(([side]) => side).sort(), ["a", "b"], `one outage report per adapter, got ${JSON.stringify(reports)}`);
    assert.match(reports.find(([side, r]) => side === "a" && r.startsWith("up"))![1], /2 publishes made meanwhile were dropped \(buffer of 3 full\)/);
    a.publish("chat", { from: "s", others: false, message: "after" });
    await until(() => (heardB.at(-1) as unknown) === "after", "cross-process delivery resumed");
  } finally {
    await redis.start();
    await Promise.all([a.close(), b.close()]);
  }
});
