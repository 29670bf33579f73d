/**
 * The client's side of a session: says hello, applies patches in order and acknowledges them,
 * numbers and sends events, and survives drops. After a drop it reconnects with backoff and
 * resumes with its token and last applied patch; events the server had not acknowledged are sent
 * again (the server skips those it already handled). If the server answers with another session,
 * the old one is gone: the screen is cleared and the new session's page is rendered.
 */
import {
  ClientAction,
  ServerAction,
  decodeServerFrame,
  encodeFrame,
  type Connection,
  type EventBody,
  type HelloBody,
  type JsonValue,
  type PatchBody,
  type WelcomeBody,
} from "../protocol/index.js";
import { AckBatcher } from "./ack-batcher.js";
import { backoffDelay } from "./backoff.js";
import { DomTree } from "./dom-tree.js";
import type { EarlyConnection } from "./early-connection.js";
import { EventSender } from "./event-sender.js";
import { PatchQueue } from "./patch-queue.js";
import { personMessage, type StatusView } from "./status-view.js";

/** What tests may read as `window.__weft`; one object, updated in place. */
export interface ClientState {
  sessionId: string | null;
  lastSeq: number;
  connected: boolean;
}

export interface SessionClientOptions {
  /**
   * Opens a new connection to the server (a WebSocket, a worker port). `hello`, when given, is the
   * connection's first frame, sent by the transport (a WebSocket carries it in its URL).
   */
  connect: (hello?: string) => Connection;
  /** A connection the boot script opened and said hello on: the session's first connection. */
  early?: EarlyConnection | undefined;
  /** The element the page is rendered into. */
  root: HTMLElement;
  status: StatusView;
  /** A new session's hello (protocol version, viewport, route), read at each hello. */
  hello: () => HelloBody;
  state: ClientState;
}

/** Unacknowledged events kept for resending; past this the oldest are dropped. */
const MAX_UNACKED_EVENTS = 10_000;

export class SessionClient {
  readonly tree: DomTree;
  readonly #options: SessionClientOptions;
  readonly #events: EventSender;
  readonly #acks: AckBatcher;
  readonly #patches = new PatchQueue((patch) => this.#applyPatch(patch));
  #connection: Connection | undefined;
  /** True once this connection's welcome arrived; events wait for it. */
  #welcomed = false;
  #session: string | undefined;
  #token: string | undefined;
  /** The last patch applied to the page. */
  #lastSeq = 0;
  /** The last patch received: applied, or waiting in `#patches` for its renderers. */
  #receivedSeq = 0;
  #eventSeq = 0;
  #unacked: { seq: number; text: string }[] = [];
  #attempt = 0;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;
  /** The server's ping interval from the welcome; silence for 2.5 times as long means a dead link. */
  #heartbeat = 0;
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  /** When the server was last heard from (any frame). */
  #lastHeard = 0;
  #early: EarlyConnection | undefined;

