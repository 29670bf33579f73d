/**
 * Action codes: the first element of every frame `[action, body]`. Named once here, imported by
 * both the server runtime and the browser client; no other file spells them.
 */

/** Frames a client sends to the server. */
export const ClientAction = {
  /** First frame on every connection: protocol version, viewport, route, optional resume token. */
  hello: "hello",
  /** A user event on a control (click, change, submit, resize, …), numbered by the client. */
  event: "event",
  /** Acknowledges every server patch up to and including `seq`. */
  ack: "ack",
  /** Answers a server `ping`: the client is alive. */
  pong: "pong",
  /** The result of a server-to-client `call` op (focus, scroll, …). */
  reply: "reply",
  /**
   * The tab is going away for good (closed, reloaded, navigated away, not into the back/forward
   * cache): the server ends the session at once instead of keeping it for a resume.
   */
  bye: "bye",
} as const;
export type ClientAction = (typeof ClientAction)[keyof typeof ClientAction];

/** Frames the server sends to a client. */
export const ServerAction = {
  /** Answer to `hello`: the session's id and its resume token. */
  welcome: "welcome",
  /** An ordered batch of patch ops, numbered by the server. */
  patch: "patch",
  /** Acknowledges every client event up to and including `seq`. */
  ack: "ack",
  /** A coded rejection, an app error to show, or a fatal condition; the client shows it. */
  error: "error",
  /** Sent on a quiet connection every `heartbeat` ms; the client answers `pong`. */
  ping: "ping",
  /**
   * This process is draining and the session is about to move (decision 0039): the client sends
   * what it holds back (a field's typing), then says `bye`, and waits for `moved`.
   */
  move: "move",
  /**
   * The session here has ended: the client starts a new one through the same URL (so the balancer
   * picks another process), on the same route, with `restore` in its hello.
   */
  moved: "moved",
} as const;
export type ServerAction = (typeof ServerAction)[keyof typeof ServerAction];
