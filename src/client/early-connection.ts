/**
 * The page's first connection, opened by the inline boot script (`boot.ts`) before the
 * client has loaded: it says hello at once, so the app's `main` runs and its first patch travels
 * while `weft.js` is still downloading and starting. Whatever arrives is held until the client
 * takes the connection over and sets its handlers. The two scripts meet in one global slot; the
 * client empties it when it starts, so a boot script that arrives after the client opens nothing.
 */
import { ClientAction, encodeFrame, type Connection, type HelloBody } from "../protocol/index.js";

const SLOT = "__weftEarlyConnection";
/** `undefined`: nobody has run yet; `null`: the client started (with or without an early connection). */
type Scope = { [SLOT]?: EarlyConnection | null };

/** A connection that holds incoming frames (and its close) until `release()`. */
export class EarlyConnection implements Connection {
  readonly #inner: Connection;
  #held: string[] | undefined = [];
  #closed: [code: number, reason: string] | undefined;
  onMessage: (frame: string) => void = () => {};
  onClose: (code: number, reason: string) => void = () => {};

  constructor(inner: Connection) {
    this.#inner = inner;
    inner.onMessage = (frame) => {
      if (this.#held) this.#held.push(frame);
      else this.onMessage(frame);
    };
    inner.onClose = (code, reason) => {
      if (this.#held) this.#closed = [code, reason];
      else this.onClose(code, reason);
    };
  }

  /** Hands over what arrived so far, in order, then passes every frame straight on. */
  release(): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const frame of held) this.onMessage(frame);
    if (this.#closed) this.onClose(...this.#closed);
  }

  send(frame: string): void {
    this.#inner.send(frame);
  }

  close(code?: number, reason?: string): void {
    this.#inner.close(code, reason);
  }

  get bufferedAmount(): number {
    return this.#inner.bufferedAmount;
  }
}

/**
 * Opens the page's first connection with its `hello`, unless the client has already started.
 * The hello goes with the connection (a WebSocket carries it in its URL, decision 0015), so it is
 * made first, though reading the viewport's size lays the page out (about 5 ms this early).
 */
export function openEarlyConnection(connect: (hello: string) => Connection, hello: () => HelloBody): void {
  const scope = globalThis as Scope;
  if (scope[SLOT] !== undefined) return;
  scope[SLOT] = new EarlyConnection(connect(encodeFrame([ClientAction.hello, hello()])));
}

/** The connection the boot script opened, if it did; from now on the boot script opens none. */
export function takeEarlyConnection(): EarlyConnection | undefined {
  const scope = globalThis as Scope;
  const early = scope[SLOT] ?? undefined;
  scope[SLOT] = null;
  return early;
}
