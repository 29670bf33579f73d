/**
 * `page.pubsub`: messages between the sessions of one app, Flet's `page.pubsub` in camelCase.
 * `PubSubHub` (one per `SessionHub`) subscribes to each channel on the adapter once and fans a
 * message out to its sessions, a clone to each; `PubSub` is one session's side: its handlers,
 * and sending. A delivered message runs as the receiving session's own event (decision 0025):
 * isolated, reported to that page's `onError`, flushed after.
 */
import { ErrorCode, WeftError } from "./errors.js";
import { isThenable } from "./error-reporter.js";
import { copyOf, snapshot } from "./message-copy.js";
import type { PubSubAdapter, PubSubEnvelope, PubSubListener } from "./pubsub-adapter.js";
import type { PubSubOutages } from "./pubsub-outage.js";

/** A handler of `subscribe`: the message sent with `sendAll` / `sendOthers`. */
export type MessageHandler<T> = (message: T) => void | Promise<void>;
/** A handler of `subscribeTopic`: the topic and the message sent on it. */
export type TopicHandler<T> = (topic: string, message: T) => void | Promise<void>;

/** What `PubSub` needs of its session. */
export interface PubSubHost {
  readonly id: string;
  readonly closed: boolean;
  /** Runs `handler` as one of the session's events (phase `pubsub`), then flushes. */
  deliver(handler: () => unknown, topic: string | undefined): void;
  /** Tells `page.onError` that the adapter's server is unreachable, once per outage (pubsub-outage.ts). */
  pubsubOutage?(error: WeftError): void;
}

/** The channel of `sendAll` / `sendOthers`; topics get their own, so no topic can collide with it. */
const ALL = "all";
const TOPIC_PREFIX = "topic:";
/** Longest topic name, in UTF-16 units. */
const MAX_TOPIC_LENGTH = 1024;
const DONE: Promise<void> = Promise.resolve();

/** The app-wide side: one adapter subscription per channel in use, fanned out to this hub's sessions. */
export class PubSubHub {
  readonly adapter: PubSubAdapter;
  /** Set by the app's hub when the adapter reports outages (a network adapter). */
  outages: PubSubOutages | undefined = undefined;
  readonly #members = new Map<string, Set<PubSub<unknown>>>();
  readonly #listeners = new Map<string, PubSubListener>();
  readonly #onError: (message: string, thrown: unknown) => void;

  constructor(adapter: PubSubAdapter, onError: (message: string, thrown: unknown) => void) {
    this.adapter = adapter;
    this.#onError = onError;
  }

  /** Subscriptions held by sessions (one per session and channel), for tests and diagnostics. */
  get subscriptionCount(): number {
    let count = 0;
    for (const members of this.#members.values()) count += members.size;
    return count;
  }

  join(channel: string, member: PubSub<unknown>): void {
    let members = this.#members.get(channel);
    if (members) {
      members.add(member);
      return;
    }
    this.#members.set(channel, (members = new Set([member])));
    // A bound method, not an arrow: no closure for tsx to name (decision 0012).
    const listener: PubSubListener = this.#fanOut.bind(this, members);
    this.#listeners.set(channel, listener);
    this.#settle(() => this.adapter.subscribe(channel, listener), `subscribing to ${channel}`);
  }

  leave(channel: string, member: PubSub<unknown>): void {
    const members = this.#members.get(channel);
    if (!members?.delete(member) || members.size > 0) return;
    this.#members.delete(channel);
    const listener = this.#listeners.get(channel)!;
    this.#listeners.delete(channel);
    this.#settle(() => this.adapter.unsubscribe(channel, listener), `unsubscribing from ${channel}`);
  }

  #fanOut(members: Set<PubSub<unknown>>, envelope: PubSubEnvelope): void {
    for (const member of [...members]) {
      if (envelope.others && member.sessionId === envelope.from) continue;
      if (!members.has(member)) continue; // left while an earlier handler ran
      member.receive(copyOf(envelope.message)); // a copy per session: none can change another's
    }
  }

  /** Runs an adapter call whose failure no session caused: logged, never thrown. */
  #settle(call: () => void | Promise<void>, what: string): void {
    try {
      const result = call();
      if (isThenable(result)) Promise.resolve(result).catch((thrown: unknown) => this.#onError(`[weft] pub/sub: ${what} failed`, thrown));
    } catch (thrown) {
      this.#onError(`[weft] pub/sub: ${what} failed`, thrown);
    }
  }
}

/**
 * One session's pub/sub (`page.pubsub`). Messages are structured-clone-safe values (numbers,
 * strings, plain objects and arrays, Maps, Dates, …; no functions or class behaviour); each
 * receiving session gets its own copy. Type them with `page.pubsub.typed<ChatMessage>()`.
 */
export class PubSub<T = unknown> {
  readonly #host: PubSubHost;
  readonly #hub: PubSubHub;
  readonly #channel: string;
  readonly #handlers = new Set<MessageHandler<T> | TopicHandler<T>>();
  /** This session's topic subscriptions, by topic; created on the first `subscribeTopic`. */
  #topics: Map<string, PubSub<T>> | undefined;
  readonly #topic: string | undefined;

  /** Made by the runtime, one per session; apps use `page.pubsub`. */
  constructor(host: PubSubHost, hub: PubSubHub, topic?: string) {
    this.#host = host;
    this.#hub = hub;
    this.#topic = topic;
    this.#channel = topic === undefined ? ALL : TOPIC_PREFIX + topic;
  }

