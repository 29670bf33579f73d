/**
 * The one seam to the network. A `Connection` is one end of a bidirectional channel of text
 * frames: a WebSocket, a worker's message port, or an in-memory pair. The runtime and the client
 * speak only to this interface; each transport is a small adapter.
 */
export interface Connection {
  /**
   * Sends one encoded frame. A send before the channel is open is queued and goes out, in order,
   * once it opens; after `close`, a send is silently dropped.
   */
  send(frame: string): void;
  /** Closes the channel; the peer's `onClose` fires with the same code and reason. */
  close(code?: number, reason?: string): void;
  /** Set by the consumer: called for each frame received, in order. */
  onMessage: (frame: string) => void;
  /** Set by the consumer: called once when the channel closes, from either side. */
  onClose: (code: number, reason: string) => void;
  /** Bytes queued but not yet written to the peer, where the transport can tell. */
  readonly bufferedAmount: number;
  /** The peer's address, where the transport knows one (for limits and logs). */
  readonly remoteAddress?: string;
  /** What the host's `authenticate(req)` returned for this connection's request; becomes `page.user`. */
  readonly user?: unknown;
  /** The `Origin` its request came from (a WebSocket's), where the transport has one: a claim must come from the page's. */
  readonly origin?: string | undefined;
}

/** Close codes used by Weft on top of the WebSocket standard ones. */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  protocolError: 1002,
  policyViolation: 1008,
  tooLarge: 1009,
  serverError: 1011,
  /**
   * The server is being replaced by a new process that is ready now (`weft run --watch`): the
   * client reconnects at once, and the new process's new session is not announced as a lost one.
   */
  restarted: 4000,
  /** The server takes no new session now (it is draining): try again, maybe elsewhere. */
  tryAgainLater: 1013,
} as const;

/**
 * The query parameter of a WebSocket URL that carries a copy of a new session's `hello` frame,
 * URL-encoded: the server takes it as the connection's first frame, a round trip before the socket
 * could send it, and drops the same frame when it then arrives (decision 0015). A hello with a
 * `resume` token is never put there: proxies log URLs.
 */
export const HELLO_PARAM = "hello";
