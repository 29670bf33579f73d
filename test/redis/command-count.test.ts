/**
 * What a publish costs in Redis commands, counted by `MONITOR` on a real redis-server: two hubs
 * (two adapters, standing for two processes), many sessions on each subscribed to one topic.
 * Each publish is one `PUBLISH`, whoever listens; each process holds one `SUBSCRIBE` per topic,
 * however many of its sessions subscribe, and Redis holds one subscribed connection per process.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { SessionHub, sleep, type Logger, type Page } from "../../src/core/index.js";
import { redisPubSub, type RedisPubSub } from "../../src/redis/index.js";
import { openSessions } from "../core/fixtures/open-sessions.js";
import { CommandLog } from "./command-log.js";
import { redisForTests } from "./redis-server.js";
import { until } from "./until.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };
const SESSIONS_PER_HUB = 60;
const PUBLISHES = 25;
const TOPIC_CHANNEL = "weft:topic:room";
const ALL_CHANNEL = "weft:all";

const redis = redisForTests();

interface Side {
  name: string;
  adapter: RedisPubSub;
  hub: SessionHub;
  pages: Page[];
  /** Messages each of this hub's sessions received, by session id. */
  received: Map<string, unknown[]>;
}

/** One "process": its own adapter (both of its Redis connections named `name`) and hub. */
async function side(name: string): Promise<Side> {
  const adapter = redisPubSub({ url: redis.server.url, onOutage: () => {}, client: { name } });
  await adapter.ready();
  const pages: Page[] = [];
  const received = new Map<string, unknown[]>();
  const hub = new SessionHub(
    (page) => {
      pages.push(page);
      const mine: unknown[] = [];
      received.set(page.sessionId, mine);
      page.pubsub.subscribeTopic("room", (_topic, message) => void mine.push(message));
      page.pubsub.subscribe((message) => void mine.push(message));
    },
    { logger: quiet, heartbeatMs: 0, pubsub: adapter, instanceId: name },
  );
  return { name, adapter, hub, pages, received };
}


const total = (s: Side): number => [...s.received.values()].reduce((n, list) => n + list.length, 0);

test("a publish is one PUBLISH, and each process holds one SUBSCRIBE per topic whatever its sessions", { timeout: 60_000 }, async () => {
  const log = await CommandLog.start(redis.server.url);
  const a = await side("hub-a");
  const b = await side("hub-b");
  try {
    // Half the sessions first, the rest after the first subscription went out: still one each.
    await openSessions(a.hub, SESSIONS_PER_HUB / 2);
    await openSessions(b.hub, SESSIONS_PER_HUB / 2);
    await sleep(50);
    await openSessions(a.hub, SESSIONS_PER_HUB / 2);
    await openSessions(b.hub, SESSIONS_PER_HUB / 2);
    await until(() => a.received.size + b.received.size === 2 * SESSIONS_PER_HUB, "every session's main to subscribe");
    assert.equal(a.hub.size + b.hub.size, 2 * SESSIONS_PER_HUB);
    await log.sync();
    assert.deepEqual(log.byClient("SUBSCRIBE", TOPIC_CHANNEL), { "hub-a": 1, "hub-b": 1 }, "one SUBSCRIBE per process for the topic");
    assert.deepEqual(log.byClient("SUBSCRIBE", ALL_CHANNEL), { "hub-a": 1, "hub-b": 1 }, "one SUBSCRIBE per process for sendAll");
    assert.equal(await log.subscribers(TOPIC_CHANNEL), 2, "Redis holds one subscribed connection per process");

    log.clear();
    const receivedBefore = b.adapter.stats.received;
    const sender = a.pages[0]!;
    for (let i = 0; i < PUBLISHES; i++) await sender.pubsub.sendAllOnTopic("room", { n: i, text: "x".repeat(200) });
    await sender.pubsub.sendAll("to everyone");
    const expected = SESSIONS_PER_HUB * (PUBLISHES + 1);
    await until(() => total(a) === expected && total(b) === expected, `every session of both hubs to hear ${PUBLISHES + 1} messages`);
    await log.sync();
    assert.deepEqual(log.byClient("PUBLISH", TOPIC_CHANNEL), { "hub-a": PUBLISHES }, `${PUBLISHES} publishes on the topic, ${PUBLISHES} PUBLISH commands, for ${2 * SESSIONS_PER_HUB} subscribers`);
    assert.deepEqual(log.byClient("PUBLISH", ALL_CHANNEL), { "hub-a": 1 });
    const perMessage = log.commands.filter((c) => c.args[0] === TOPIC_CHANNEL || c.args[0] === ALL_CHANNEL);
    assert.equal(perMessage.length, PUBLISHES + 1, `no other command for the messages: ${JSON.stringify(perMessage.map((c) => c.command))}`);
    const presence = log.byClient("PUBLISH", "weft:presence")["hub-a"] ?? 0; // a beat, should one fall in the window
    assert.equal(b.adapter.stats.received - receivedBefore - presence, PUBLISHES + 1, "the other process received each message once, and fanned it out itself");
    for (const list of b.received.values()) assert.deepEqual(list.at(-1), "to everyone");
  } finally {
    await Promise.all([a.hub.close(), b.hub.close()]);
    await Promise.all([a.adapter.close(), b.adapter.close()]);
    await log.close();
  }
});
