/** `redisStore`: one browser's record per key, shared by every process on the Redis; a failure while Redis is down is an error, not a hang. */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { redisStore } from "../../src/redis/index.js";
import { RedisServer } from "./redis-server.js";

let redis: RedisServer;
before(async () => {
  redis = await RedisServer.start();
});
after(async () => {
  await redis.dispose();
});

test("redis store: a record saved by one process is loaded by another, and removed for both", async () => {
  const a = redisStore({ url: redis.url, onOutage: () => {} });
  const b = redisStore({ url: redis.url, onOutage: () => {} });
  try {
    assert.equal(await a.load("browser-1"), undefined);
    await a.save("browser-1", { theme: "dark", visits: 2, nested: { list: [1, "two"] } });
    assert.deepEqual(await b.load("browser-1"), { theme: "dark", visits: 2, nested: { list: [1, "two"] } });
    await b.remove("browser-1");
    assert.equal(await a.load("browser-1"), undefined);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test("redis store: while Redis is down a load fails at once with the client's error", async () => {
  const store = redisStore({ url: redis.url, maxBackoffMs: 100, onOutage: () => {} });
  try {
    await store.save("k", { v: 1 });
    await redis.stop();
    const started = Date.now();
    await assert.rejects(store.load("k"));
    assert.ok(Date.now() - started < 2000, "no unbounded queue while Redis is down");
  } finally {
    await redis.start();
    await store.close();
  }
});

test("redis store: a bad url is refused with a readable error", () => {
  assert.throws(() => redisStore("localhost:6379"), /redisStore\(\): url must start with redis:\/\//);
});
