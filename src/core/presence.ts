/**
 * `page.presence`: who is here, by topic. A session `track`s itself on a topic with some
 * metadata (`{ userName: "Ada" }`), `list`s who is tracked there, and hears joins and leaves in
 * `onChange`, which runs as one of its events, like a pub/sub handler. A session that ends
 * leaves every topic by itself, and so does one whose tab has been gone longer than the grace
 * period (`presenceGraceMs`), joining again when the tab resumes. `PresenceHub` (one per `SessionHub`) holds the app's state in
 * memory: presence reaches the sessions of one process, and, through a `PresenceRelay` over a
 * pub/sub adapter, those of other workers or processes (docs/pubsub.md).
 */
import { ErrorCode, WeftError } from "./errors.js";
import { copyOf, snapshot } from "./message-copy.js";
import type { PubSubHost } from "./pubsub.js";

/** One session present on a topic. */
export interface PresenceEntry<M = unknown> {
  readonly sessionId: string;
  readonly meta: M;
}

/** What `onChange` receives: the topic, and who joined (or changed their metadata) and who left. */
export interface PresenceChange<M = unknown> {
  readonly topic: string;
  readonly joins: Array<PresenceEntry<M>>;
  readonly leaves: Array<PresenceEntry<M>>;
}

const MAX_TOPIC_LENGTH = 1024;

/** Hears this hub's own sessions join and leave (a `PresenceRelay` carrying them elsewhere). */
export interface PresenceObserver {
  joined(topic: string, sessionId: string, meta: unknown): void;
  left(topic: string, sessionId: string): void;
}

/** A session present on a topic: one of this hub's (`member`), or one elsewhere (`member` undefined). */
interface Present {
  member: Presence<unknown> | undefined;
  meta: unknown;
}

/** The app-wide side: every topic's present sessions, in the order they first tracked it. */
export class PresenceHub {
  readonly #topics = new Map<string, Map<string, Present>>();
  /** Set by a `PresenceRelay`: told of every local join and leave. */
  observer: PresenceObserver | undefined = undefined;

  /** Sessions tracked, over every topic (for tests and diagnostics). */
  get trackedCount(): number {
    let count = 0;
    for (const present of this.#topics.values()) count += present.size;
    return count;
  }

  track(topic: string, member: Presence<unknown>, meta: unknown): void {
    let present = this.#topics.get(topic);
    if (!present) this.#topics.set(topic, (present = new Map()));
    present.set(member.sessionId, { member, meta });
    this.#tell(present, { topic, joins: [{ sessionId: member.sessionId, meta }], leaves: [] });
    this.observer?.joined(topic, member.sessionId, meta);
  }

  /** A session elsewhere joined `topic` (or changed its metadata): this hub's sessions there hear it. */
  putRemote(topic: string, sessionId: string, meta: unknown): void {
    let present = this.#topics.get(topic);
    if (present?.get(sessionId)?.member) return;
    if (!present) this.#topics.set(topic, (present = new Map()));
    present.set(sessionId, { member: undefined, meta });
    this.#tell(present, { topic, joins: [{ sessionId, meta }], leaves: [] });
  }

  /** A session elsewhere left `topic`: this hub's sessions there hear it. */
  dropRemote(topic: string, sessionId: string): void {
    const present = this.#topics.get(topic);
    const entry = present?.get(sessionId);
    if (!present || !entry || entry.member) return;
    this.#remove(topic, present, sessionId, entry);
  }

  /** Takes `member` off `topic`; the others hear it, and `member` too unless it is ending. */
  untrack(topic: string, member: Presence<unknown>, tellMember: boolean): void {
    const present = this.#topics.get(topic);
    const entry = present?.get(member.sessionId);
    if (!present || !entry?.member) return;
    const change = this.#remove(topic, present, member.sessionId, entry);
    if (tellMember) member.hear(change);
    this.observer?.left(topic, member.sessionId);
  }

  list(topic: string): PresenceEntry[] {
    return [...(this.#topics.get(topic)?.entries() ?? [])].map(([sessionId, { meta }]) => ({ sessionId, meta: copyOf(meta) }));
  }

  /** Takes one entry off a topic and tells the sessions still there. */
  #remove(topic: string, present: Map<string, Present>, sessionId: string, entry: Present): PresenceChange {
    present.delete(sessionId);
    if (present.size === 0) this.#topics.delete(topic);
    const change: PresenceChange = { topic, joins: [], leaves: [{ sessionId, meta: entry.meta }] };
    this.#tell(present, change);
    return change;
  }

  /** Tells every session of this hub present on the topic, each its own copy. */
  #tell(present: Map<string, Present>, change: PresenceChange): void {
    for (const { member } of [...present.values()]) member?.hear(change);
  }
}

/**
 * One session's presence (`page.presence`); type the metadata with
 * `page.presence.typed<{ userName: string }>()`.
 */
export class Presence<M = unknown> {
  /** Runs when a session joins, changes its metadata on, or leaves a topic this session tracks. */
  onChange: ((change: PresenceChange<M>) => void | Promise<void>) | undefined = undefined;
  readonly #host: PubSubHost;
  readonly #hub: PresenceHub;
  /** Topics tracked, with their metadata (kept while away, to come back with). */
  readonly #tracked = new Map<string, unknown>();
  #away = false;

