/** The WebSocket transport: one `ws` socket as the protocol's `Connection`. */
import { WebSocket } from "ws";
import { CloseCode, type Connection } from "../protocol/index.js";

export function wsConnection(socket: WebSocket, remoteAddress: string | undefined): Connection {
  const connection: Connection = {
    send(frame) {
      if (socket.readyState === WebSocket.OPEN) socket.send(frame);
    },
    close(code = CloseCode.normal, reason = "") {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
        socket.close(code, reason.slice(0, 120));
      }
    },
    onMessage: () => {},
    onClose: () => {},
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