  constructor(options: SessionClientOptions) {
    this.#options = options;
    this.#early = options.early;
    this.#events = new EventSender((id, name, data) => this.#sendEvent(id, name, data));
    this.tree = new DomTree(options.root, this.#events);
    this.tree.onForget = (id) => this.#events.forget(id);
    this.tree.onReply = (reply) => this.#connection?.send(encodeFrame([ClientAction.reply, reply]));
    this.#acks = new AckBatcher((seq) => this.#connection?.send(encodeFrame([ClientAction.ack, { seq }])));
  }

  /** Opens the connection (again after `pause`); does nothing while one is open or pending. */
  start(): void {
    if (this.#connection || this.#retry !== undefined) return;
    this.#open();
  }

  /**
   * The page is being left (or frozen into the back/forward cache): close quietly, with no
   * "Reconnecting…" and no retry. `start()` resumes the session if the page is shown again.
   */
  pause(): void {
    clearTimeout(this.#retry);
    this.#retry = undefined;
    this.#acks.flush();
    const connection = this.#connection;
    this.#connection = undefined;
    this.#welcomed = false;
    this.#options.state.connected = false;
    this.#options.status.reconnecting(false);
    connection?.close();
  }

  /** The page is discarded (closed, reloaded, navigated away): the server ends the session now. */
  leave(): void {
    this.#connection?.send(encodeFrame([ClientAction.bye, {}]));
    this.#stopped = true;
    this.pause();
  }

  /** While waiting to reconnect, tries now (the browser came back online). */
  retryNow(): void {
    if (this.#retry === undefined) return;
    clearTimeout(this.#retry);
    this.#retry = undefined;
    this.#open();
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
    connection.onClose = () => {
      if (this.#connection === connection) this.#onClose();
    };
    // Patches still waiting for their renderers are dropped: the hello acknowledges only what was
    // applied, so the server sends them again.
    this.#patches.clear();
    this.#receivedSeq = this.#lastSeq;
    // The boot script's connection said hello when the page started; take what has arrived since.
    early?.release();
  }

  /**
   * A new connection, hello included. A new session's hello goes with the connection (in a
   * WebSocket's URL, a round trip sooner); one that takes a session back carries its token, which
   * never goes in a URL (proxies log them), so it is the connection's first frame.
   */
  #connectWithHello(): Connection {
    const hello: HelloBody = this.#options.hello();
    if (this.#token === undefined) return this.#options.connect(encodeFrame([ClientAction.hello, hello]));
    hello.resume = this.#token;
    hello.ack = this.#lastSeq;
    const connection = this.#options.connect();
    connection.send(encodeFrame([ClientAction.hello, hello]));
    return connection;
  }

  /** Restarts the dead-link timer: any frame from the server proves the link alive. */
  #feedWatchdog(connection: Connection): void {
    clearTimeout(this.#watchdog);
    if (this.#heartbeat <= 0) return;
    this.#watchdog = setTimeout(() => {
      if (this.#connection !== connection) return;
      console.warn("[weft] the server has been silent too long; reconnecting");
      connection.onClose = () => {};
      connection.close();
      this.#onClose();
    }, this.#heartbeat * 2.5);
  }

  /**
   * The tab is back in front (or unfrozen): timers may have been throttled for minutes, so a link
   * that went quiet is not trusted; reconnect at once, without waiting for backoff or the watchdog.
   */
  wake(): void {
    if (this.#stopped) return;
    const connection = this.#connection;
    if (!connection) {
      if (this.#retry !== undefined) this.retryNow();
      else this.start();
      return;
    }
    const quiet = Date.now() - this.#lastHeard;
    if (this.#welcomed && this.#heartbeat > 0 && quiet > this.#heartbeat * 1.5) {
      connection.onClose = () => {};
      connection.close();
      clearTimeout(this.#watchdog);
      this.#connection = undefined;
      this.#welcomed = false;
      this.#open();
    }
  }

  #receive(text: string): void {
    this.#lastHeard = Date.now();
    if (this.#connection) this.#feedWatchdog(this.#connection);
    const decoded = decodeServerFrame(text);
    if (!decoded.ok) {
      console.warn(`[weft] dropped a frame from the server (${decoded.code}): ${decoded.message}`);
      return;
    }
    const frame = decoded.frame;
    switch (frame[0]) {
      case ServerAction.welcome:
        this.#onWelcome(frame[1]);
        break;
      case ServerAction.patch:
        this.#onPatch(frame[1]);
        break;
      case ServerAction.ack: {
        const seq = frame[1].seq;
        let drop = 0;
        while (drop < this.#unacked.length && this.#unacked[drop]!.seq <= seq) drop++;
        if (drop) this.#unacked.splice(0, drop);
        break;
      }
      case ServerAction.error: {
        const { code, message, fatal, stack } = frame[1];
        console.warn(`[weft] server error ${code}: ${message}`);
        this.#options.status.error(personMessage(code, message), fatal === true, stack);
        if (fatal) this.#stopped = true;
        break;
      }
      case ServerAction.ping:
        this.#connection?.send(encodeFrame([ClientAction.pong, {}]));
        break;
    }
  }

  #onWelcome(body: WelcomeBody): void {
    if (this.#session !== undefined && body.session !== this.#session) {
      // The old session is gone (expired, or the server restarted): start over with the new one,
      // and say so rather than pass off a fresh page as the one the person left.
      this.tree.reset();
      this.#events.reset();
      this.#eventSeq = 0;
      this.#unacked = [];
      this.#options.status.error("Your previous session had ended, so a new one was started.", false);
    }
    this.#session = body.session;
    this.#token = body.token;
    this.#welcomed = true;
    this.#attempt = 0;
    this.#heartbeat = body.heartbeat ?? 0;
    if (this.#connection) this.#feedWatchdog(this.#connection);
    // The next patch follows `seq`: our own ack after a replay, the server's latest before a snapshot.
    this.#lastSeq = body.seq ?? 0;
    this.#receivedSeq = this.#lastSeq;
    let handled = 0;
    while (handled < this.#unacked.length && this.#unacked[handled]!.seq <= (body.ack ?? 0)) handled++;
    if (handled) this.#unacked.splice(0, handled);
    this.#acks.reset(this.#lastSeq);
    const state = this.#options.state;
    state.sessionId = body.session;
    state.lastSeq = this.#lastSeq;
    state.connected = true;
    this.#options.status.reconnecting(false);
    for (const event of this.#unacked) this.#connection!.send(event.text);
  }

  #onPatch(body: PatchBody): void {
    if (body.seq <= this.#receivedSeq) return; // already received before a resume
    if (body.seq !== this.#receivedSeq + 1) console.warn(`[weft] patch ${body.seq} follows ${this.#receivedSeq}; some were lost`);
    this.#receivedSeq = body.seq;
    this.#patches.push(body);
  }

  #applyPatch(body: PatchBody): void {
    this.tree.apply(body.ops);
    this.#lastSeq = body.seq;
    this.#options.state.lastSeq = body.seq;
    this.#acks.applied(body.seq);
  }

  #sendEvent(id: number, name: string, data: JsonValue | undefined): void {
    const body: EventBody = { seq: ++this.#eventSeq, id, name };
    if (data !== undefined) body.data = data;
    const text = encodeFrame([ClientAction.event, body]);
    this.#unacked.push({ seq: body.seq, text });
    if (this.#unacked.length > MAX_UNACKED_EVENTS) this.#unacked.shift();
    if (this.#welcomed) this.#connection?.send(text);
  }

  #onClose(): void {
    clearTimeout(this.#watchdog);
    this.#connection = undefined;
    this.#welcomed = false;
    this.#acks.cancel();
    this.#options.state.connected = false;
    if (this.#stopped) return;
    this.#options.status.reconnecting(true);
    this.#retry = setTimeout(() => this.#open(), backoffDelay(this.#attempt++));
  }
}
