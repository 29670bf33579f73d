/**
 * A protocol-level client: a raw `ws` socket from the bench process that speaks just enough of
 * the Weft protocol to hold a session open (hello, ack, pong), with no DOM and no parsing on the
 * hot path. Also used, without the hello, as a bare socket for the floors. `openClients` opens
 * many at a bounded concurrency and within a deadline.
 */
import { WebSocket } from "ws";
import { ClientAction, encodeFrame, PROTOCOL_VERSION, ServerAction } from "../src/protocol/index.js";

/** `["patch"`: how every patch frame begins (and likewise for the others). */
function prefixOf(action: string): string {
  return JSON.stringify([action]).slice(0, -1);
}
const PATCH = prefixOf(ServerAction.patch);
const PING = prefixOf(ServerAction.ping);
const WELCOME = prefixOf(ServerAction.welcome);
const PONG_FRAME = encodeFrame([ClientAction.pong, {}]);

export interface ClientOptions {
  /** Say hello and hold a Weft session; false for a bare socket (the floors). */
  weft: boolean;
  /** Patches to wait for before the client counts as ready (Weft's first holds the page and what `main` added). */
  readyPatches: number;
}

export class ProtocolClient {
  readonly socket: WebSocket;
  /** Patch frames received, and the text of the last one. */
  patches = 0;
  lastPatch = "";
  welcomed = false;
  /** Called with every frame that is not a ping. Kept cheap: the broadcast times through it. */
  onFrame: ((text: string) => void) | undefined;
  #acked = 0;

  constructor(url: string, options: ClientOptions) {
    this.socket = new WebSocket(url, { perMessageDeflate: false });
    this.socket.on("error", () => {});
    if (options.weft) {
      this.socket.once("open", () => this.socket.send(encodeFrame([ClientAction.hello, { v: PROTOCOL_VERSION, width: 1280, height: 720, route: "/" }])));
    }
    this.socket.on("message", (data) => {
      const text = data.toString();
      if (text.startsWith(PING)) {
        this.socket.send(PONG_FRAME);
        return;
      }
      if (text.startsWith(PATCH)) {
        this.patches++;
        this.lastPatch = text;
      } else if (text.startsWith(WELCOME)) this.welcomed = true;
      this.onFrame?.(text);
    });
  }

  /** Acknowledges the last patch, as the browser client does (it batches acks likewise). */
  ack(): void {
    if (!this.lastPatch || this.socket.readyState !== WebSocket.OPEN) return;
    const seq = (JSON.parse(this.lastPatch) as [string, { seq: number }])[1].seq;
    if (seq <= this.#acked) return;
    this.#acked = seq;
    this.socket.send(encodeFrame([ClientAction.ack, { seq }]));
  }

  /** Resolves once the server has handled everything this client sent (a WebSocket ping's pong). */
  sync(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState !== WebSocket.OPEN) return resolve();
      this.socket.once("pong", () => resolve());
      this.socket.ping();
    });
  }

  close(): void {
    this.socket.terminate();
  }
}

export interface OpenOptions extends ClientOptions {
  url: string;
  count: number;
  /** Sockets opening at once. */
  concurrency: number;
  /** Bound on the whole opening. */
  timeoutMs: number;
}

/** Opens `count` clients, `concurrency` at a time; each is ready once open (and, for Weft, patched). */
export async function openClients(options: OpenOptions): Promise<ProtocolClient[]> {
  const clients: ProtocolClient[] = [];
  const deadline = Date.now() + options.timeoutMs;
  const openOne = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const client = new ProtocolClient(options.url, options);
      clients.push(client);
      const timer = setTimeout(() => reject(new Error(`a client was not ready within ${options.timeoutMs} ms`)), Math.max(1, deadline - Date.now()));
      const done = (error?: Error) => {
        clearTimeout(timer);
        client.onFrame = undefined;
        if (error) reject(error);
        else resolve();
      };
      client.socket.once("close", (code) => done(new Error(`a client's socket closed while opening (code ${code})`)));
      if (!options.weft) client.socket.once("open", () => done());
      else client.onFrame = () => client.patches >= options.readyPatches && done();
    });
  let next = 0;
  const worker = async () => {
    while (next < options.count) {
      next++;
      await openOne();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency, options.count) }, worker));
  } catch (error) {
    closeClients(clients);
    throw error;
  }
  for (const client of clients) client.socket.removeAllListeners("close");
  return clients;
}

export function closeClients(clients: readonly ProtocolClient[]): void {
  for (const client of clients) client.close();
}
