/**
 * The seam around every entry into app code (`main`, a handler, a task, a hook). The session
 * calls `runInContext(entry, fn)` each time it runs app code; the default just calls `fn`. The
 * Node host passes one that runs `fn` inside an AsyncLocalStorage, so an error thrown later by a
 * timer or a floating promise that code started is still known to belong to its session, and
 * that tells the loop watchdog what is running (decision 0017). Core imports nothing of Node's.
 */
import type { Control } from "./control.js";
import type { ErrorPhase } from "./events.js";
import type { Session } from "./session.js";

/** What app code is being entered: the session, and where in it. */
export interface AppEntry {
  readonly session: Session;
  readonly phase: ErrorPhase;
  /** The control whose handler or hook runs, where there is one. */
  readonly control: Control | undefined;
  /** The event whose handler runs, for `phase: "handler"`. */
  readonly event: string | undefined;
}

/** Runs `fn`, the app code of `entry`, and returns what it returns. */
export type RunInContext = (entry: AppEntry, fn: () => unknown) => unknown;

/** The default: no context to keep (the worker host, the test pilot). */
export const runDirectly: RunInContext = (_entry, fn) => fn();
