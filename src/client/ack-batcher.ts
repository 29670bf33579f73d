/**
 * Coalesces acknowledgements of applied patches: one `ack` at most every `delayMs`, or at once
 * after `maxPatches` unacknowledged ones, so a busy stream costs few frames and the server's
 * replay buffer still drains.
 */
export class AckBatcher {
  readonly #send: (seq: number) => void;
  readonly #delayMs: number;
  readonly #maxPatches: number;
  #acked = 0;
  #latest = 0;
  #count = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(send: (seq: number) => void, delayMs = 250, maxPatches = 32) {
    this.#send = send;
    this.#delayMs = delayMs;
    this.#maxPatches = maxPatches;
  }

  /** Patch `seq` was applied. */
  applied(seq: number): void {
    this.#latest = seq;
    if (++this.#count >= this.#maxPatches) this.flush();
    else this.#timer ??= setTimeout(() => this.flush(), this.#delayMs);
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
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Starts over on a new connection whose hello already acknowledged `seq`. */
  reset(seq: number): void {
    this.cancel();
    this.#acked = this.#latest = seq;
    this.#count = 0;
  }
}
