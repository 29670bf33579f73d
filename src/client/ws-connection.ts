/**
 * The browser's WebSocket as the protocol's `Connection`. Frames sent before the socket opens are
 * queued, so the session can say hello at once; a worker-port transport can replace this file
 * without the session noticing.
 */
import { CloseCode, HELLO_PARAM, type Connection } from "../protocol/index.js";

/**
 * The longest URL that carries a hello; a longer hello (a very long route) goes only as the first
 * frame. Well under the request-line limits of common proxies (8 KB).
 */
const MAX_URL_WITH_HELLO = 2048;

/** `url` with the hello in its query, or undefined when that would make it too long. */
function urlWithHello(url: string, hello: string): string | undefined {
  const withHello = `${url}${url.includes("?") ? "&" : "?"}${HELLO_PARAM}=${encodeURIComponent(hello)}`;
  return withHello.length <= MAX_URL_WITH_HELLO ? withHello : undefined;
}

export class WebSocketConnection implements Connection {
  readonly #socket: WebSocket;
  #queue: string[] | undefined = [];
  #closed = false;
  onMessage: (frame: string) => void = () => {};
  onClose: (code: number, reason: string) => void = () => {};

  /**
   * `hello`, when given, is the first frame. A copy also goes in the URL's query, so a server that
   * reads it answers a round trip sooner and drops the frame; a server of an earlier version, met
   * during a rolling deploy, ignores the query and reads the frame (decision 0015).
   */
  constructor(url: string, hello?: string) {
    if (hello !== undefined) this.#queue!.push(hello);
    this.#socket = new WebSocket((hello !== undefined && urlWithHello(url, hello)) || url);
    this.#socket.onopen = () => {
      const queued = this.#queue ?? [];
      this.#queue = undefined;
      for (const frame of queued) this.#socket.send(frame);
    };
    this.#socket.onmessage = (event) => {
      if (typeof event.data === "string") this.onMessage(event.data);
    };
    // An error event is always followed by close, which is where the session learns of it.
    this.#socket.onclose = (event) => {
      if (this.#closed) return;
      this.#closed = true;
      this.#queue = undefined;
      this.onClose(event.code, event.reason);
    };
  }

  send(frame: string): void {
    if (this.#closed) return;
    if (this.#queue) this.#queue.push(frame);
    else this.#socket.send(frame);
  }

  close(code: number = CloseCode.normal, reason = ""): void {
    // Browsers accept only 1000 and 3000–4999 from script.
    const allowed = code === CloseCode.normal || (code >= 3000 && code <= 4999) ? code : CloseCode.normal;
    this.#socket.close(allowed, reason.slice(0, 120));
  }

  get bufferedAmount(): number {
    return this.#socket.bufferedAmount;
  }
}

/** The app's WebSocket URL for a path on this page's host. */
export function webSocketUrl(path: string): string {
  return (location.protocol === "https:" ? "wss://" : "ws://") + location.host + path;
}
