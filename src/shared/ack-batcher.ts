/**
 * Coalesces acknowledgements of applied patches: one `ack` at most every `delayMs`, or at once
 * after `maxPatches` unacknowledged ones, so a busy stream costs few frames and the server's
 * replay buffer still drains.
 */
import { systemClock, type Clock } from "./clock.js";

export interface AckBatcherOptions {
  /** Longest wait before an ack goes out. Default 250 ms. */
  delayMs?: number;
  /** Applied patches that make the ack go out at once. Default 32. */
  maxPatches?: number;
  /** Default the system's. */
  clock?: Clock;
}

export class AckBatcher {
  readonly #send: (seq: number) => void;
  readonly #delayMs: number;
  readonly #maxPatches: number;
  #acked = 0;
  #latest = 0;
  #count = 0;
  readonly #clock: Clock;
  #timer: unknown;

  constructor(send: (seq: number) => void, { delayMs = 250, maxPatches = 32, clock = systemClock }: AckBatcherOptions = {}) {
    this.#send = send;
    this.#clock = clock;
    this.#delayMs = delayMs;
    this.#maxPatches = maxPatches;
  }

  /** Patch `seq` was applied. */
  applied(seq: number): void {
    this.#latest = seq;
    if (++this.#count >= this.#maxPatches) this.flush();
    else this.#timer ??= this.#clock.setTimeout(() => this.flush(), this.#delayMs);
  }

  /** Sends the ack now, if anything is unacknowledged. */
  flush(): void {
    this.cancel();
    this.#count = 0;
    if (this.#latest <= this.#acked) return;
    this.#acked = this.#latest;
    this.#send(this.#latest);
  }

  /** Stops the pending ack without sending it (the connection is gone). */
  cancel(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Starts over on a new connection whose hello already acknowledged `seq`. */
  reset(seq: number): void {
    this.cancel();
    this.#acked = this.#latest = seq;
    this.#count = 0;
  }
}
