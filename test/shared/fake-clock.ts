/** A clock for the client session core's tests: timers run only inside `advance`, and every call is counted. */
import type { Clock } from "../../src/shared/clock.js";

/** Timers that run only inside `advance`, in the order they are due. */
export class FakeClock implements Clock {
  time = 0;
  /** `setTimeout` and `clearTimeout` calls so far. */
  sets = 0;
  clears = 0;
  readonly #timers = new Map<number, { at: number; run: () => void }>();
  #next = 1;
  now(): number {
    return this.time;
  }
  setTimeout(run: () => void, ms: number): number {
    this.sets++;
    this.#timers.set(this.#next, { at: this.time + ms, run });
    return this.#next++;
  }
  clearTimeout(timer: unknown): void {
    this.clears++;
    this.#timers.delete(timer as number);
  }
  get pending(): number {
    return this.#timers.size;
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = end;
  }
}
