/**
 * The page's end of the worker transport, for static sites (`weft publish`): the app runs in a
 * module Web Worker, and each connection is a `MessageChannel` whose second port is handed to the
 * worker in a `weft.connect` signal. Frames are the same strings as over the WebSocket, so the
 * same `SessionClient` runs over it. The worker's end is `src/worker/port-connection.ts`.
 */
import { CloseCode, isPortSignal, PortSignal, type Connection, type PortCloseMessage, type PortConnectMessage, type PortFarewellMessage } from "../protocol/index.js";
import { appWorker } from "./app-worker.js";

/** What a connection needs of a `MessagePort`: the browser's, or Node's in tests. */
export interface MessagePortLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  start(): void;
  close(): void;
}

/** One `MessagePort` to the app's worker as the protocol's `Connection`. */
export class WorkerConnection implements Connection {
  readonly #port: MessagePortLike;
  #closed = false;
  onMessage: (frame: string) => void = () => {};
  onClose: (code: number, reason: string) => void = () => {};
  readonly bufferedAmount = 0;

  constructor(port: MessagePortLike) {
    this.#port = port;
    port.addEventListener("message", (event) => {
      if (this.#closed) return;
      const data = event.data;
      if (typeof data === "string") this.onMessage(data);
      else if (isPortSignal(data, PortSignal.close)) this.#finish(Number(data.code) || CloseCode.normal, String(data.reason ?? ""));
      else if (isPortSignal(data, PortSignal.farewell)) sayAsTabGoes(data);
    });
    port.start();
  }

  /** True once either end has closed this connection. */
  get closed(): boolean {
    return this.#closed;
  }

  send(frame: string): void {
    if (!this.#closed) this.#port.postMessage(frame);
  }

  close(code: number = CloseCode.normal, reason = ""): void {
    if (this.#closed) return;
    this.#closed = true;
    const signal: PortCloseMessage = { signal: PortSignal.close, code, reason };
    this.#port.postMessage(signal);
    queueMicrotask(() => this.#finish(code, reason));
  }

  #finish(code: number, reason: string): void {
    this.#closed = true;
    this.#port.close();
    this.onClose(code, reason);
  }
}

/** The worker's farewell, said by the page as its tab goes (the browser stops the worker with it). */
let farewell: PortFarewellMessage | undefined;

function sayAsTabGoes(message: PortFarewellMessage): void {
  if (typeof message.channel !== "string" || typeof BroadcastChannel !== "function" || typeof addEventListener !== "function") return;
  if (farewell === undefined) {
    addEventListener("pagehide", (event) => {
      // A page kept in the back/forward cache keeps its worker, frozen: it has not gone.
      if (!event.persisted && farewell) new BroadcastChannel(farewell.channel).postMessage(farewell.message);
    });
  }
  farewell = message;
}

/**
 * Opens connections to the app's worker at `scriptUrl`, starting it on first use unless the boot
 * script already did. The worker outlives its connections (a reconnect reaches the same
 * sessions); if it fails to load or dies, its connections close with 1011 and the next connect
 * starts a fresh one.
 */
export function workerConnector(scriptUrl: string): (hello?: string) => Connection {
  const live = new Set<WorkerConnection>();
  const failed = () => {
    for (const connection of [...live]) connection.close(CloseCode.serverError, "worker failed");
  };
  return (hello) => {
    const app = appWorker(scriptUrl);
    app.onFailure = failed;
    const channel = new MessageChannel();
    const connection = new WorkerConnection(channel.port1);
    for (const old of live) if (old.closed) live.delete(old);
    live.add(connection);
    const connect: PortConnectMessage = { signal: PortSignal.connect };
    app.worker.postMessage(connect, [channel.port2]);
    if (hello !== undefined) connection.send(hello);
    return connection;
  };
}
