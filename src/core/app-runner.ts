/**
 * How a session runs app code: `main`, handlers, hooks, pub/sub deliveries and tasks, each
 * through `runInContext`, each isolated (a throw goes to the session's error report, naming its
 * entry) and each followed by a flush, sync or async. It keeps the handlers and hooks still
 * running, so `idle()`, a move and a shutdown can wait for them and name what never finished.
 */
import { runDirectly, type AppEntry, type RunInContext } from "./app-entry.js";
import type { Control } from "./control.js";
import { describeEntry, isThenable } from "./error-reporter.js";
import { ErrorCode, WeftError } from "./errors.js";
import type { ErrorPhase, Handler, PageEvent } from "./events.js";
import type { Session } from "./session.js";
import type { UserControl } from "./user-control.js";

function isAbort(thrown: unknown, signal: AbortSignal): boolean {
  return signal.aborted && (thrown === signal.reason || (thrown as Error | null)?.name === "AbortError");
}

/** Runs a delivered message's handler (one function for every delivery; see decision 0012). */
function callIt(fn: () => unknown): unknown {
  return fn();
}

export class AppRunner {
  readonly #session: Session;
  readonly #run: RunInContext;
  readonly #tasks = new AbortController();
  /** Handlers and hooks still running, with the entry that started each (none for `onError`). */
  readonly #pending = new Map<Promise<unknown>, AppEntry | undefined>();

  constructor(session: Session, run: RunInContext = runDirectly) {
    this.#session = session;
    this.#run = run;
  }

  entry(phase: ErrorPhase, control?: Control, event?: string): AppEntry {
    return { session: this.#session, phase, control, event };
  }

  /** Runs app code through `runInContext` and returns what it returns; a throw is the caller's. */
  run(entry: AppEntry, fn: () => unknown): unknown {
    return this.#run(entry, fn);
  }

  /** Calls app code (through `runInContext`); flushes after it, sync or async; reports a throw as the entry's. */
  invoke<A>(fn: (arg: A) => unknown, arg: A, entry: AppEntry, thisArg?: unknown): void {
    const session = this.#session;
    let result: unknown;
    try {
      result = this.#run(entry, () => fn.call(thisArg, arg));
    } catch (thrown) {
      session.reportError(thrown, entry.phase, entry.control, entry.event);
      session.flush();
      return;
    }
    if (!isThenable(result)) {
      session.flush();
      return;
    }
    this.track(
      Promise.resolve(result).then(
        () => session.flush(),
        (thrown) => {
          session.reportError(thrown, entry.phase, entry.control, entry.event);
          session.flush();
        },
      ),
      entry,
    );
  }

  /** Runs a pub/sub message's handler as one of the session's events: isolated, reported (`pubsub`), flushed after. */
  deliver(handler: () => unknown, topic: string | undefined): void {
    this.invoke(callIt, handler, this.entry("pubsub", undefined, topic));
  }

  runHook(control: UserControl, phase: "didMount" | "willUnmount", hook: () => unknown): void {
    this.invoke(hook, undefined, this.entry(phase, control));
  }

  firePageEvent(handler: Handler<PageEvent> | undefined, name: string): void {
    if (!handler) return;
    const page = this.#session.page;
    const event: PageEvent = { control: page, name, data: undefined, page };
    this.invoke(handler, event, this.entry("handler", page, name), page);
  }

  /** Keeps `idle()` waiting until `promise` settles; `entry` names it if it never does. */
  track(promise: Promise<unknown>, entry?: AppEntry): void {
    this.#pending.set(promise, entry);
    void promise.finally(() => this.#pending.delete(promise));
  }

  /** `page.runTask`: runs `task` with a signal that aborts when the session ends; resolves to its result. */
  runTask<T>(task: (signal: AbortSignal) => T | Promise<T>): Promise<T | undefined> {
    const session = this.#session;
    const signal = this.#tasks.signal;
    if (session.closed) return Promise.resolve(undefined);
    const entry = this.entry("task");
    return (async () => {
      try {
        const result = await (this.#run(entry, () => task(signal)) as T | Promise<T>);
        session.flush();
        return result;
      } catch (thrown) {
        if (!isAbort(thrown, signal)) session.reportError(thrown, "task");
        session.flush();
        return undefined;
      }
    })();
  }

  /** Aborts every task's signal, with `session.closed` and `reason` as its reason. */
  abortTasks(reason: string): void {
    this.#tasks.abort(new WeftError(ErrorCode.sessionClosed, reason));
  }

  /**
   * Runs `handler` as the page's `move` event and resolves once it has finished, or after
   * `timeoutMs` (false then: the move goes on with what `page.session` holds).
   */
  async finishMove(handler: Handler<PageEvent>, timeoutMs: number): Promise<boolean> {
    const before = new Set(this.#pending.keys());
    this.firePageEvent(handler, "move");
    const running = [...this.#pending.keys()].filter((p) => !before.has(p));
    if (!running.length) return true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const finished = await Promise.race([Promise.allSettled(running).then(() => true as const), late]);
    clearTimeout(timer);
    return finished;
  }

  /** Handlers and hooks still running (tasks excepted). */
  get pendingWork(): number {
    return this.#pending.size;
  }

  /** Resolves once every handler and hook started so far has finished (tasks excepted). */
  async idle(): Promise<void> {
    while (this.#pending.size) await Promise.allSettled([...this.#pending.keys()]);
  }

  /** What is still running, named (`onClick handler of Button#3`), for a shutdown that did not finish. */
  describePending(): string[] {
    return [...this.#pending.values()].map((entry) => (entry ? describeEntry(entry.phase, entry.control, entry.event) : "page.onError"));
  }
}
