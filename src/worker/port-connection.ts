/**
 * The worker end of the worker transport: one `MessagePort` as the protocol's `Connection`.
 * Frames are strings, as on a WebSocket; closing posts a `weft.close` signal carrying the code
 * and reason, which the other end reports as its own close. The page's end is
 * `src/client/worker-connection.ts`; `test/transport-port.test.ts` runs the shared transport
 * contract over a pair of the two.
 */
import { CloseCode, isPortSignal, PortSignal, type Connection, type PortCloseMessage } from "../protocol/index.js";

/** What a connection needs of a `MessagePort`: the browser's, or Node's in tests. */
export interface MessagePortLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  start(): void;
  close(): void;
}

/** Close code for a message that is neither a frame nor a signal, as for a binary WebSocket frame. */
const UNSUPPORTED_DATA = 1003;

/**
 * Wraps `port` as a `Connection` and starts it. Messages that arrived before are delivered in
 * order, so set `onMessage` in the same task as this call (the hub does).
 */
export function portConnection(port: MessagePortLike): Connection {
  let closed = false;
  const finish = (code: number, reason: string) => {
    closed = true;
    port.close();
    connection.onClose(code, reason);
  };
  const connection: Connection = {
    send(frame) {
      if (!closed) port.postMessage(frame);
    },
    close(code = CloseCode.normal, reason = "") {
      if (closed) return;
      closed = true;
      const signal: PortCloseMessage = { signal: PortSignal.close, code, reason };
      port.postMessage(signal);
      // Never re-enter the caller: its own onClose follows on a microtask, as a socket's would.
      queueMicrotask(() => finish(code, reason));
    },
    onMessage: () => {},
    onClose: () => {},
    bufferedAmount: 0,
  };
  port.addEventListener("message", (event) => {
    if (closed) return;
    const data = event.data;
    if (typeof data === "string") connection.onMessage(data);
    else if (isPortSignal(data, PortSignal.close)) finish(Number(data.code) || CloseCode.normal, String(data.reason ?? ""));
    else connection.close(UNSUPPORTED_DATA, "protocol.binary-frame");
  });
  port.start();
  return connection;
}
