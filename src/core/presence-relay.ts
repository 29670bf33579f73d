/**
 * Carries `page.presence` between hubs (a static site's tabs, each its own worker; later the
 * processes of a scaled-out server) as messages over a `PubSubAdapter`, on the channel
 * `presence`. Each hub is a node: it publishes its own sessions' joins and leaves as they happen,
 * its whole state every `beatMs` (a heartbeat), a `hello` when it starts (every other node answers
 * with its state) and a `bye` when it closes. A node not heard from for `expireMs` has gone
 * without a word (a tab killed, a crashed process): its sessions leave. A beat is the full state,
 * so a lost message is mended by the next one. Decision 0027.
 */
import type { PubSubAdapter, PubSubEnvelope, PubSubListener } from "./pubsub-adapter.js";
import type { PresenceHub, PresenceObserver } from "./presence.js";
import type { Logger } from "./session-types.js";

/** The adapter channel presence travels on (pub/sub uses `all` and `topic:<name>`). */
export const PRESENCE_CHANNEL = "presence";

/** One entry as it travels: topic, session id, revision (bumped by each track), metadata. */
type Wire = [topic: string, sessionId: string, rev: number, meta: unknown];

type RelayMessage =
  | { t: "join"; entry: Wire }
  | { t: "leave"; topic: string; sessionId: string }
  | { t: "beat"; entries: Wire[] }
  | { t: "hello" }
  | { t: "bye" };

/** Options of a `PresenceRelay`. */
export interface PresenceRelayOptions {
  /** This node's id, unique among the nodes on the adapter. */
  nodeId: string;
  /** How often this node announces its state. Default 5,000 ms. */
  beatMs?: number;
  /** How long a silent node's sessions stay present. Default three beats. */
  expireMs?: number;
  /** Hears what publishing failed with (a network adapter). Default: the console. */
  onError?: (thrown: unknown) => void;
}

interface RemoteNode {
  readonly entries: Map<string, { topic: string; sessionId: string; rev: number }>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const keyOf = (topic: string, sessionId: string): string => `${topic}\u0000${sessionId}`;

const isWire = (w: unknown): w is Wire => Array.isArray(w) && w.length === 4 && typeof w[0] === "string" && typeof w[1] === "string" && typeof w[2] === "number";

function isRelayMessage(m: unknown): m is RelayMessage {
  const d = m as { t?: unknown; entry?: unknown; entries?: unknown; topic?: unknown; sessionId?: unknown } | null;
  if (typeof d !== "object" || d === null) return false;
  switch (d.t) {
    case "join":
      return isWire(d.entry);
    case "leave":
      return typeof d.topic === "string" && typeof d.sessionId === "string";
    case "beat":
      return Array.isArray(d.entries) && d.entries.every(isWire);
    case "hello":
    case "bye":
      return true;
    default:
      return false;
  }
}

/**
 * The envelope of node `nodeId`'s bye, for a carrier that says it on the node's behalf (a static
 * site's page, as its tab goes: the browser stops the tab's worker with it).
 */
export function byeEnvelope(nodeId: string): PubSubEnvelope {
  return envelopeOf(nodeId, { t: "bye" });
}

/** Node `nodeId`'s `message` as it travels on the adapter. */
function envelopeOf(nodeId: string, message: RelayMessage): PubSubEnvelope {
  return { from: nodeId, others: true, message };
}

export class PresenceRelay implements PresenceObserver {
  readonly #hub: PresenceHub;
  readonly #adapter: PubSubAdapter;
  readonly #nodeId: string;
  readonly #expireMs: number;
  readonly #onError: (thrown: unknown) => void;
  /** This node's own entries, as last announced. */
  readonly #local = new Map<string, Wire>();
  readonly #remote = new Map<string, RemoteNode>();
  readonly #listener: PubSubListener = this.#receive.bind(this);
  readonly #beat: ReturnType<typeof setInterval>;
  #rev = 0;
  #closed = false;

