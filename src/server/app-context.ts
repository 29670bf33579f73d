/**
 * The Node host's side of the app-code seam (`RunInContext`, decision 0017): every entry into app
 * code runs inside an AsyncLocalStorage holding its `AppEntry`, so whatever that code starts (a
 * timer, a promise nobody awaits, a listener it adds) carries the session with it, and an error
 * it throws later can be sent to that session. It also tells the loop watchdog, when one runs,
 * what is running.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { AppEntry, RunInContext } from "../core/index.js";

/** Told of every entry into app code and every return from it (the loop watchdog). */
export interface RunningTracker {
  enter(entry: AppEntry): void;
  leave(): void;
}

const storage = new AsyncLocalStorage<AppEntry>();
let tracker: RunningTracker | undefined;

/** Sets (or, with undefined, removes) the one tracker of the process. */
export function setRunningTracker(next: RunningTracker | undefined): void {
  tracker = next;
}

/** Runs app code with its entry as the async context; the hub's `runInContext` in Node. */
export const runInAppContext: RunInContext = (entry, fn) => {
  const watching = tracker;
  if (!watching) return storage.run(entry, fn);
  watching.enter(entry);
  try {
    return storage.run(entry, fn);
  } finally {
    watching.leave();
  }
};

/** The entry whose code is running now, directly or through what it started; undefined outside app code. */
export function currentEntry(): AppEntry | undefined {
  return storage.getStore();
}
