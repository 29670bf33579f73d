/**
 * What `redisPubSub` and `redisStore` share: their options, the `redis` client they open, and the
 * outage watch. A client reconnects by itself with capped, jittered backoff; the watch turns its
 * stream of errors into one report when Redis goes away and one when it is back, however many
 * messages or retries fall in between.
 */
import { createClient, type RedisClientOptions } from "redis";
import { ErrorCode, WeftError } from "../core/index.js";

/** Options of `redisPubSub` and `redisStore`. */
export interface RedisOptions {
  /** The server, e.g. `redis://127.0.0.1:6379` or `rediss://user:pass@host:6380/0`. Default `redis://127.0.0.1:6379`. */
  url?: string;
  /**
   * Prefixes every channel and key this adapter uses, so apps sharing one Redis never meet.
   * Default `"weft:"`.
   */
  prefix?: string;
  /** The longest wait between two reconnection attempts, in ms (backoff doubles from 50 ms). Default 5,000. */
  maxBackoffMs?: number;
  /**
   * Hears each outage once: an error when Redis becomes unreachable, and `null` with a line of
   * text when it is back. Default: an app's hub given the pub/sub adapter logs them (through its
   * logger) and tells its sessions' `page.onError`; with no hub, one `console.error` /
   * `console.info` line each.
   */
  onOutage?: (error: Error | null, message: string) => void;
  /** Anything else is passed to the `redis` client's `createClient` (TLS, credentials, database). */
  client?: Omit<RedisClientOptions, "url">;
}

/** A url or options, as `redisPubSub(…)` and `redisStore(…)` take them. */
export type RedisTarget = string | RedisOptions;

export type Client = ReturnType<typeof createClient>;

function bad(message: string): WeftError {
  return new WeftError(ErrorCode.badOption, message);
}

/** Checks what the app gave; every mistake is one readable error naming the option. */
export function checkTarget(target: RedisTarget | undefined, what: string): Required<Omit<RedisOptions, "client" | "onOutage">> & RedisOptions {
  const options: RedisOptions = typeof target === "string" ? { url: target } : (target ?? {});
  if (typeof options !== "object" || options === null) throw bad(`${what}() takes a redis:// url or an options object, got ${typeof target}`);
  const url = options.url ?? "redis://127.0.0.1:6379";
  if (typeof url !== "string" || !/^rediss?:\/\//.test(url)) throw bad(`${what}(): url must start with redis:// or rediss://, got ${JSON.stringify(url)}`);
  const prefix = options.prefix ?? "weft:";
  if (typeof prefix !== "string") throw bad(`${what}(): prefix must be a string, got ${typeof prefix}`);
  const maxBackoffMs = options.maxBackoffMs ?? 5000;
  if (typeof maxBackoffMs !== "number" || !(maxBackoffMs >= 50)) throw bad(`${what}(): maxBackoffMs must be a number of at least 50, got ${JSON.stringify(maxBackoffMs)}`);
  if (options.onOutage !== undefined && typeof options.onOutage !== "function") throw bad(`${what}(): onOutage must be a function`);
  return { ...options, url, prefix, maxBackoffMs };
}

/** Opens a client with Weft's reconnection policy (50 ms doubling to `maxBackoffMs`, ±20 % jitter). */
export function openClient(options: RedisOptions & { url: string; maxBackoffMs: number }, offlineQueue: boolean): Client {
  const given = options.client ?? {};
  return createClient({
    ...given,
    url: options.url,
    disableOfflineQueue: !offlineQueue,
    socket: {
      ...(given.socket ?? {}),
      connectTimeout: 2000,
      reconnectStrategy: (retries: number) => Math.round(Math.min(50 * 2 ** retries, options.maxBackoffMs) * (0.8 + Math.random() * 0.4)),
    },
  } as RedisClientOptions) as Client;
}

type OutageListener = (error: Error | null, message: string) => void;

/**
 * Watches clients for outages: the first error of any after being up reports "unreachable"; once
 * every watched client is ready again, one report says "back", with what the summaries say of the gap.
 * Reports go to the `onOutage` option and to each listener (a hub); to the console only when
 * neither is there.
 */
export class OutageWatch {
  #down = false;
  #since = 0;
  readonly #onOutage: OutageListener | undefined;
  readonly #listeners = new Set<OutageListener>();
  readonly #name: string;
  readonly #clients: Client[] = [];
  readonly #summaries: Array<() => string> = [];
  /** How many outages began (for tests and diagnostics). */
  outages = 0;

  constructor(name: string, onOutage: RedisOptions["onOutage"]) {
    this.#name = name;
    this.#onOutage = onOutage;
  }

  /** Adds a listener of the reports; returns what removes it. */
  listen(listener: OutageListener): () => void {
    this.#listeners.add(listener);
    return this.#listeners.delete.bind(this.#listeners, listener) as () => void;
  }

  get down(): boolean {
    return this.#down;
  }

  /** Watches `client`; `onReady` runs each time it (re)connects, before the "back" report. */
  watch(client: Client, onReady: () => void, summary: () => string): void {
    this.#clients.push(client);
    this.#summaries.push(summary);
    client.on("error", (error: Error) => {
      if (this.#down) return;
      this.#down = true;
      this.#since = Date.now();
      this.outages++;
      this.#report(error, `[weft] ${this.#name}: Redis is unreachable (${error.message || error.name}); reconnecting with backoff`);
    });
    client.on("ready", () => {
      onReady();
      if (!this.#down || !this.#clients.every((c) => c.isReady)) return;
      this.#down = false;
      this.#report(null, `[weft] ${this.#name}: Redis is back after ${Date.now() - this.#since} ms${this.#summaries.map((s) => s()).join("")}`);
    });
  }

  #report(error: Error | null, message: string): void {
    const hearers = [...(this.#onOutage ? [this.#onOutage] : []), ...this.#listeners];
    if (hearers.length === 0) return error ? console.error(message) : console.info(message);
    for (const hear of hearers) {
      try {
        hear(error, message);
      } catch (thrown) {
        console.error(`[weft] ${this.#name}: a listener of its outage reports threw`, thrown);
      }
    }
  }
}
