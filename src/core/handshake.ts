/**
 * One connection's handshake: until its hello arrives (in time, first, in this protocol's
 * version) it has no session; then every frame goes to the session it started or resumed, a
 * `bye` ends or answers it, and its close detaches the session, if it still holds it. Once
 * refused, a connection's later frames (a hello sent after a bad one) are not read. A first
 * frame that came with the connection (a WebSocket's URL) is handled as if received, and the
 * same text, when the client then sends it as its first frame too, is dropped.
 */
import { ClientAction, decodeClientFrame, PROTOCOL_VERSION, type Connection, type HelloBody } from "../protocol/index.js";
import { ErrorCode } from "./errors.js";
import { Heartbeat } from "./heartbeat.js";
import type { Session } from "./session.js";
import type { Logger } from "./session-types.js";

/** A session in the hub, with its timers. */
export interface HubEntry {
  session: Session;
  address: string;
  /** Fires `sessionTimeout` after a drop unless the tab comes back. */
  expiry: ReturnType<typeof setTimeout> | undefined;
  /** When the tab, gone, stops counting as present. */
  away?: ReturnType<typeof setTimeout> | undefined;
  /** While the tab is being moved: called when it answers (its `bye`) or its connection closes. */
  answer?: (() => void) | undefined;
  /** While its first-painted page has not claimed it: the page's token, and the host the page was asked of. */
  claim?: { token: string; host: string } | undefined;
}

/** What a handshake asks of its hub. */
export interface HandshakeHost {
  readonly maxFrameBytes: number;
  readonly helloTimeoutMs: number;
  readonly heartbeatMs: number;
  readonly log: Logger;
  /** Tells a connection why it gets no session, and closes it. */
  refuse(connection: Connection, code: string, message: string): void;
  /** Resumes or starts the session a hello asks for; undefined when it was refused. */
  open(hello: HelloBody, connection: Connection, browserId: string | undefined): HubEntry | undefined;
  /** The tab was closed (its `bye`). */
  end(entry: HubEntry, reason: string): void;
  /** The connection that held `entry`'s session has closed. */
  detached(entry: HubEntry): void;
}

export class Handshake {
  readonly #host: HandshakeHost;
  readonly #connection: Connection;
  readonly #browserId: string | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #heartbeat: Heartbeat;
  #entry: HubEntry | undefined;
  #refused = false;
  /** The first frame that came with the connection, until the client's own first frame. */
  #copyOf: string | undefined;

  constructor(host: HandshakeHost, connection: Connection, hello: string | undefined, browserId: string | undefined) {
    this.#host = host;
    this.#connection = connection;
    this.#browserId = browserId;
    this.#copyOf = hello;
    this.#timer = setTimeout(() => this.#refuse(ErrorCode.helloTimeout, "no hello frame in time"), host.helloTimeoutMs);
    this.#heartbeat = new Heartbeat(connection, host.heartbeatMs, host.log);
    connection.onMessage = (text) => this.#receive(text);
    connection.onClose = () => this.#closed();
    if (hello !== undefined) connection.onMessage(hello);
  }

  #refuse(code: string, message: string): void {
    this.#refused = true;
    this.#host.refuse(this.#connection, code, message);
  }

  #receive(text: string): void {
    if (this.#refused) return;
    this.#heartbeat.heard();
    const entry = this.#entry;
    if (this.#copyOf !== undefined && entry) {
      const copy = text === this.#copyOf;
      this.#copyOf = undefined;
      if (copy) return;
    }
    const decoded = decodeClientFrame(text, { maxFrameBytes: this.#host.maxFrameBytes });
    if (!decoded.ok) {
      if (!entry) {
        clearTimeout(this.#timer);
        this.#refuse(decoded.code, decoded.message);
      } else if (entry.session.connection === this.#connection) entry.session.rejectFrame(decoded.code, decoded.message);
      return;
    }
    const frame = decoded.frame;
    if (entry) {
      if (frame[0] !== ClientAction.bye) entry.session.receive(frame);
      else if (entry.session.connection !== this.#connection) return;
      else if (entry.answer) entry.answer();
      else this.#host.end(entry, "the tab was closed");
      return;
    }
    clearTimeout(this.#timer);
    if (frame[0] !== ClientAction.hello) {
      this.#refuse("protocol.hello-expected", `the first frame must be hello, got ${frame[0]}`);
      return;
    }
    if (frame[1].v !== PROTOCOL_VERSION) {
      this.#refuse(ErrorCode.versionMismatch, `client speaks protocol ${frame[1].v}, server speaks ${PROTOCOL_VERSION}; reload the page`);
      return;
    }
    this.#entry = this.#host.open(frame[1], this.#connection, this.#browserId);
    if (!this.#entry) this.#refused = true;
  }

  #closed(): void {
    clearTimeout(this.#timer);
    this.#heartbeat.stop();
    const entry = this.#entry;
    if (!entry || entry.session.closed) return;
    // Only the connection that holds the session detaches it (a newer one may have taken over).
    if (entry.session.connection !== this.#connection) return;
    entry.answer?.();
    this.#host.detached(entry);
  }
}
