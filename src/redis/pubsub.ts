/**
 * `redisPubSub()`: `page.pubsub` and `page.presence` across processes. Each process holds one
 * Redis subscription per channel in use (the hub above already holds one adapter subscription per
 * channel) and fans what arrives out to its own listeners; each publish is encoded once (V8's
 * structured-clone serialisation, so a message is what `page.pubsub` accepts) and costs one
 * `PUBLISH`. The publishing process delivers to its own listeners directly, never through Redis,
 * so local delivery goes on while Redis is down; publishes made then wait in a bounded buffer
 * (past it they are dropped and counted) and go out, in order, when the client is back.
 */
import { deserialize, serialize } from "node:v8";
import { ErrorCode, WeftError, type PubSubAdapter, type PubSubEnvelope, type PubSubListener, type PubSubOutageListener } from "../core/index.js";
import { deliverSoon } from "../core/pubsub-adapter.js";
import { checkTarget, openClient, OutageWatch, type Client, type RedisOptions } from "./connection.js";

/** Options of `redisPubSub`: the connection's, and the outage buffer's bound. */
export interface RedisPubSubOptions extends RedisOptions {
  /** How many publishes are kept while Redis is unreachable; later ones are dropped (and counted). Default 10,000. */
  maxBuffered?: number;
  /**
   * How often each process announces its presence state over Redis, in ms; a process silent for
   * three times as long (it died without a goodbye) has its sessions leave every other process's
   * lists. Give every process the same value. Default 5,000.
   */
  presenceBeatMs?: number;
}

/** What a `RedisPubSub` has done, for tests, benches and diagnostics. */
export interface RedisPubSubStats {
  /** `PUBLISH` commands sent. */
  published: number;
  /** Messages received from other processes. */
  received: number;
  /** Publishes waiting for Redis to come back. */
  buffered: number;
  /** Publishes dropped because the buffer was full. */
  dropped: number;
  /** Outages seen. */
  outages: number;
}

function reportListenerError(thrown: unknown): void {
  console.error("[weft] a pub/sub listener threw", thrown);
}

/** One message on the wire: the publishing adapter's id, then the envelope. */
type Wire = [origin: string, from: string, others: boolean, message: unknown];

interface Channel {
  readonly listeners: Set<PubSubListener>;
  readonly onMessage: (payload: Buffer) => void;
  subscribed: Promise<void>;
}

