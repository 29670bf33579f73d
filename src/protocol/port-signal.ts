/**
 * The worker transport's own messages. Over a `MessagePort`, protocol frames travel as strings,
 * exactly as over a WebSocket; the only other messages are these signals: two stand in for what a
 * socket gets from its handshake and its close frame, and one carries the worker's farewell. They are plain objects, so they can
 * never be mistaken for a frame.
 */

/** The `signal` of each port message that is not a frame. */
export const PortSignal = {
  /** Page → worker, with a fresh `MessagePort` in the message's transfer list: a new connection. */
  connect: "weft.connect",
  /** Either end → the other: this connection is closed, with a close code and reason. */
  close: "weft.close",
  /**
   * Worker → page: what the page posts on the site's BroadcastChannel as the tab goes (`pagehide`),
   * for the worker, which the browser stops with its tab, maybe before it could say so itself.
   */
  farewell: "weft.farewell",
} as const;
export type PortSignal = (typeof PortSignal)[keyof typeof PortSignal];

/** Sent on the worker itself to open a connection; the port is `event.ports[0]`. */
export interface PortConnectMessage {
  signal: typeof PortSignal.connect;
}

/** Sent on a connection's port by the end that closes it. */
export interface PortCloseMessage {
  signal: typeof PortSignal.close;
  code: number;
  reason: string;
}

/** Sent on a connection's port by the worker, before any frame: the message to post on `channel` as the tab goes. */
export interface PortFarewellMessage {
  signal: typeof PortSignal.farewell;
  /** The BroadcastChannel's name. */
  channel: string;
  message: unknown;
}

type SignalMessage<S extends PortSignal> = S extends typeof PortSignal.close ? PortCloseMessage : S extends typeof PortSignal.farewell ? PortFarewellMessage : PortConnectMessage;

/** True when `data` (a message event's data) is the given signal. */
export function isPortSignal<S extends PortSignal>(data: unknown, signal: S): data is SignalMessage<S> {
  return typeof data === "object" && data !== null && (data as { signal?: unknown }).signal === signal;
}
