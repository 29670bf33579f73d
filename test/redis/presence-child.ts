/**
 * One Weft "process" for `presence-redis.test.ts`: a hub on `redisPubSub` (url and beat from argv)
 * with one session present on "room" as `name`. It says `ready` over IPC once Redis is up and the
 * session tracks; the test then kills it with SIGKILL, so no goodbye ever goes out.
 *
 * Usage: `node --import tsx test/redis/presence-child.ts <redis-url> <beat-ms> <name>`
 */
import { SessionHub } from "../../src/core/index.js";
import { redisPubSub } from "../../src/redis/index.js";
import { openSessions } from "../core/fixtures/open-sessions.js";

const [url, beat, name] = process.argv.slice(2) as [string, string, string];
const adapter = redisPubSub({ url, presenceBeatMs: Number(beat), onOutage: () => {} });
await adapter.ready();
const hub = new SessionHub((page) => page.presence.track("room", { name }), {
  logger: { info() {}, warn() {}, error() {} },
  heartbeatMs: 0,
  pubsub: adapter,
  instanceId: `process-${name}`,
});
await openSessions(hub, 1);
process.send?.({ type: "ready", pid: process.pid });
// A lost parent must not leave this process behind.
process.on("disconnect", () => process.exit(0));
