/**
 * Repeated warnings of one cause from one session, summarised: the first is logged as it is, the
 * ones after it only counted, and at most one line per interval says how many more came ("session
 * 3f…: 1,204 more bad frames (protocol.bad-json) in the last minute"). A client that sends 600,000
 * bad frames wrote 600,000 lines (18 MB per 200,000 with the console logger, and other sessions'
 * clicks waited seconds behind the writes); now it writes a few. The hub does the same for the
 * connections it refuses.
 */
import type { Logger } from "./session.js";

/** How often a cause that keeps coming is summarised, in ms. */
export const WARNING_INTERVAL_MS = 60_000;

interface Cause {
  /** What the summary calls the repeats: "bad frames", "extra hellos". */
  what: string;
  /** Repeats counted since the last line. */
  count: number;
  timer: ReturnType<typeof setTimeout>;
}

export class WarningThrottle {
  readonly #causes = new Map<string, Cause>();

  /** `prefix` starts every line (`[weft] session 3f…: `). */
  constructor(
    private readonly log: Logger,
    private readonly prefix: string,
  ) {}

  /**
   * Logs `message` for `key` unless a line for `key` was written in the current interval; then it
   * is only counted, as one more of `what`.
   */
  warn(key: string, what: string, message: string): void {
    const cause = this.#causes.get(key);
    if (cause) {
      cause.count++;
      return;
    }
    this.log.warn(`${this.prefix}${message}`);
    const timer = setTimeout(() => this.#summarise(key), WARNING_INTERVAL_MS);
    (timer as { unref?: () => void }).unref?.();
    this.#causes.set(key, { what, count: 0, timer });
  }

  /** Writes the summaries still owed (`when`: "before the session ended") and forgets every cause. */
  flush(when: string): void {
    for (const [key, cause] of this.#causes) {
      clearTimeout(cause.timer);
      this.#line(key, cause, when);
    }
    this.#causes.clear();
  }

  /** The interval ended: one line for what came in it; a cause that went quiet is forgotten. */
  #summarise(key: string): void {
    const cause = this.#causes.get(key)!;
    if (cause.count === 0) {
      this.#causes.delete(key);
      return;
    }
    this.#line(key, cause, "in the last minute");
    cause.count = 0;
    cause.timer = setTimeout(() => this.#summarise(key), WARNING_INTERVAL_MS);
    (cause.timer as { unref?: () => void }).unref?.();
  }

  #line(key: string, cause: Cause, when: string): void {
    if (cause.count > 0) this.log.warn(`${this.prefix}${cause.count.toLocaleString("en-US")} more ${cause.what} (${key}) ${when}`);
  }
}
