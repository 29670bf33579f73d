/** What a `ClientSession` is given: its host, its transport, its clock. */
import type { Connection, ErrorBody, HelloBody, PatchBody, ServerFrame } from "../protocol/index.js";
import type { Clock } from "./clock.js";

/** Where the link is: welcomed, waiting to reconnect, or down with no retry coming. */
export type LinkState = "connected" | "reconnecting" | "down";

/** What a host does with what the session hears. */
export interface ClientSessionHost {
  /** A patch to apply, each once and in order; the host calls `applied(seq)` once it is applied. */
  patch(body: PatchBody): void;
  /** Patches handed to `patch` and not applied yet are to be dropped: the server sends them again. */
  discardPending?(): void;
  /**
   * The server answered with another session (the old one ended): clear the tree. `restarted`
   * when the server had closed with `CloseCode.restarted` (`weft run --watch` replaced the app's
   * process on purpose: nothing to apologise for).
   */
  sessionReplaced(restarted?: boolean): void;
  /** The process is draining (`move`): send what is held back (a field's typing) now. */
  moving?(): void;
  /**
   * The session moved off its process (`moved`): clear the tree and say so (not when `restarted`:
   * `weft run --watch` replaced the process, as the developer asked); a new session follows.
   */
  moved?(restarted: boolean): void;
  linkChanged?(link: LinkState): void;
  /** An `error` frame. After a fatal one the session reconnects no more. */
  serverError?(body: ErrorBody): void;
  /** Something a developer should hear of: a bad frame, lost patches, a dead link. */
  warn(message: string): void;
  /** Every valid frame from the server, as it arrived. */
  frame?(frame: ServerFrame, text: string): void;
}

/** A connection that holds what arrives until `release()` (the boot script's, `client/early-connection.ts`). */
export interface HeldConnection extends Connection {
  release(): void;
}

export interface ClientSessionOptions {
  /**
   * Opens a new connection. `hello`, when given, is its first frame, sent by the transport (a
   * WebSocket carries it in its URL, decision 0015).
   */
  connect: (hello?: string) => Connection;
  /** A new session's hello (protocol version, viewport, route), read at each hello. */
  hello: () => HelloBody;
  host: ClientSessionHost;
  /** A connection already open that said hello: the session's first one. */
  early?: HeldConnection | undefined;
  /**
   * The wait before reconnect attempt `attempt` (0, 1, …) after a close. When given, the session
   * keeps its link by itself (and watches the heartbeat); without it a closed link stays closed
   * until `start()`.
   */
  retryDelay?: (attempt: number) => number;
  /** Default the system's. */
  clock?: Clock;
}
