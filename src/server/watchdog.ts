/**
 * The event-loop watchdog (decision 0017): a worker thread that notices when the main thread's
 * loop stops turning (a handler's `for (;;) {}`, a 3 s synchronous loop), names the session,
 * control and event whose code is running, and says how long the loop was blocked once it comes
 * back. It also bounds a stop: once asked to stop (a signal, or `close()`), a main thread still
 * blocked `shutdownTimeoutMs` later is killed from the worker, the only thread that can.
 *
 * The main thread shares one small buffer with it: a tick it bumps every 100 ms (an unref'd
 * interval), the depth of app code running, and a UTF-8 description of the innermost entry,
 * written on every entry into app code. One process has one watchdog, whatever its hosts.
 *
 * The thread starts with the first entry into app code or the first stop, not with the host
 * (decision 0054): an idle server holds no second isolate (about 8 MB). Until the thread runs,
 * the main thread reports a block once it is over (watchdog-interim.ts).
 */
import { Worker } from "node:worker_threads";
import { describeEntry, type AppEntry, type Logger } from "../core/index.js";
import { setRunningTracker, type RunningTracker } from "./app-context.js";
import { WatchdogInterim } from "./watchdog-interim.js";
import { WATCHDOG_THREAD_SOURCE } from "./watchdog-thread.js";

export interface WatchdogOptions {
  /** Warn when the loop has not turned for this long, in ms. */
  warnAfterMs: number;
  /** How long a stop may take before a still-blocked process is killed, in ms. */
  shutdownTimeoutMs: number;
  log: Logger;
}

const TICK_MS = 100;
/** Int32 slots, then the description's bytes. */
const SLOTS = { tick: 0, depth: 1, length: 2, stopping: 3, online: 4, count: 5, textOffset: 20 } as const;
const TEXT_BYTES = 240;

class Watchdog implements RunningTracker {
  readonly #state: Int32Array;
  readonly #text: Uint8Array;
  readonly #encoder = new TextEncoder();
  readonly #stack: AppEntry[] = [];
  /** The description in the shared buffer now. */
  #written: string | undefined;
  readonly #shared: SharedArrayBuffer;
  readonly #options: WatchdogOptions;
  /** The thread, once app code has run or a host is stopping. */
  #worker: Worker | undefined;
  /** `watchSignals()` was asked before the thread ran: it watches them from its start. */
  #signals = false;
  readonly #interim: WatchdogInterim;
  readonly #interval: ReturnType<typeof setInterval>;

  constructor(options: WatchdogOptions) {
    this.#options = options;
    this.#shared = new SharedArrayBuffer(SLOTS.textOffset + TEXT_BYTES);
    this.#state = new Int32Array(this.#shared, 0, SLOTS.count);
    this.#text = new Uint8Array(this.#shared, SLOTS.textOffset);
    this.#interim = new WatchdogInterim(options.warnAfterMs, TICK_MS, options.log);
    this.#interval = setInterval(() => this.#tick(), TICK_MS);
    this.#interval.unref();
  }

  #tick(): void {
    Atomics.add(this.#state, SLOTS.tick, 1);
    this.#interim.ticked(this.#watched(), () => this.#running());
  }

  /** Whether the thread runs (it says so in the shared buffer once it has booted). */
  #watched(): boolean {
    return Atomics.load(this.#state, SLOTS.online) === 1;
  }

  /** What to blame for a block outside any entry, in the thread's words. */
  #running(): string {
    if (this.#written === undefined) return "Weft itself (no app code has run yet)";
    return `code outside any handler's first synchronous part (after an await, in a timer, or Weft itself); the last app code entered was ${this.#written}`;
  }

