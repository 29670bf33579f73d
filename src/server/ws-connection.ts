/** The WebSocket transport: one `ws` socket as the protocol's `Connection`. */
import { WebSocket } from "ws";
import { CloseCode, type Connection } from "../protocol/index.js";

/** Frames up to this size keep their encoded bytes for the next send of the same text. */
const SHARED_BYTES_MAX = 16 * 1024;
let lastFrame = "";
let lastBytes: Buffer | undefined;

/**
 * The UTF-8 bytes of `frame`, encoded once for a run of sends of the same text (a broadcast writes
 * one frame to thousands of sockets; each would otherwise convert it again). `ws` writes a Buffer
 * as is and never changes it, so every socket can share it. Large frames are not kept.
 */
function frameBytes(frame: string): Buffer | string {
  if (frame.length > SHARED_BYTES_MAX) return frame;
  if (frame !== lastFrame || !lastBytes) {
    lastFrame = frame;
    lastBytes = Buffer.from(frame);
  }
  return lastBytes;
}

const TEXT_FRAME = { binary: false };

function ignore(): void {}

/**
 * One socket as a `Connection`. A class, so every connection shares one shape: the session's
 * outbox calls `send` on thousands of them in a broadcast, and an object literal with a getter
 * would give each its own hidden class and that call a megamorphic lookup (issue 6, the broadcast
 * profile).
 */
class WsConnection implements Connection {
  onMessage: (frame: string) => void = ignore;
  onClose: (code: number, reason: string) => void = ignore;

  constructor(
    private readonly socket: WebSocket,
    readonly remoteAddress: string | undefined,
  ) {
    socket.on("message", (data, isBinary) => {
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
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frameBytes(frame), TEXT_FRAME);
  }

  close(code: number = CloseCode.normal, reason = ""): void {
    const state = this.socket.readyState;
    if (state === WebSocket.OPEN || state === WebSocket.CONNECTING) this.socket.close(code, reason.slice(0, 120));
  }

  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }
}

export function wsConnection(socket: WebSocket, remoteAddress: string | undefined): Connection {
  return new WsConnection(socket, remoteAddress);
}