  /** Made by the runtime, one per session; apps use `page.presence`. */
  constructor(host: PubSubHost, hub: PresenceHub) {
    this.#host = host;
    this.#hub = hub;
  }

  /** The same presence, its metadata typed. */
  typed<U>(): Presence<U> {
    return this as unknown as Presence<U>;
  }

  get sessionId(): string {
    return this.#host.id;
  }

  /** Marks this session present on `topic` with `meta` (again: replaces the metadata). */
  track(topic: string, meta: M): void {
    checkTopic(topic, "track");
    if (this.#host.closed) throw new WeftError(ErrorCode.sessionClosed, "presence.track() cannot run: the session has ended");
    const copy = snapshot(meta, "presence.track()");
    this.#tracked.set(topic, copy);
    if (!this.#away) this.#hub.track(topic, this as Presence<unknown>, copy);
  }

  /** Takes this session off `topic`. */
  untrack(topic: string): void {
    checkTopic(topic, "untrack");
    if (this.#tracked.delete(topic) && !this.#away) this.#hub.untrack(topic, this as Presence<unknown>, true);
  }

  /** Who is present on `topic` now, in the order they joined; copies. */
  list(topic: string): Array<PresenceEntry<M>> {
    checkTopic(topic, "list");
    return this.#hub.list(topic) as Array<PresenceEntry<M>>;
  }

  /** Leaves every topic. */
  untrackAll(): void {
    for (const topic of [...this.#tracked.keys()]) this.untrack(topic);
  }

  /** @internal The session ends: it leaves every topic, and only the others hear it. */
  leaveAll(): void {
    if (!this.#away) for (const topic of this.#tracked.keys()) this.#hub.untrack(topic, this as Presence<unknown>, false);
    this.#tracked.clear();
  }

  /** @internal The tab has been gone longer than the grace period: it leaves every topic, the others hear it. */
  goAway(): void {
    if (this.#away) return;
    for (const topic of this.#tracked.keys()) this.#hub.untrack(topic, this as Presence<unknown>, false);
    this.#away = true;
  }

  /** @internal The tab is back: it joins again every topic it tracked, with the same metadata. */
  comeBack(): void {
    if (!this.#away) return;
    this.#away = false;
    for (const [topic, meta] of this.#tracked) this.#hub.track(topic, this as Presence<unknown>, meta);
  }

  /** @internal A change on a topic this session is present on: `onChange` runs as one of its events. */
  hear(change: PresenceChange): void {
    const handler = this.onChange;
    if (!handler || this.#host.closed) return;
    const copy = { topic: change.topic, joins: copyEntries(change.joins), leaves: copyEntries(change.leaves) } as PresenceChange<M>;
    this.#host.deliver(() => handler.call(this, copy), `presence:${change.topic}`);
  }
}

function copyEntries(entries: PresenceEntry[]): PresenceEntry[] {
  return entries.map((e) => ({ sessionId: e.sessionId, meta: copyOf(e.meta) }));
}

function checkTopic(topic: unknown, method: string): asserts topic is string {
  if (typeof topic !== "string" || topic.length === 0 || topic.length > MAX_TOPIC_LENGTH) {
    throw new WeftError(ErrorCode.badValue, `presence.${method}() needs a topic: a string of 1 to ${MAX_TOPIC_LENGTH} characters, got ${typeof topic}`);
  }
}