  /** Starts the thread (once): from now on a blocked loop is seen while it lasts. */
  #start(): Worker {
    if (this.#worker) return this.#worker;
    const { warnAfterMs, shutdownTimeoutMs, log } = this.#options;
    const workerData = { shared: this.#shared, tickMs: TICK_MS, warnAfterMs, shutdownTimeoutMs, slots: SLOTS };
    const worker = (this.#worker = new Worker(WATCHDOG_THREAD_SOURCE, { eval: true, workerData, execArgv: [] }));
    worker.unref();
    worker.on("message", (message: { blockedMs: number; blockedBy: string }) => {
      if (this.#interim.reportedAlready(message.blockedBy)) return;
      log.warn(`[weft] the event loop was blocked for ${message.blockedMs} ms by ${message.blockedBy}`);
    });
    worker.on("error", (error) => log.error("[weft] the loop watchdog failed; blocked loops go unreported", error));
    if (this.#signals) worker.postMessage("watch-signals");
    return worker;
  }

  enter(entry: AppEntry): void {
    if (!this.#worker) this.#start();
    if (this.#stack.length === 0 && !this.#watched()) this.#interim.entered();
    this.#stack.push(entry);
    this.#describe(entry);
  }

  leave(): void {
    const left = this.#stack.pop();
    const outer = this.#stack[this.#stack.length - 1];
    if (outer) return this.#describe(outer);
    Atomics.store(this.#state, SLOTS.depth, 0);
    if (left && this.#interim.timing) this.#interim.left(describeCached(left));
  }

  /** A host is stopping: until it has stopped, the worker ends a process whose loop stays blocked past the bound. */
  stopping(): void {
    this.#start();
    Atomics.add(this.#state, SLOTS.stopping, 1);
  }

  stopped(): void {
    Atomics.sub(this.#state, SLOTS.stopping, 1);
  }

  /** Also start the bound on SIGTERM/SIGINT seen by the worker itself (for `app()`, which owns those signals). */
  watchSignals(): void {
    this.#signals = true;
    this.#worker?.postMessage("watch-signals");
  }

  /** The main thread took a SIGTERM as the start of a drain: that signal is no stop (a second one is). */
  drainTaken(): void {
    // A thread started later never saw that signal, so it has nothing to discount.
    this.#worker?.postMessage("drain-taken");
  }

  async stop(): Promise<void> {
    clearInterval(this.#interval);
    await this.#worker?.terminate();
  }

  #describe(entry: AppEntry): void {
    const what = describeCached(entry);
    if (what !== this.#written) {
      // Length 0 while the bytes change: the worker never reads half a description.
      Atomics.store(this.#state, SLOTS.length, 0);
      Atomics.store(this.#state, SLOTS.length, this.#encoder.encodeInto(what, this.#text).written);
      this.#written = what;
    }
    Atomics.store(this.#state, SLOTS.depth, this.#stack.length);
  }
}

/**
 * Descriptions by control (or, for `main` and tasks, by session), then by event or phase: built
 * once (about 130 ns each), so an entry costs a lookup and an encode. A control's label is the
 * one it had when its handler first ran.
 */
const descriptions = new WeakMap<object, Map<string, string>>();

function describeCached(entry: AppEntry): string {
  const owner: object = entry.control ?? entry.session;
  const key = entry.event ?? entry.phase;
  let byKey = descriptions.get(owner);
  if (!byKey) descriptions.set(owner, (byKey = new Map()));
  let what = byKey.get(key);
  if (what === undefined) {
    what = `session ${entry.session.id}: ${describeEntry(entry.phase, entry.control, entry.event)}`;
    byKey.set(key, what);
  }
  return what;
}

/** What a host holds of the process's watchdog. */
export interface WatchdogLease {
  stopping(): void;
  watchSignals(): void;
  drainTaken(): void;
  /** Gives the lease back; the last one stops the worker. */
  release(): Promise<void>;
}

let current: { watchdog: Watchdog; holders: number } | undefined;

/** Starts the process's watchdog, or shares the one running (with the options it started with). */
export function acquireWatchdog(options: WatchdogOptions): WatchdogLease {
  if (!current) {
    const watchdog = new Watchdog(options);
    current = { watchdog, holders: 0 };
    setRunningTracker(watchdog);
  }
  const held = current;
  held.holders++;
  let released = false;
  let stopping = false;
  return {
    stopping() {
      if (stopping || released) return;
      stopping = true;
      held.watchdog.stopping();
    },
    watchSignals: () => held.watchdog.watchSignals(),
    drainTaken: () => held.watchdog.drainTaken(),
    async release() {
      if (released) return;
      released = true;
      if (stopping) held.watchdog.stopped();
      if (--held.holders > 0) return;
      if (current === held) current = undefined;
      setRunningTracker(undefined);
      await held.watchdog.stop();
    },
  };
}
