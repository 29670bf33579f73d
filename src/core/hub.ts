/**
 * `SessionHub`: accepts connections from any transport, runs the handshake, and gives each tab its
 * own session. Transport-neutral: the WebSocket server, the worker host and the in-memory test
 * transport all hand their connections to `accept`.
 */
import {
  ClientAction,
  CloseCode,
  decodeClientFrame,
  encodeFrame,
  Limits,
  PROTOCOL_VERSION,
  ServerAction,
  type Connection,
  type HelloBody,
} from "../protocol/index.js";
import { ErrorCode } from "./errors.js";
import { Session, type AppMain, type Logger } from "./session.js";

export interface HubOptions {
  /** Where to log. Default: the console. */
  logger?: Logger;
  /** Largest inbound frame, in bytes. Default 64 KiB. */
  maxFrameBytes?: number;
  /** How long a new connection may take to say hello, in ms. Default 10 000. */
  helloTimeoutMs?: number;
  /** Bytes of unacknowledged patches kept per session for replay. Default 1 MiB. */
  maxReplayBytes?: number;
}

export const consoleLogger: Logger = {
  info: (message) => console.info(message),
  warn: (message) => console.warn(message),
  error: (message, error) => {
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : "";
    console.error(`${message}${stack}`);
  },
};

function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buffer);
  return Array.from(buffer, (b) => b.toString(16).padStart(2, "0")).join("");
}

export class SessionHub {
  readonly #main: AppMain;
  readonly #log: Logger;
  readonly #maxFrameBytes: number;
  readonly #helloTimeoutMs: number;
  readonly #maxReplayBytes: number;
  readonly #sessions = new Map<string, Session>();
  #closing = false;

  constructor(main: AppMain, options: HubOptions = {}) {
    this.#main = main;
    this.#log = options.logger ?? consoleLogger;
    this.#maxFrameBytes = options.maxFrameBytes ?? Limits.maxFrameBytes;
    this.#helloTimeoutMs = options.helloTimeoutMs ?? 10_000;
    this.#maxReplayBytes = options.maxReplayBytes ?? 1024 * 1024;
  }

  /** The live sessions by id. */
  get sessions(): ReadonlyMap<string, Session> {
    return this.#sessions;
  }

  /** Takes a new connection: waits for its hello, then starts a session on it. */
  accept(connection: Connection): void {
    if (this.#closing) {
      connection.close(CloseCode.goingAway, "server is shutting down");
      return;
    }
    let session: Session | undefined;
    const refuse = (code: string, message: string, closeCode: number = CloseCode.protocolError) => {
      this.#log.warn(`[weft] connection refused (${code}): ${message}`);
      connection.send(encodeFrame([ServerAction.error, { code, message, fatal: true }]));
      connection.close(closeCode, code);
    };
    const timer = setTimeout(() => refuse(ErrorCode.helloTimeout, "no hello frame in time"), this.#helloTimeoutMs);
    connection.onMessage = (text) => {
      const decoded = decodeClientFrame(text, { maxFrameBytes: this.#maxFrameBytes });
      if (!decoded.ok) {
        if (!session) {
          clearTimeout(timer);
          refuse(decoded.code, decoded.message);
          return;
        }
        this.#log.warn(`[weft] session ${session.id}: rejected a frame (${decoded.code}): ${decoded.message}`);
        connection.send(encodeFrame([ServerAction.error, { code: decoded.code, message: decoded.message }]));
        return;
      }
      const frame = decoded.frame;
      if (session) {
        session.receive(frame);
        return;
      }
      clearTimeout(timer);
      if (frame[0] !== ClientAction.hello) {
        refuse("protocol.hello-expected", `the first frame must be hello, got ${frame[0]}`);
        return;
      }
      if (frame[1].v !== PROTOCOL_VERSION) {
        refuse(ErrorCode.versionMismatch, `client speaks protocol ${frame[1].v}, server speaks ${PROTOCOL_VERSION}; reload the page`);
        return;
      }
      session = this.#startSession(frame[1], connection);
    };
    connection.onClose = () => {
      clearTimeout(timer);
      if (!session) return;
      session.detach();
      void this.#end(session, "connection closed");
    };
  }

  /** Ends every session (running `willUnmount` and `onClose`) and refuses new connections. */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all([...this.#sessions.values()].map((s) => this.#end(s, "server is shutting down")));
  }

  #startSession(hello: HelloBody, connection: Connection): Session {
    const session = new Session({
      id: randomHex(8),
      token: randomHex(16),
      main: this.#main,
      hello,
      logger: this.#log,
      maxReplayBytes: this.#maxReplayBytes,
    });
    this.#sessions.set(session.id, session);
    session.start(connection);
    return session;
  }

  async #end(session: Session, reason: string): Promise<void> {
    this.#sessions.delete(session.id);
    await session.close(reason);
  }
}
