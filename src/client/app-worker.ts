/**
 * The page's one app worker, on a static site. Whichever runs first starts it: the tiny boot
 * script (`boot.ts`, loaded `async` so the worker downloads and starts while the client is
 * still loading) or the client itself; both find it in one global slot. A worker that fails is
 * taken out of the slot, so the next caller starts a fresh one.
 */
import { ClientCode, reportError } from "./diagnostics.js";

export interface AppWorker {
  readonly worker: Worker;
  /** Set by the client: called if the worker fails (to load, or later). */
  onFailure: (() => void) | undefined;
}

const SLOT = "__weftAppWorker";
type Scope = { [SLOT]?: AppWorker };

/** The running app worker for `url`, started now if there is none. */
export function appWorker(url: string): AppWorker {
  const scope = globalThis as Scope;
  const running = scope[SLOT];
  if (running) return running;
  const worker = new Worker(url, { type: "module", name: "weft-app" });
  const entry: AppWorker = { worker, onFailure: undefined };
  worker.addEventListener("error", (event) => {
    reportError(ClientCode.worker, `the app's worker failed: ${event.message || `could not load ${url}`}`);
    if (scope[SLOT] === entry) delete scope[SLOT];
    worker.terminate();
    entry.onFailure?.();
  });
  scope[SLOT] = entry;
  return entry;
}
