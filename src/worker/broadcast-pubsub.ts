/**
 * `page.pubsub` between the tabs of one browser on a static site: each tab runs its app in its
 * own worker, so messages travel between the workers over a `BroadcastChannel` named after the
 * app's `storageKey`. Its own workers' sessions are reached through an in-memory adapter; every
 * other worker's through the channel (which never echoes to its sender). One sender's messages
 * keep their order, as BroadcastChannel delivers in posting order.
 */
import { ErrorCode, MemoryPubSub, WeftError, type PubSubAdapter, type PubSubEnvelope, type PubSubListener } from "../core/index.js";

export interface Carried {
  channel: string;
  envelope: PubSubEnvelope;
}

function isCarried(data: unknown): data is Carried {
  const d = data as Partial<Carried> | null;
  return typeof d === "object" && d !== null && typeof d.channel === "string" && typeof d.envelope === "object" && d.envelope !== null && typeof d.envelope.from === "string" && typeof d.envelope.others === "boolean";
}

/** What travels on the channel for a publish of `envelope` on `channel`, as another tab's worker reads it. */
export function carried(channel: string, envelope: PubSubEnvelope): Carried {
  return { channel, envelope };
}

export class BroadcastPubSub implements PubSubAdapter {
  readonly #local: MemoryPubSub;
  readonly #channel: BroadcastChannel;
  #closed = false;

  /** Joins the BroadcastChannel `name` (one per app: `weft:<storageKey>`). */
  constructor(
    readonly name: string,
    options: { onListenerError?: (thrown: unknown) => void } = {},
  ) {
    this.#local = new MemoryPubSub(options);
    this.#channel = new BroadcastChannel(name);
    this.#channel.onmessage = (event: MessageEvent) => {
      // Another tab's worker published: hand it to this worker's listeners, as if published here.
      if (!this.#closed && isCarried(event.data)) this.#local.publish(event.data.channel, event.data.envelope);
    };
  }

  publish(channel: string, envelope: PubSubEnvelope): void {
    if (this.#closed) throw new WeftError(ErrorCode.pubsubClosed, "cannot publish: the pub/sub adapter is closed");
    this.#local.publish(channel, envelope);
    this.#channel.postMessage(carried(channel, envelope));
  }

  subscribe(channel: string, listener: PubSubListener): void {
    this.#local.subscribe(channel, listener);
  }

  unsubscribe(channel: string, listener: PubSubListener): void {
    this.#local.unsubscribe(channel, listener);
  }

  close(): void {
    this.#closed = true;
    this.#channel.close();
    this.#local.close();
  }
}