  /** The same pub/sub, its messages typed: `const pubsub = page.pubsub.typed<ChatMessage>()`. */
  typed<U>(): PubSub<U> {
    return this as unknown as PubSub<U>;
  }

  /** The session this belongs to. */
  get sessionId(): string {
    return this.#host.id;
  }

  /** Runs `handler` for every `sendAll` (and, from other sessions, `sendOthers`) message. */
  subscribe(handler: MessageHandler<T>): void {
    this.#add(handler, "subscribe");
  }

  /** Runs `handler(topic, message)` for every message sent on `topic`. */
  subscribeTopic(topic: string, handler: TopicHandler<T>): void {
    checkTopic(topic, "subscribeTopic");
    let topics = this.#topics;
    if (!topics) this.#topics = topics = new Map();
    let sub = topics.get(topic);
    if (!sub) topics.set(topic, (sub = new PubSub<T>(this.#host, this.#hub, topic)));
    sub.#add(handler, "subscribeTopic");
  }

  /**
   * Sends `message` to every subscribed session, this one too. Throws `pubsub.bad-message` at
   * once for a value that cannot be copied; the promise resolves once the adapter has taken the
   * message (rejecting with what the adapter threw, e.g. `pubsub.closed`).
   */
  sendAll(message: T): Promise<void> {
    return this.#send(ALL, false, message, "sendAll");
  }

  /** Sends `message` on `topic` to every session subscribed to it, this one too. */
  sendAllOnTopic(topic: string, message: T): Promise<void> {
    checkTopic(topic, "sendAllOnTopic");
    return this.#send(TOPIC_PREFIX + topic, false, message, "sendAllOnTopic");
  }

  /** Sends `message` to every subscribed session but this one. */
  sendOthers(message: T): Promise<void> {
    return this.#send(ALL, true, message, "sendOthers");
  }

  /** Sends `message` on `topic` to every session subscribed to it but this one. */
  sendOthersOnTopic(topic: string, message: T): Promise<void> {
    checkTopic(topic, "sendOthersOnTopic");
    return this.#send(TOPIC_PREFIX + topic, true, message, "sendOthersOnTopic");
  }

  /** Drops this session's `subscribe` handlers. */
  unsubscribe(): void {
    this.#clear();
  }

  /** Drops this session's handlers of `topic`. */
  unsubscribeTopic(topic: string): void {
    checkTopic(topic, "unsubscribeTopic");
    const sub = this.#topics?.get(topic);
    if (!sub) return;
    sub.#clear();
    this.#topics!.delete(topic);
  }

  /** Drops every handler of this session, topics too (done by itself when the session ends). */
  unsubscribeAll(): void {
    this.#clear();
    for (const sub of this.#topics?.values() ?? []) sub.#clear();
    this.#topics = undefined;
  }

  /**
   * @internal The hub hands this session its copy of a message: each handler runs as its own
   * event, in the order subscribed.
   */
  receive(message: unknown): void {
    if (this.#host.closed) return;
    const topic = this.#topic;
    for (const handler of [...this.#handlers]) {
      if (topic === undefined) this.#host.deliver(() => (handler as MessageHandler<T>)(message as T), undefined);
      else this.#host.deliver(() => (handler as TopicHandler<T>)(topic, message as T), topic);
    }
  }

  #add(handler: MessageHandler<T> | TopicHandler<T>, method: string): void {
    if (typeof handler !== "function") throw new WeftError(ErrorCode.badValue, `pubsub.${method}() needs a function as handler, got ${typeof handler}`);
    this.#open(method);
    if (this.#handlers.size === 0) this.#hub.join(this.#channel, this as PubSub<unknown>);
    this.#handlers.add(handler);
  }

  #clear(): void {
    if (this.#handlers.size === 0) return;
    this.#handlers.clear();
    this.#hub.leave(this.#channel, this as PubSub<unknown>);
  }

  #send(channel: string, others: boolean, message: T, method: string): Promise<void> {
    this.#open(method);
    const envelope: PubSubEnvelope = { from: this.#host.id, others, message: snapshot(message, `pubsub.${method}()`) };
    let result: void | Promise<void>;
    try {
      result = this.#hub.adapter.publish(channel, envelope);
    } catch (thrown) {
      return Promise.reject(thrown);
    }
    const outage = this.#hub.outages?.current;
    if (outage) this.#host.pubsubOutage?.(outage); // a session that first sends during an outage hears of it too
    return isThenable(result) ? Promise.resolve(result) : DONE;
  }

  #open(method: string): void {
    if (this.#host.closed) throw new WeftError(ErrorCode.sessionClosed, `pubsub.${method}() cannot run: the session has ended`);
  }
}

function checkTopic(topic: unknown, method: string): asserts topic is string {
  if (typeof topic !== "string" || topic.length === 0 || topic.length > MAX_TOPIC_LENGTH) {
    throw new WeftError(ErrorCode.badValue, `pubsub.${method}() needs a topic: a string of 1 to ${MAX_TOPIC_LENGTH} characters, got ${describe(topic)}`);
  }
}

function describe(value: unknown): string {
  return typeof value === "string" ? `a string of ${value.length} characters` : typeof value;
}
