/**
 * What a Node host holds of the process while it runs: the listeners that keep an app's stray
 * error inside its session (unless `exitOnUncaughtError`), and a share of the loop watchdog.
 */
import type { Logger } from "../core/index.js";
import { catchUncaughtErrors } from "./uncaught-errors.js";
import { acquireWatchdog } from "./watchdog.js";

export interface GuardOptions {
  exitOnUncaughtError: boolean;
  blockedLoopWarnMs: number;
  shutdownTimeoutMs: number;
}

export interface HostGuards {
  /** The host is stopping: the watchdog ends a process still blocked `shutdownTimeoutMs` from now. */
  stopping(): void;
  /** The watchdog also starts that bound on a SIGTERM/SIGINT it sees itself (for `app()`). */
  watchSignals(): void;
  /** A SIGTERM the watchdog saw was taken as the start of a drain, not a stop. */
  drainTaken(): void;
  release(): Promise<void>;
}

export function guardProcess(options: GuardOptions, log: Logger): HostGuards {
  const releaseErrors = options.exitOnUncaughtError ? () => {} : catchUncaughtErrors(log);
  const watchdog = acquireWatchdog({ warnAfterMs: options.blockedLoopWarnMs, shutdownTimeoutMs: options.shutdownTimeoutMs, log });
  return {
    stopping: () => watchdog.stopping(),
    watchSignals: () => watchdog.watchSignals(),
    drainTaken: () => watchdog.drainTaken(),
    async release() {
      releaseErrors();
      await watchdog.release();
    },
  };
}
