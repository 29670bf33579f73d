/**
 * Warnings about one hostile client, logged once per minute per kind and address: a client that
 * opens 3,000 sockets over its cap makes one log line, not 3,000.
 */
import type { Logger } from "../core/index.js";

const WINDOW_MS = 60_000;
/** Keys remembered at most; past it, older keys are swept, and a flood from new keys goes unlogged. */
const MAX_KEYS = 10_000;

export class ThrottledWarnings {
  readonly #log: Logger;
  readonly #last = new Map<string, number>();

  constructor(log: Logger) {
    this.#log = log;
  }

  /** Logs `message` unless the same `key` (e.g. `"connections 10.0.0.7"`) was logged in the last minute. */
  warn(key: string, message: string): void {
    const now = Date.now();
    const last = this.#last.get(key);
    if (last !== undefined && now - last < WINDOW_MS) return;
    if (last === undefined && this.#last.size >= MAX_KEYS) {
      for (const [k, at] of this.#last) if (now - at >= WINDOW_MS) this.#last.delete(k);
      if (this.#last.size >= MAX_KEYS) return;
    }
    this.#last.set(key, now);
    this.#log.warn(message);
  }
}