export class RedisPubSub implements PubSubAdapter {
  /** Other processes share this adapter: the hub relays presence over it. */
  readonly shared = true;
  readonly presenceBeatMs: number;
  readonly #pub: Client;
  readonly #sub: Client;
  readonly #prefix: string;
  readonly #origin = crypto.randomUUID();
  readonly #channels = new Map<string, Channel>();
  readonly #buffer: Array<[string, Buffer]> = [];
  readonly #maxBuffered: number;
  readonly #watch: OutageWatch;
  readonly #stats = { published: 0, received: 0, dropped: 0 };
  readonly #settleMs: number;
  #droppedInOutage = 0;
  /** Back from an outage, waiting for the other processes' subscriptions before sending what was held. */
  #settling: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(target?: string | RedisPubSubOptions) {
    const options = checkTarget(target, "redisPubSub");
    const maxBuffered = (options as RedisPubSubOptions).maxBuffered ?? 10_000;
    if (typeof maxBuffered !== "number" || !Number.isInteger(maxBuffered) || maxBuffered < 0) {
      throw new WeftError(ErrorCode.badOption, `redisPubSub(): maxBuffered must be a whole number of at least 0, got ${JSON.stringify(maxBuffered)}`);
    }
    this.#maxBuffered = maxBuffered;
    const presenceBeatMs = (options as RedisPubSubOptions).presenceBeatMs ?? 5000;
    if (typeof presenceBeatMs !== "number" || !(presenceBeatMs >= 10) || !Number.isFinite(presenceBeatMs)) {
      throw new WeftError(ErrorCode.badOption, `redisPubSub(): presenceBeatMs must be a number of at least 10, got ${JSON.stringify(presenceBeatMs)}`);
    }
    this.presenceBeatMs = presenceBeatMs;
    this.#prefix = options.prefix;
    // Publishes are buffered here (bounded); subscriptions may queue in the client (one per channel).
    this.#pub = openClient(options, false);
    this.#sub = openClient(options, true);
    this.#watch = new OutageWatch("redisPubSub", options.onOutage);
    this.#settleMs = options.maxBackoffMs;
    this.#watch.watch(this.#pub, () => this.#settle(), () => {
      const dropped = this.#droppedInOutage;
      this.#droppedInOutage = 0;
      return dropped ? `; ${dropped} publishes made meanwhile were dropped (buffer of ${this.#maxBuffered} full)` : "";
    });
    this.#watch.watch(this.#sub, () => {}, () => "");
    void this.#pub.connect().catch(() => {});
    void this.#sub.connect().catch(() => {});
  }

  get stats(): RedisPubSubStats {
    return { ...this.#stats, buffered: this.#buffer.length, outages: this.#watch.outages };
  }

  /** The hub's hook: hears each outage once, as `onOutage` does (decision 0041). */
  watchOutages(listener: PubSubOutageListener): () => void {
    return this.#watch.listen(listener);
  }

  /** Resolves once both connections are up (or rejects after `timeoutMs`): for tests and startup checks. */
  async ready(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(this.#pub.isReady && this.#sub.isReady)) {
      if (Date.now() > deadline) throw new WeftError(ErrorCode.badOption, `redisPubSub(): Redis did not answer within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  publish(channel: string, envelope: PubSubEnvelope): void {
    this.#open("publish");
    const local = this.#channels.get(channel);
    if (local) deliverSoon(local.listeners, envelope, reportListenerError);
    const payload = serialize([this.#origin, envelope.from, envelope.others, envelope.message] satisfies Wire);
    this.#send(this.#prefix + channel, payload);
  }

  subscribe(channel: string, listener: PubSubListener): Promise<void> {
    this.#open("subscribe");
    let entry = this.#channels.get(channel);
    if (!entry) {
      const listeners = new Set<PubSubListener>();
      const onMessage = (payload: Buffer) => this.#receive(listeners, payload);
      const subscribed = this.#sub.subscribe(this.#prefix + channel, onMessage, true);
      entry = { listeners, onMessage, subscribed };
      this.#channels.set(channel, entry);
    }
    entry.listeners.add(listener);
    return entry.subscribed;
  }

  unsubscribe(channel: string, listener: PubSubListener): Promise<void> | void {
    const entry = this.#channels.get(channel);
    if (!entry?.listeners.delete(listener) || entry.listeners.size > 0) return;
    this.#channels.delete(channel);
    if (this.#closed) return;
    return this.#sub.unsubscribe(this.#prefix + channel, entry.onMessage, true);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#settling);
    this.#channels.clear();
    this.#buffer.length = 0;
    await Promise.allSettled([this.#pub, this.#sub].map((client) => (client.isReady ? client.close() : client.destroy())));
  }

  #send(key: string, payload: Buffer): void {
    // Down as soon as any client said so (the subscriber may notice first): held, not sent into a dying connection.
    if (!this.#pub.isReady || this.#watch.down || this.#settling || this.#buffer.length > 0) return this.#hold(key, payload);
    this.#stats.published++;
    this.#pub.publish(key, payload).catch(() => {
      // The connection went while the command was out: it waits for the next one.
      this.#stats.published--;
      this.#hold(key, payload);
    });
  }

  #hold(key: string, payload: Buffer): void {
    if (this.#closed) return;
    if (this.#buffer.length >= this.#maxBuffered) {
      this.#stats.dropped++;
      this.#droppedInOutage++;
      return;
    }
    this.#buffer.push([key, payload]);
  }

  /**
   * The publish client is (back) up. What waited goes out, oldest first, after `maxBackoffMs`:
   * the other processes' subscribers reconnect on the same backoff, and Redis keeps no message
   * for a subscriber that is not back yet.
   */
  #settle(): void {
    if (this.#buffer.length === 0 || this.#closed) return;
    clearTimeout(this.#settling);
    this.#settling = setTimeout(() => {
      this.#settling = undefined;
      this.#flush();
    }, this.#settleMs);
  }

  #flush(): void {
    const waiting = this.#buffer.splice(0);
    for (const [key, payload] of waiting) this.#send(key, payload);
  }

  #receive(listeners: Set<PubSubListener>, payload: Buffer): void {
    let wire: Wire;
    try {
      wire = deserialize(payload) as Wire;
    } catch {
      return; // not a Weft message: something else published on the channel
    }
    if (!Array.isArray(wire) || wire[0] === this.#origin) return; // our own, delivered already
    this.#stats.received++;
    deliverSoon(listeners, { from: String(wire[1]), others: wire[2] === true, message: wire[3] }, reportListenerError);
  }

  #open(what: string): void {
    if (this.#closed) throw new WeftError(ErrorCode.pubsubClosed, `cannot ${what}: the Redis pub/sub adapter is closed`);
  }
}

/**
 * A pub/sub adapter over Redis, for `app(main, { pubsub: redisPubSub(url) })`: `page.pubsub` and
 * `page.presence` then reach every process of the app on that Redis.
 */
export function redisPubSub(target?: string | RedisPubSubOptions): RedisPubSub {
  return new RedisPubSub(target);
}
