/**
 * `pubsub-redis`: one `page.pubsub.sendAll` reaching 2,000 subscribed sessions split across two
 * server processes on one real redis-server (1,000 each, `redisPubSub`), each session setting a
 * Text in its handler, timed until every client has its patch; against the same 2,000 sessions in
 * one process on the in-memory adapter. Goal: at most 2× it. Also counted, with `MONITOR`: the
 * Redis commands each published message costs (goal: one `PUBLISH`, whoever listens).
 *
 * The bench starts its own redis-server on a free 127.0.0.1 port (installing Debian's through
 * `scripts/ensure.mjs --redis` when it is missing) and stops it by pid.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CommandLog } from "../test/redis/command-log.js";
import { REDIS_SERVER, RedisServer } from "../test/redis/redis-server.js";
import type { Benchmark, Scale } from "./benchmark.js";
import { round, startSide, type Side } from "./broadcast.js";
import { REPO_ROOT } from "./child.js";
import { closeClients } from "./protocol-client.js";
import { median } from "./stats.js";

interface Size {
  /** Sessions in all: the memory side holds them in one process, the Redis side half in each of two. */
  sessions: number;
  rounds: number;
}

const SIZES: Record<Scale, Size> = {
  full: { sessions: 2000, rounds: 17 },
  smoke: { sessions: 4, rounds: 2 },
};

/** The channel `sendAll` publishes on, under `redisPubSub`'s default prefix. */
const ALL_CHANNEL = "weft:all";

/** Installs Debian's redis-server through the project's script when it is missing, as `npm test` does. */
function ensureRedisServer(): void {
  if (existsSync(REDIS_SERVER)) return;
  const run = spawnSync(process.execPath, ["scripts/ensure.mjs", "--redis"], { cwd: REPO_ROOT, stdio: "inherit", timeout: 300_000 });
  if (run.status !== 0 || !existsSync(REDIS_SERVER)) throw new Error(`pubsub-redis needs ${REDIS_SERVER}: node scripts/ensure.mjs --redis failed (exit ${run.status ?? run.signal})`);
}

async function measure({ sessions, rounds }: Size): Promise<{ redis: number; memory: number; commandsPerPublish: number }> {
  ensureRedisServer();
  const server = await RedisServer.start();
  const sides: Side[] = [];
  let log: CommandLog | undefined;
  try {
    log = await CommandLog.start(server.url);
    const memory = await startSide("pubsub", sessions);
    sides.push(memory);
    const a = await startSide("pubsub", sessions / 2, [server.url]);
    sides.push(a);
    const b = await startSide("pubsub", sessions / 2, [server.url]);
    sides.push(b);
    // Ticks go to process A (its first session publishes); B's sessions hear it through Redis.
    const across: Side = { child: a.child, clients: [...a.clients, ...b.clients] };
    await log.sync();
    log.clear(); // the subscriptions made while the sessions opened are not the messages' cost
    const redisMs: number[] = [];
    const memoryMs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const viaRedis = await round(across, `redis ${r}`, "");
      const inMemory = await round(memory, `memory ${r}`, "");
      if (r === 0 && rounds > 1) continue;
      redisMs.push(viaRedis.ms);
      memoryMs.push(inMemory.ms);
    }
    await log.sync();
    const commands = log.commands.filter((c) => c.args[0] === ALL_CHANNEL).length;
    return { redis: median(redisMs), memory: median(memoryMs), commandsPerPublish: commands / rounds };
  } finally {
    for (const side of sides) {
      closeClients(side.clients);
      await side.child.stop();
    }
    await log?.close();
    await server.dispose();
  }
}

export const pubsubRedis: Benchmark = {
  name: "pubsub-redis",
  metrics: ["pubsub_redis_fanout_ms", "pubsub_redis_fanout_floor_ms", "pubsub_redis_commands_per_publish"],
  async run(scale) {
    const { redis, memory, commandsPerPublish } = await measure(SIZES[scale]);
    return {
      metrics: { pubsub_redis_fanout_ms: redis, pubsub_redis_fanout_floor_ms: memory, pubsub_redis_commands_per_publish: commandsPerPublish },
      notes: [],
    };
  },
};
