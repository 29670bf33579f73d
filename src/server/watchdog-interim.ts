/**
 * The watchdog's main-thread stand-in (decision 0054): until its thread runs (it starts with the
 * first entry into app code and takes up to a second to boot on a loaded machine), nobody can see
 * the loop while it is blocked, but the main thread can still tell of a block once it is over:
 * an outermost entry into app code whose synchronous part ran past the bound names itself as it
 * returns, and a tick that comes late by more than the bound tells of a block outside app code.
 * The thread, once it runs, reports what it saw of a block itself; a report of the same block
 * the stand-in already gave is dropped.
 */
import type { Logger } from "../core/index.js";

/** How long after its own report a thread's report of the same code is taken as the same block, in ms. */
const SAME_BLOCK_MS = 2000;

export class WatchdogInterim {
  /** When the outermost entry began, while the thread was not running yet. */
  #enteredAt: number | undefined;
  /** The last block this stand-in reported: by what, and when. */
  #reported: { by: string; at: number } | undefined;
  #lastTick = Date.now();

  constructor(
    readonly warnAfterMs: number,
    readonly tickMs: number,
    readonly log: Logger,
  ) {}

  /** An outermost entry into app code begins while the thread is not running. */
  entered(): void {
    this.#enteredAt = Date.now();
  }

  /** Whether an outermost entry is being timed (`left` wants its description). */
  get timing(): boolean {
    return this.#enteredAt !== undefined;
  }

  /** The outermost entry returned; `by` describes it. */
  left(by: string): void {
    if (this.#enteredAt === undefined) return;
    const ran = Date.now() - this.#enteredAt;
    this.#enteredAt = undefined;
    if (this.warnAfterMs > 0 && ran > this.warnAfterMs) this.#report(ran, by);
  }

  /** The tick ran; `running` says what to blame for a late tick when no entry was reported for it. */
  ticked(watched: boolean, running: () => string): void {
    const now = Date.now();
    const gap = now - this.#lastTick;
    this.#lastTick = now;
    if (watched || this.warnAfterMs <= 0 || gap <= this.warnAfterMs + this.tickMs) return;
    // The entry that blocked already said so as it returned.
    if (this.#reported && now - this.#reported.at < gap) return;
    this.#report(gap, running());
  }

  /** Whether the thread's report is of a block this stand-in already reported. */
  reportedAlready(by: string): boolean {
    return this.#reported !== undefined && this.#reported.by === by && Date.now() - this.#reported.at < SAME_BLOCK_MS;
  }

  #report(ms: number, by: string): void {
    this.#reported = { by, at: Date.now() };
    this.log.warn(`[weft] the event loop was blocked for ${ms} ms by ${by}`);
  }
}
