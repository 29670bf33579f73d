/**
 * The client's side of the session protocol, once, for every host that plays the client: the
 * browser (`client/session-client.ts`, onto the DOM) and the pilot (`testing/pilot.ts`, onto its
 * mirror tree). It says hello: a new session's, or after a drop a resume with the token and the
 * last patch applied. It numbers events and keeps each until the server acknowledges it: events
 * made offline wait, and after a resume the ones the server had not handled are sent again, once.
 * It hands each patch to the host once and in order (a replayed one is dropped), batches the acks
 * of applied patches, and answers pings. When the server answers a resume with another session,
 * the old one is gone: the host clears its tree and the events of the old session are dropped.
 *
 * With `retryDelay`, it also keeps the link by itself: after a close it reconnects with that
 * backoff, and a link silent for 2.5 heartbeats counts as dead. It touches no DOM, and the
 * transport, the clock and its timers are injected (docs/decisions/0021).
 */
import {
  ClientAction,
  CloseCode,
  type MoveBody,
  type MovedBody,
  ServerAction,
  decodeServerFrame,
  encodeFrame,
  type ClientFrame,
  type Connection,
  type JsonValue,
  type PatchBody,
  type WelcomeBody,
} from "../protocol/index.js";
import { AckBatcher } from "./ack-batcher.js";
import type { ClientSessionHost, ClientSessionOptions, HeldConnection } from "./client-session-host.js";
import { systemClock, type Clock } from "./clock.js";
import { LinkWatchdog } from "./link-watchdog.js";
import { UnackedEvents } from "./unacked-events.js";

export type { ClientSessionHost, ClientSessionOptions, HeldConnection, LinkState } from "./client-session-host.js";

/** The least time between two reconnects made at once after `CloseCode.restarted`. */
const QUICK_RETRY_INTERVAL_MS = 1000;

export class ClientSession {
  readonly #options: ClientSessionOptions;
  readonly #host: ClientSessionHost;
  readonly #clock: Clock;
  readonly #acks: AckBatcher;
  #connection: Connection | undefined;
  #early: HeldConnection | undefined;
  /** True once this connection's welcome arrived; events wait for it. */
  #welcomed = false;
  #session: string | undefined;
  #token: string | undefined;
  /** The last patch the host applied. */
  #lastSeq = 0;
  /** The last patch received: applied, or still with the host. */
  #receivedSeq = 0;
  readonly #events = new UnackedEvents();
  #attempt = 0;
  #retry: unknown;
  #stopped = false;
  /** The last close said the server was replaced by a ready one (`CloseCode.restarted`). */
  #restarted = false;
  /** When the last reconnect without backoff (after `CloseCode.restarted`) was made. */
  #lastQuickRetry = Number.NEGATIVE_INFINITY;
  /** Silence for 2.5 of the server's ping intervals means a dead link. */
  readonly #watchdog: LinkWatchdog;
  /** Between `move` and `moved`: the session here is over, events are dropped. */
  #moving = false;
  /** Whether the move under way replaces the process by a restarted copy (`weft run --watch`). */
  #movedByRestart = false;
  /** The snapshot of the process moved off, for the next new session's hello. */
  #restore: string | undefined;

  constructor(options: ClientSessionOptions) {
    this.#options = options;
    this.#host = options.host;
    this.#clock = options.clock ?? systemClock;
    this.#early = options.early;
    this.#watchdog = new LinkWatchdog(this.#clock, Boolean(options.retryDelay), (connection) => this.#silent(connection));
    this.#acks = new AckBatcher((seq) => this.#connection?.send(encodeFrame([ClientAction.ack, { seq }])), { clock: this.#clock });
  }

  /** Whether the current connection has been welcomed. */
  get connected(): boolean {
    return this.#welcomed;
  }

  get sessionId(): string | undefined {
    return this.#session;
  }

