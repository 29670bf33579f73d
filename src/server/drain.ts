/**
 * Draining a process before it stops (docs/deploy.md, decision 0038): from `drain()` on, the
 * health endpoint answers 503 so the balancer sends new tabs elsewhere, a new tab that still
 * reaches this process gets a 503 page that reloads itself, and a hello that would start a new
 * session is refused with `server.draining` (the client tries again). Live sessions keep working,
 * resumes included, until each ends or `drainTimeout` passes; then the tabs still open are told
 * to move (`hub.moveAll()`), and the drain is over.
 */
import { ErrorCode, WeftError, type Logger, type SessionHub } from "../core/index.js";
import { movesAreRestarts } from "./overrides.js";

/** `drainTimeout`'s default: 10 minutes. */
export const DEFAULT_DRAIN_TIMEOUT_MS = 10 * 60_000;
/** The longest a timer waits in Node (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Seconds a refused new tab (or a balancer) is told to wait before trying again. */
export const DRAIN_RETRY_AFTER_SECONDS = "2";

/** What a new tab reaching a draining process is shown: a 503 that reloads itself, through the balancer. */
export const DRAINING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="${DRAIN_RETRY_AFTER_SECONDS}">
<title>One moment</title></head>
<body><p>This server is restarting. The page reloads by itself in a moment.</p></body></html>
`;

/** The `drainTimeout` option checked: an integer number of ms, 0 to move at once. */
export function resolveDrainTimeout(given: unknown): number {
  if (given === undefined) return DEFAULT_DRAIN_TIMEOUT_MS;
  if (typeof given !== "number" || !Number.isInteger(given) || given < 0 || given > MAX_TIMER_MS) {
    throw new WeftError(
      ErrorCode.badOption,
      `drainTimeout must be an integer of ms from 0 to ${MAX_TIMER_MS} (how long a draining process keeps its live sessions before it moves them; default ${DEFAULT_DRAIN_TIMEOUT_MS}), got ${JSON.stringify(given)}`,
    );
  }
  return given;
}

/** One process's drain, over every hub it serves. */
export class Drain {
  readonly #hubs: readonly SessionHub[];
  readonly #timeoutMs: number;
  readonly #log: Logger;
  #done: Promise<void> | undefined;

  constructor(hubs: readonly SessionHub[], timeoutMs: number, log: Logger) {
    this.#hubs = hubs;
    this.#timeoutMs = timeoutMs;
    this.#log = log;
  }

  /** True from the first `start()` on. */
  get active(): boolean {
    return this.#done !== undefined;
  }

  /** Starts draining (once; later calls return the same promise); resolves when no session is left here. */
  start(): Promise<void> {
    this.#done ??= this.#run();
    return this.#done;
  }

  async #run(): Promise<void> {
    for (const hub of this.#hubs) hub.drain();
    const live = this.#hubs.reduce((n, hub) => n + hub.size, 0);
    this.#log.info(`[weft] draining: no new sessions here; ${live} live session(s) go on for ${this.#timeoutMs} ms at most (option drainTimeout), then their tabs move`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<true>((resolve) => {
      timer = setTimeout(() => resolve(true), this.#timeoutMs);
    });
    const empty = Promise.all(this.#hubs.map((hub) => hub.whenEmpty())).then(() => false as const);
    const timedOut = await Promise.race([empty, late]);
    clearTimeout(timer);
    if (!timedOut) {
      this.#log.info("[weft] drained: every session here has ended");
      return;
    }
    const moved = (await Promise.all(this.#hubs.map((hub) => hub.moveAll(movesAreRestarts())))).reduce((a, b) => a + b, 0);
    this.#log.info(`[weft] drained: drainTimeout (${this.#timeoutMs} ms) passed; ${moved} tab(s) told to move to another process`);
  }
}
