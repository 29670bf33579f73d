/** `weftjs/redis` is its own entry: it resolves by name, and an app importing only `weftjs` never loads the `redis` client. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";

test("weftjs/redis resolves to src/redis and exports redisPubSub and redisStore", async () => {
  const byName = await import("weftjs/redis");
  const local = await import("../../src/redis/index.js");
  assert.equal(byName.redisPubSub, local.redisPubSub);
  assert.deepEqual(Object.keys(byName).sort(), ["RedisPubSub", "RedisStore", "redisPubSub", "redisStore"]);
});

test("importing weftjs loads no module of the redis client", () => {
  const script = `await import("weftjs"); const { createRequire } = await import("node:module");
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((p) => /node_modules[\\\\/](redis|@redis)[\\\\/]/.test(p));
    process.stdout.write(JSON.stringify(loaded));`;
  const run = spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", "--input-type=module", "--eval", script], { encoding: "utf8", timeout: 30_000 });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), []);
});