  /** The last patch applied. */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  /** Opens a connection, resuming the session if there is one; does nothing while one is open or pending. */
  start(): void {
    if (this.#connection || this.#retry !== undefined) return;
    this.#open();
  }

  /** Closes quietly, acks sent, with no retry; `start()` resumes the session. */
  pause(): void {
    this.#cancelRetry();
    if (this.#welcomed) this.#acks.flush();
    const connection = this.detach();
    this.#host.linkChanged?.("down");
    connection?.close();
  }

  /** While waiting to reconnect, tries now. */
  retryNow(): void {
    if (this.#retry === undefined) return;
    this.#cancelRetry();
    this.#open();
  }

  /**
   * Back from a pause in which timers may not have run: a link quiet for over 1.5 heartbeats is
   * not trusted and is replaced at once, without waiting for backoff or the watchdog.
   */
  wake(): void {
    if (this.#stopped) return;
    if (!this.#connection) {
      if (this.#retry !== undefined) this.retryNow();
      else this.start();
      return;
    }
    if (this.#welcomed && this.#watchdog.quietFor(1.5)) {
      this.detach()?.close();
      this.#open();
    }
  }

  /**
   * Forgets the current connection without closing it, as when a link dies unnoticed: what still
   * arrives on it is ignored, and events wait for the next connection. Returns it.
   */
  detach(): Connection | undefined {
    const connection = this.#connection;
    this.#connection = undefined;
    this.#welcomed = false;
    this.#watchdog.stop();
    this.#acks.cancel();
    return connection;
  }

  /**
   * The page is discarded (closed, reloaded, navigated away): says bye, so the server ends the
   * session at once rather than keeping it for a resume, and reconnects no more.
   */
  leave(): void {
    if (this.#welcomed) this.#acks.flush();
    this.send([ClientAction.bye, {}]);
    this.close();
  }

  /** Ends the session for good: closes the connection and reconnects no more. */
  close(code?: number, reason?: string): void {
    this.#stopped = true;
    this.#cancelRetry();
    this.detach()?.close(code, reason);
  }

  /** Numbers an event and sends it, or keeps it for the next welcome while offline. */
  event(id: number, name: string, data?: JsonValue): void {
    if (this.#moving) return; // the page is about to be replaced by the next process's
    const text = this.#events.add(id, name, data);
    if (this.#welcomed) this.#connection?.send(text);
  }

  /** Sends a frame on the current connection, if there is one (a call's reply). */
  send(frame: ClientFrame): void {
    this.#connection?.send(encodeFrame(frame));
  }

  /** The host applied patch `seq`. */
  applied(seq: number): void {
    this.#lastSeq = seq;
    this.#acks.applied(seq);
  }

  /** Acknowledges the patches applied so far now, not when the batch is due. */
  flushAcks(): void {
    if (this.#welcomed) this.#acks.flush();
  }

  #open(): void {
    if (this.#stopped) return;
    this.#retry = undefined;
    const early = this.#early;
    this.#early = undefined;
    const connection = early ?? this.#connectWithHello();
    this.#connection = connection;
    this.#welcomed = false;
    connection.onMessage = (text) => {
      if (this.#connection === connection) this.#receive(text);
    };
    connection.onClose = (code) => {
      if (this.#connection !== connection) return;
      this.#restarted = code === CloseCode.restarted;
      this.#onClose();
    };
    // Patches the host still holds are dropped: the hello acknowledges only what was applied, so
    // the server sends them again.
    this.#host.discardPending?.();
    this.#receivedSeq = this.#lastSeq;
    early?.release();
  }

  /**
   * A new connection, hello included. A new session's hello goes with the connection (in a
   * WebSocket's URL, a round trip sooner); one that takes a session back carries its token, which
   * never goes in a URL (proxies log them), so it is the connection's first frame.
   */
  #connectWithHello(): Connection {
    const hello = this.#options.hello();
    // A claim of a first-painted page's session is a secret too: never in a URL.
    if (this.#token === undefined && this.#restore === undefined && hello.claim === undefined) return this.#options.connect(encodeFrame([ClientAction.hello, hello]));
    if (this.#token !== undefined) {
      hello.resume = this.#token;
      hello.ack = this.#lastSeq;
    } else hello.restore = this.#restore;
    const connection = this.#options.connect();
    connection.send(encodeFrame([ClientAction.hello, hello]));
    return connection;
  }

  #receive(text: string): void {
    this.#watchdog.heard(this.#connection);
    const decoded = decodeServerFrame(text);
    if (!decoded.ok) {
      this.#host.warn(`dropped a frame from the server (${decoded.code}): ${decoded.message}`);
      return;
    }
    const frame = decoded.frame;
    this.#host.frame?.(frame, text);
    switch (frame[0]) {
      case ServerAction.welcome:
        this.#onWelcome(frame[1]);
        break;
      case ServerAction.patch:
        this.#onPatch(frame[1]);
        break;
      case ServerAction.ack:
        this.#events.handled(frame[1].seq);
        break;
      case ServerAction.error:
        if (frame[1].fatal) this.#stopped = true;
        this.#host.serverError?.(frame[1]);
        break;
      case ServerAction.ping:
        this.send([ClientAction.pong, {}]);
        break;
      case ServerAction.move:
        this.#onMove(frame[1]);
        break;
      case ServerAction.moved:
        this.#onMoved(frame[1]);
        break;
    }
  }

  /** The process is draining: what is held back goes now, then bye; `moved` follows (decision 0039). */
  #onMove(body: MoveBody): void {
    this.#movedByRestart = body?.restart === true;
    this.#host.moving?.();
    if (this.#welcomed) this.#acks.flush();
    this.send([ClientAction.bye, {}]);
    this.#moving = true;
  }

  /** The session here is over: a new one, through the same URL (another process), with the snapshot. */
  #onMoved(body: MovedBody): void {
    this.#moving = false;
    this.#restore = body.restore;
    this.#session = undefined;
    this.#token = undefined;
    this.#events.clear();
    this.#lastSeq = this.#receivedSeq = 0;
    this.#host.moved?.(this.#movedByRestart);
    this.detach()?.close();
    this.#cancelRetry();
    this.#attempt = 0;
    this.#open();
  }

  #onWelcome(body: WelcomeBody): void {
    if (this.#session !== undefined && body.session !== this.#session) {
      // The old session is gone (expired, or the server restarted): start over with the new one.
      this.#events.clear();
      this.#host.sessionReplaced(this.#restarted);
    }
    this.#restarted = false;
    this.#session = body.session;
    this.#token = body.token;
    this.#restore = undefined;
    this.#moving = false;
    this.#welcomed = true;
    this.#attempt = 0;
    // Server frames are not validated (the server is trusted), but one of an older version may lack these.
    this.#watchdog.heartbeat = body.heartbeat ?? 0;
    this.#watchdog.feed(this.#connection);
    // The next patch follows `seq`: our own ack after a replay, the server's latest before a snapshot.
    this.#lastSeq = this.#receivedSeq = body.seq ?? 0;
    this.#events.handled(body.ack ?? 0);
    this.#acks.reset(this.#lastSeq);
    this.#host.linkChanged?.("connected");
    for (const text of this.#events.frames()) this.#connection?.send(text);
  }

  #onPatch(body: PatchBody): void {
    if (body.seq <= this.#receivedSeq) return; // already received before a resume
    if (body.seq !== this.#receivedSeq + 1) this.#host.warn(`patch ${body.seq} follows ${this.#receivedSeq}; some were lost`);
    this.#receivedSeq = body.seq;
    this.#host.patch(body);
  }

  /** The link on `connection` has been silent too long: it is replaced. */
  #silent(connection: Connection | undefined): void {
    if (this.#connection !== connection) return;
    this.#host.warn("the server has been silent too long; reconnecting");
    this.detach()?.close();
    this.#onClose();
  }

  #onClose(): void {
    this.detach();
    const retryDelay = this.#options.retryDelay;
    if (this.#stopped || !retryDelay) {
      this.#host.linkChanged?.("down");
      return;
    }
    this.#host.linkChanged?.("reconnecting");
    // A server that says it was replaced by a ready one is reconnected to at once, at most once a
    // second (so a server that keeps saying so cannot make the client spin).
    const now = this.#clock.now();
    if (this.#restarted && now - this.#lastQuickRetry >= QUICK_RETRY_INTERVAL_MS) {
      this.#lastQuickRetry = now;
      this.#retry = this.#clock.setTimeout(() => this.#open(), 0);
      return;
    }
    this.#retry = this.#clock.setTimeout(() => this.#open(), retryDelay(this.#attempt++));
  }

  #cancelRetry(): void {
    if (this.#retry !== undefined) this.#clock.clearTimeout(this.#retry);
    this.#retry = undefined;
  }
}
