/**
 * `weftjs/redis`: Weft past one process. `redisPubSub()` carries `page.pubsub` and `page.presence`
 * between the processes of an app, `redisStore()` keeps `page.userStorage` where all of them see
 * it. Only apps that import this entry load the `redis` client (an optional peer dependency).
 * docs/deploy.md shows the whole set-up.
 */
export { redisPubSub, RedisPubSub, type RedisPubSubOptions, type RedisPubSubStats } from "./pubsub.js";
export { redisStore, RedisStore } from "./store.js";
export type { RedisOptions, RedisTarget } from "./connection.js";
