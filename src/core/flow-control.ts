/**
 * A session's flow control toward a client that reads slowly: while the connection holds more
 * unsent bytes than `maxBufferedBytes`, flushes wait (changes stay marked and coalesce) and are
 * retried every 50 ms; a client that stays over the cap for `slowClientTimeoutMs` is cut off
 * (it may resume). Asking a real socket for its unsent bytes costs about a microsecond, a tenth of
 * a broadcast's work per session, so it is asked only when an upper bound passes the cap: what it
 * held at the last look, plus at most three bytes per character handed to it since. Pings, a few
 * bytes each, go around the outbox uncounted; answers to bad frames are held to the same cap
 * (dropped while over it).
 */
import type { Connection } from "../protocol/index.js";

export interface FlowLimits {
  maxBufferedBytes: number;
  slowClientTimeoutMs: number;
}

const RETRY_MS = 50;

export class FlowControl {
  /** The connection's unsent bytes at the last look, and the characters sent by then. */
  #unsentAtLook = 0;
  #sentAtLook = 0;
  /** When the connection went over the cap, and the timer that retries the flush. */
  #stalledSince = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `retry` flushes again; `cutOff` closes a connection that stayed over the cap, told for how
   * long and how many bytes were waiting.
   */
  constructor(
    private readonly limits: FlowLimits,
    private readonly retry: () => void,
    private readonly cutOff: (connection: Connection, stalledMs: number, waitingBytes: number) => void,
  ) {}

  /** A new connection: nothing unsent yet, `sent` characters handed to connections so far. */
  bind(sent: number): void {
    this.#unsentAtLook = 0;
    this.#sentAtLook = sent;
    this.clear();
  }

  /**
   * Whether a flush may send now, `sent` being the characters handed to connections so far.
   * When it may not, a retry is scheduled, or the connection is cut off if it stalled too long.
   */
  mayFlush(connection: Connection, sent: number): boolean {
    if (!this.#overCap(connection, sent)) {
      this.clear();
      return true;
    }
    const now = Date.now();
    if (!this.#stalledSince) this.#stalledSince = now;
    if (now - this.#stalledSince > this.limits.slowClientTimeoutMs) {
      const stalledMs = now - this.#stalledSince;
      this.clear();
      this.cutOff(connection, stalledMs, connection.bufferedAmount);
      return false;
    }
    this.#retryTimer ??= setTimeout(() => {
      this.#retryTimer = undefined;
      this.retry();
    }, RETRY_MS);
    return false;
  }

  /** Whether a flush is waiting for the connection to drain. */
  get stalled(): boolean {
    return this.#stalledSince !== 0;
  }

  /** Forgets a stall: the connection drained, went away, or the session ended. */
  clear(): void {
    this.#stalledSince = 0;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
  }

  #overCap(connection: Connection, sent: number): boolean {
    const cap = this.limits.maxBufferedBytes;
    if (this.#unsentAtLook + (sent - this.#sentAtLook) * 3 <= cap) return false;
    this.#unsentAtLook = connection.bufferedAmount;
    this.#sentAtLook = sent;
    return this.#unsentAtLook > cap;
  }
}
