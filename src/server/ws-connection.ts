/** The WebSocket transport: one `ws` socket as the protocol's `Connection`. */
import { WebSocket } from "./ws-package.js";
import { CloseCode, type Connection } from "../protocol/index.js";
import { frameBytes, sendFrame, writeQueued, type QueuedWriter } from "./socket-writes.js";

function ignore(): void {}

/**
 * How long a close waits for the peer's answer before the socket is destroyed. `ws` waits 30 s,
 * and a peer that reads nothing (one cut off as a slow reader) never answers: its unsent bytes
 * would stay in memory all that while.
 */
const CLOSE_WAIT_MS = 2000;

/**
 * One socket as a `Connection`. Frames go out at the end of the current task (`socket-writes`).
 * A class, so every connection shares one shape: the session's outbox calls `send` on thousands
 * of them in a broadcast, and an object literal with a getter would give each its own hidden
 * class and that call a megamorphic lookup (issue 6, the broadcast profile).
 */
class WsConnection implements Connection, QueuedWriter {
  onMessage: (frame: string) => void = ignore;
  onClose: (code: number, reason: string) => void = ignore;
  /** Bytes queued for the end of the task, not yet handed to the socket. */
  #queuedBytes = 0;

  constructor(
    readonly socket: WebSocket,
    readonly remoteAddress: string | undefined,
    readonly user?: unknown,
    readonly origin?: string,
  ) {
    socket.on("message", (data, isBinary) => {
      // Once the socket is closing, what the peer still sends is not read.
      if (socket.readyState !== WebSocket.OPEN) return;
      if (isBinary) {
        this.close(1003, "protocol.binary-frame");
        return;
      }
      this.onMessage(data.toString());
    });
    socket.once("close", (code, reason) => this.onClose(code, reason.toString()));
    // A socket error (a peer that breaks the protocol or vanishes) is followed by 'close'.
    socket.on("error", ignore);
  }

  send(frame: string): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    sendFrame(this, frameBytes(frame));
  }

  queued(bytes: number): void {
    this.#queuedBytes += bytes;
  }

  written(bytes: number): void {
    this.#queuedBytes -= bytes;
  }

  close(code: number = CloseCode.normal, reason = ""): void {
    // What was sent before the close goes out before it.
    writeQueued();
    const state = this.socket.readyState;
    if (state !== WebSocket.OPEN && state !== WebSocket.CONNECTING) return;
    this.socket.close(code, reason.slice(0, 120));
    const socket = this.socket;
    const timer = setTimeout(() => socket.terminate(), CLOSE_WAIT_MS);
    (timer as { unref?: () => void }).unref?.();
    socket.once("close", () => clearTimeout(timer));
  }

  get bufferedAmount(): number {
    return this.socket.bufferedAmount + this.#queuedBytes;
  }
}

export function wsConnection(socket: WebSocket, remoteAddress: string | undefined, user?: unknown, origin?: string): Connection {
  return new WsConnection(socket, remoteAddress, user, origin);
}
