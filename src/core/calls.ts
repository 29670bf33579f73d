/**
 * Server-to-client calls (`textField.focus()`, later `listView.scrollTo()`): each is numbered,
 * travels as a `call` op in the patch stream, and waits for the client's `reply` with a timeout.
 * When the session ends, every call still waiting fails with `session.closed`.
 */
import type { JsonValue, ReplyBody } from "../protocol/index.js";
import { ErrorCode, WeftError } from "./errors.js";

interface Waiting {
  resolve(data: JsonValue | undefined): void;
  reject(error: WeftError): void;
  timer: ReturnType<typeof setTimeout>;
  what: string;
}

export class PendingCalls {
  #next = 0;
  readonly #waiting = new Map<number, Waiting>();

  constructor(private readonly timeoutMs: number) {}

  get size(): number {
    return this.#waiting.size;
  }

  /** Registers a call; `what` names it in errors (`focus() on TextField#4 "Name"`). */
  start(what: string): { id: number; result: Promise<JsonValue | undefined> } {
    const id = ++this.#next;
    const result = new Promise<JsonValue | undefined>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        reject(new WeftError(ErrorCode.callTimeout, `${what} got no answer from the browser within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.#waiting.set(id, { resolve, reject, timer, what });
    });
    return { id, result };
  }

  /** Settles a call from the client's reply; false for a reply to no call. */
  settle(reply: ReplyBody): boolean {
    const waiting = this.#waiting.get(reply.call);
    if (!waiting) return false;
    this.#waiting.delete(reply.call);
    clearTimeout(waiting.timer);
    if (reply.ok) waiting.resolve(reply.data);
    else waiting.reject(new WeftError(ErrorCode.callFailed, `${waiting.what} failed in the browser: ${reply.error ?? "no reason given"}`));
    return true;
  }

  /** Fails every waiting call: the session has ended. */
  failAll(reason: string): void {
    for (const [id, waiting] of this.#waiting) {
      clearTimeout(waiting.timer);
      waiting.reject(new WeftError(ErrorCode.sessionClosed, `${waiting.what} cannot finish: ${reason}`));
      this.#waiting.delete(id);
    }
  }
}