  /** Starts relaying `hub` over `adapter`: subscribes, says hello, and beats until `close()`. */
  constructor(hub: PresenceHub, adapter: PubSubAdapter, options: PresenceRelayOptions) {
    this.#hub = hub;
    this.#adapter = adapter;
    this.#nodeId = options.nodeId;
    const beatMs = options.beatMs ?? 5000;
    this.#expireMs = options.expireMs ?? 3 * beatMs;
    this.#onError = options.onError ?? ((thrown) => console.error("[weft] presence relay could not publish", thrown));
    hub.observer = this;
    this.#settle(() => adapter.subscribe(PRESENCE_CHANNEL, this.#listener));
    this.#send({ t: "hello" });
    this.#beat = setInterval(() => this.#send({ t: "beat", entries: [...this.#local.values()] }), beatMs);
    (this.#beat as { unref?: () => void }).unref?.();
  }

  /** Nodes heard from and not yet gone (for tests and diagnostics). */
  get nodeCount(): number {
    return this.#remote.size;
  }

  joined(topic: string, sessionId: string, meta: unknown): void {
    const entry: Wire = [topic, sessionId, ++this.#rev, meta];
    this.#local.set(keyOf(topic, sessionId), entry);
    this.#send({ t: "join", entry });
  }

  left(topic: string, sessionId: string): void {
    if (this.#local.delete(keyOf(topic, sessionId))) this.#send({ t: "leave", topic, sessionId });
  }

  /** Says bye (the others drop this node's sessions at once), stops beating, and forgets the other nodes (their sessions leave here). */
  close(): void {
    if (this.#closed) return;
    this.#send({ t: "bye" });
    this.#closed = true;
    clearInterval(this.#beat);
    if (this.#hub.observer === this) this.#hub.observer = undefined;
    this.#settle(() => this.#adapter.unsubscribe(PRESENCE_CHANNEL, this.#listener));
    for (const nodeId of [...this.#remote.keys()]) this.#forget(nodeId);
  }

  #receive(envelope: PubSubEnvelope): void {
    const from = envelope.from;
    const message = envelope.message;
    if (this.#closed || from === this.#nodeId || !isRelayMessage(message)) return;
    if (message.t === "bye") return this.#forget(from);
    const node = this.#heard(from);
    switch (message.t) {
      case "join":
        this.#put(node, message.entry);
        break;
      case "leave":
        this.#drop(node, keyOf(message.topic, message.sessionId));
        break;
      case "beat": {
        const keys = new Set<string>();
        for (const entry of message.entries) {
          keys.add(keyOf(entry[0], entry[1]));
          this.#put(node, entry);
        }
        for (const key of [...node.entries.keys()]) if (!keys.has(key)) this.#drop(node, key);
        break;
      }
      case "hello":
        this.#send({ t: "beat", entries: [...this.#local.values()] });
        break;
    }
  }

  /** The node `from` spoke: it stays for another `expireMs`. */
  #heard(from: string): RemoteNode {
    let node = this.#remote.get(from);
    if (!node) this.#remote.set(from, (node = { entries: new Map(), timer: undefined }));
    clearTimeout(node.timer);
    node.timer = setTimeout(() => this.#forget(from), this.#expireMs);
    (node.timer as { unref?: () => void }).unref?.();
    return node;
  }

  #put(node: RemoteNode, [topic, sessionId, rev, meta]: Wire): void {
    const key = keyOf(topic, sessionId);
    if (node.entries.get(key)?.rev === rev) return;
    node.entries.set(key, { topic, sessionId, rev });
    this.#hub.putRemote(topic, sessionId, meta);
  }

  #drop(node: RemoteNode, key: string): void {
    const entry = node.entries.get(key);
    if (!entry) return;
    node.entries.delete(key);
    this.#hub.dropRemote(entry.topic, entry.sessionId);
  }

  /** The node is gone (bye, or silent past `expireMs`): its sessions leave every topic. */
  #forget(nodeId: string): void {
    const node = this.#remote.get(nodeId);
    if (!node) return;
    clearTimeout(node.timer);
    this.#remote.delete(nodeId);
    for (const key of [...node.entries.keys()]) this.#drop(node, key);
  }

  #send(message: RelayMessage): void {
    if (this.#closed) return;
    this.#settle(() => this.#adapter.publish(PRESENCE_CHANNEL, envelopeOf(this.#nodeId, message)));
  }

  /** Runs an adapter call; what it throws or rejects with goes to `onError`, never to the caller. */
  #settle(call: () => void | Promise<void>): void {
    try {
      const result = call();
      if (result) result.catch(this.#onError);
    } catch (thrown) {
      this.#onError(thrown);
    }
  }
}

/** The relay of a hub whose adapter is shared by several processes; none for one that is this process's only. */
export function relayFor(presence: PresenceHub, adapter: PubSubAdapter | undefined, instanceId: string | undefined, log: Logger): PresenceRelay | undefined {
  if (!adapter?.shared) return undefined;
  return new PresenceRelay(presence, adapter, {
    nodeId: instanceId ?? crypto.randomUUID(),
    ...(adapter.presenceBeatMs !== undefined ? { beatMs: adapter.presenceBeatMs } : {}),
    onError(thrown: unknown) {
      log.error("[weft] presence could not reach the other processes", thrown);
    },
  });
}
