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

export function wsConnection(socket: WebSocket, remoteAddress: string | undefined): Connection {
  const connection: Connection = {
    send(frame) {
      if (socket.readyState === WebSocket.OPEN) socket.send(frameBytes(frame), TEXT_FRAME);
    },
    close(code = CloseCode.normal, reason = "") {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
        socket.close(code, reason.slice(0, 120));
      }
    },
    onMessage() {},
    onClose() {},
    get bufferedAmount() {
      return socket.bufferedAmount;
    },
    remoteAddress,
  };
  socket.on("message", (data, isBinary) => {
    if (isBinary) {
      connection.close(1003, "protocol.binary-frame");
      return;
    }
    connection.onMessage(data.toString());
  });
  socket.once("close", (code, reason) => connection.onClose(code, reason.toString()));
  // A socket error (a peer that breaks the protocol or vanishes) is followed by 'close'.
  socket.on("error", () => {});
  return connection;
}
