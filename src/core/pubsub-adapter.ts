/**
 * The transport behind `page.pubsub`: what carries a message from the session that sends it to
 * every session that listens, in this process or (with a Redis adapter) in others. One adapter
 * serves one app (a `SessionHub`); the hub subscribes once per channel and fans out to its own
 * sessions, so an adapter sees channels, never sessions. `MemoryPubSub` is the default: one
 * process, no serialisation. `test/pubsub.contract.ts` is the suite every adapter must pass.
 */
import { ErrorCode, WeftError } from "./errors.js";

/** One published message as it travels: who sent it, whether the sender skips it, the value. */
export interface PubSubEnvelope {
  /** The sending session's id. */
  readonly from: string;
  /** True for `sendOthers*`: the sending session does not receive it. */
  readonly others: boolean;
  /** A structured-clone-safe value (checked at send). */
  readonly message: unknown;
}

/** Receives the envelopes published on a channel; an adapter calls each listener once per publish. */
export type PubSubListener = (envelope: PubSubEnvelope) => void;

/**
 * Hears a network adapter's outages, once each: `error` when its server becomes unreachable, then
 * `null` when it is back; `message` says it for a log line.
 */
export type PubSubOutageListener = (error: Error | null, message: string) => void;

/**
 * What a pub/sub transport provides. The contract (test/pubsub.contract.ts):
 * - each publish reaches every listener subscribed to its channel when it was published, once,
 *   and never a listener that has unsubscribed before delivery;
 * - publishes from one caller arrive in the order they were made;
 * - delivery happens after `publish` returns (never inside the publisher's call);
 * - a listener that throws keeps no other listener from its envelope;
 * - the same listener subscribed twice to one channel is one subscription;
 * - after `close()`, `publish` and `subscribe` fail with `pubsub.closed`.
 * Each method may return a promise (a network adapter) or nothing (the memory adapter).
 */
export interface PubSubAdapter {
  /**
   * True when other processes share the adapter (Redis): the app's hub then relays
   * `page.presence` over it (presence-relay.ts). Absent for one process's memory.
   */
  readonly shared?: boolean;
  /**
   * On a shared adapter: how often each hub announces its presence state, in ms (default 5,000);
   * a hub not heard from for three times as long has gone, and its sessions leave (decision 0040).
   * Every process on the adapter should use the same value.
   */
  readonly presenceBeatMs?: number;
  /**
   * A network adapter: calls `listener` when its server goes away and when it is back, once per
   * outage; returns what stops it. The hub logs these and tells its sessions' `page.onError`.
   */
  watchOutages?(listener: PubSubOutageListener): () => void;
  publish(channel: string, envelope: PubSubEnvelope): void | Promise<void>;
  subscribe(channel: string, listener: PubSubListener): void | Promise<void>;
  unsubscribe(channel: string, listener: PubSubListener): void | Promise<void>;
  close(): void | Promise<void>;
}

/**
 * Hands `envelope` to each of `listeners` still subscribed, in a microtask (microtasks run in the
 * order queued, so one caller's publishes arrive in order). A listener's failure is its own:
 * `onError` hears it and the others still get the envelope.
 */
export function deliverSoon(listeners: ReadonlySet<PubSubListener>, envelope: PubSubEnvelope, onError: (thrown: unknown) => void): void {
  const snapshot = [...listeners];
  queueMicrotask(() => {
    for (const listener of snapshot) {
      if (!listeners.has(listener)) continue;
      try {
        listener(envelope);
      } catch (thrown) {
        onError(thrown);
      }
    }
  });
}

/** The in-memory adapter: every session of one process, delivered in a microtask, in order. */
export class MemoryPubSub implements PubSubAdapter {
  readonly #channels = new Map<string, Set<PubSubListener>>();
  readonly #onListenerError: (thrown: unknown) => void;
  #closed = false;

  /** `onListenerError` hears what a listener threw. Default: the console. */
  constructor(options: { onListenerError?: (thrown: unknown) => void } = {}) {
    this.#onListenerError = options.onListenerError ?? ((thrown) => console.error("[weft] a pub/sub listener threw", thrown));
  }

  /** Listeners subscribed, over every channel (for tests and diagnostics). */
  get listenerCount(): number {
    let count = 0;
    for (const listeners of this.#channels.values()) count += listeners.size;
    return count;
  }

  publish(channel: string, envelope: PubSubEnvelope): void {
    this.#open("publish");
    const listeners = this.#channels.get(channel);
    if (!listeners) return;
    deliverSoon(listeners, envelope, this.#onListenerError);
  }

  subscribe(channel: string, listener: PubSubListener): void {
    this.#open("subscribe");
    let listeners = this.#channels.get(channel);
    if (!listeners) this.#channels.set(channel, (listeners = new Set()));
    listeners.add(listener);
  }

  unsubscribe(channel: string, listener: PubSubListener): void {
    const listeners = this.#channels.get(channel);
    if (!listeners) return;
    listeners.delete(listener);
    if (listeners.size === 0) this.#channels.delete(channel);
  }

  close(): void {
    this.#closed = true;
    this.#channels.clear();
  }

  #open(what: string): void {
    if (this.#closed) throw new WeftError(ErrorCode.pubsubClosed, `cannot ${what}: the pub/sub adapter is closed`);
  }
}
