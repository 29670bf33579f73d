/**
 * A session: one browser tab's run of the app. It owns the tab's page and control tree, the
 * ordered outbox, the tasks started with `runTask`, and the dispatch of the tab's events. No
 * handler, task, hook or `main` can take it down: whatever they throw goes to `page.onError`
 * and to the log, naming the control and event (`error-reporter.ts`).
 */
import {
  ClientAction,
  CloseCode,
  Op,
  PROTOCOL_VERSION,
  ROOT_ID,
  ROOT_SLOT,
  ServerAction,
  type ClientFrame,
  type Connection,
  type EventBody,
  type HelloBody,
  type JsonValue,
  type PatchOp,
} from "../protocol/index.js";
import { runDirectly, type AppEntry, type RunInContext } from "./app-entry.js";
import { PendingCalls } from "./calls.js";
import { FlowControl } from "./flow-control.js";
import { TokenBucket } from "./rate-limit.js";
import { ID, SESSION, appendAll, describeControl, handlerOf, type Control } from "./control.js";
import { specOf } from "./control-spec.js";
import { describeEntry, ErrorReporter, isThenable } from "./error-reporter.js";
import { ErrorCode, WeftError } from "./errors.js";
import { EventGuard } from "./event-guard.js";
import type { ErrorPhase, Handler, PageEvent } from "./events.js";
import { Outbox } from "./outbox.js";
import { Page } from "./page.js";
import { Presence, PresenceHub } from "./presence.js";
import { PubSub, PubSubHub } from "./pubsub.js";
import { MemoryPubSub } from "./pubsub-adapter.js";
import { SessionStore } from "./session-store.js";
import { UserStorage } from "./user-storage.js";
import { SessionTree } from "./tree.js";
import type { UserControl } from "./user-control.js";
import { WarningThrottle } from "./warning-throttle.js";
import type { FileHost } from "./file-host.js";

/** The app's entry point: sync or async. */
export type AppMain = (page: Page) => void | Promise<void>;

/** Where the runtime writes what happens. Defaults to the console. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Per-session limits; each is a hub option with a documented default (docs/reliability.md). */
export interface SessionLimits {
  /** Bytes of unacknowledged patches kept for replay after a drop. */
  maxReplayBytes: number;
  /** Bytes a connection may hold unsent before patches wait (and coalesce) on the server. */
  maxBufferedBytes: number;
  /** How long a connection may stay over `maxBufferedBytes` before it is cut off, in ms. */
  slowClientTimeoutMs: number;
  /** Events per second a client may send, sustained. */
  eventRate: number;
  /** Events a client may send in a burst. */
  eventBurst: number;
  /** Controls one session may hold. */
  maxControls: number;
  /** How long a server-to-client call waits for its reply, in ms. */
  callTimeoutMs: number;
}

export interface SessionOptions {
  id: string;
  token: string;
  main: AppMain;
  hello: HelloBody;
  logger: Logger;
  limits: SessionLimits;
  /** Milliseconds between pings on a quiet connection (told to the client); 0 for none. */
  heartbeatMs: number;
  /** Show app errors' messages and stacks in the page (development); otherwise a generic notice. */
  exposeErrors: boolean;
  /** Runs each entry into app code; the Node host keeps the session's async context with it. Default: calls it. */
  runInContext?: RunInContext;
  /** The app's pub/sub, shared by its sessions. Default: one of this session's own. */
  pubsub?: PubSubHub;
  /** The app's presence, shared by its sessions. Default: one of this session's own. */
  presence?: PresenceHub;
  /** The app's namespace in the browser's storage (`storageKey`). Default "app". */
  storageKey?: string;
  /** `page.userStorage` of this browser, or why there is none. Default: none. */
  userStorage?: UserStorage;
  /** Moves files for `FilePicker.upload` and `page.download` (the Node host's); none in the pilot. */
  files?: FileHost;
  /** `page.restored`: what the process this tab moved off kept for it (decision 0039). */
  restored?: Readonly<Record<string, JsonValue>> | undefined;
}

/** Counts of client input that was dropped, for tests and diagnostics. */
export interface SessionStats {
  unknownControls: number;
  unknownEvents: number;
  badEventData: number;
  blockedEvents: number;
  rateLimited: number;
  unknownReplies: number;
  /** Events that reached a handler. */
  handledEvents: number;
}

/** What `update()` returns: already settled, and the same every time (nothing to allocate per update). */
const DONE: Promise<void> = Promise.resolve();

/** Runs a delivered message's handler (one function for every delivery; see decision 0012). */
function callIt(fn: () => unknown): unknown {
  return fn();
}

function isAbort(thrown: unknown, signal: AbortSignal): boolean {
  return signal.aborted && (thrown === signal.reason || (thrown as Error | null)?.name === "AbortError");
}

export class Session {
  readonly id: string;
  /** Secret that resumes this session; never logged; renewed on every resume. */
  token: string;
  readonly page: Page;
  /** Moves files (`FilePicker.upload`, `page.download`); undefined where there is no host to. */
  readonly files: FileHost | undefined;
  readonly tree: SessionTree;
  readonly outbox: Outbox;
  readonly stats: SessionStats = { unknownControls: 0, unknownEvents: 0, badEventData: 0, blockedEvents: 0, rateLimited: 0, unknownReplies: 0, handledEvents: 0 };

  #main: AppMain;
  #log: Logger;
  #connection: Connection | undefined;
  #lastEventSeq = 0;
  #ackQueued = false;
  #flushing = false;
  #closed = false;
  #tasks = new AbortController();
  /** Handlers and hooks still running, with the entry that started each (none for `onError`). */
  #pending = new Map<Promise<unknown>, AppEntry | undefined>();
  #run: RunInContext;
  #limits: SessionLimits;
  #heartbeatMs: number;
  #errors: ErrorReporter;
  #guard: EventGuard;
  #bucket: TokenBucket;
  #calls: PendingCalls;
  /** Call ops waiting for the next flush. */
  #callOps: PatchOp[] = [];
  /** The page's own insert, until the first flush sends it ahead of what `main` added. */
  #rootOp: PatchOp | undefined;
  #flow: FlowControl;
  #lastRateWarning = 0;
  /** Repeated warnings (bad frames, extra hellos), summarised; made at the first one. */
  #warningThrottle: WarningThrottle | undefined;
  #pubsubHub: PubSubHub | undefined;
  #pubsub: PubSub | undefined;
  #presenceHub: PresenceHub | undefined;
  #presence: Presence | undefined;
  /** The last pub/sub outage `page.onError` heard of. */
  #toldOutage: WeftError | undefined;
  /** `page.session`'s values, made at first use: kept until the session ends, across resumes. */
  #store: SessionStore | undefined;

  /** The app's namespace in the browser's storage. */
  readonly storageKey: string;
  /** `page.restored`. */
  readonly restored: Readonly<Record<string, JsonValue>> | undefined;
  /** `page.userStorage`. */
  readonly userStorage: UserStorage;

  constructor(options: SessionOptions) {
    this.id = options.id;
    this.token = options.token;
    this.#main = options.main;
    this.#log = options.logger;
    this.files = options.files;
    this.#limits = options.limits;
    this.#heartbeatMs = options.heartbeatMs;
    this.#run = options.runInContext ?? runDirectly;
    this.#pubsubHub = options.pubsub;
    this.#presenceHub = options.presence;
    this.storageKey = options.storageKey ?? "app";
    this.restored = options.restored;
    this.userStorage = options.userStorage ?? new UserStorage({ reason: "the app was started without user storage" });
    this.#errors = new ErrorReporter(this, options.logger, options.exposeErrors);
    this.#guard = new EventGuard(this, options.logger);
    this.#bucket = new TokenBucket(options.limits.eventRate, options.limits.eventBurst);
    this.#calls = new PendingCalls(options.limits.callTimeoutMs);
    this.outbox = new Outbox(options.limits.maxReplayBytes);
    this.#flow = new FlowControl(
      options.limits,
      () => this.flush(),
      (connection, stalledMs, waitingBytes) => {
        this.#log.warn(
          `[weft] session ${this.id}: cut off a client that read nothing for ${Math.round(stalledMs / 1000)} s ` +
            `with ${waitingBytes} bytes waiting (${ErrorCode.slowClient}); it may resume`,
        );
        connection.close(CloseCode.policyViolation, ErrorCode.slowClient);
      },
    );
    // Methods, not arrows: tsx names every arrow held by a property, at a cost (decision 0012).
    const session = this;
    this.tree = new SessionTree(this, options.limits.maxControls, {
      willUnmount(control) {
        session.#runHook(control, "willUnmount", () => control.willUnmount());
      },
      reportMisuse(error) {
        session.#errors.reportMisuse(error);
      },
      buildFailed(control, thrown) {
        session.reportError(thrown, "didMount", control);
      },
      refusedOverLimit(controls, maxControls) {
        session.#errors.reportOverLimit(controls, maxControls);
      },
    });
    this.page = new Page(this, options.hello);
  }

  /** `page.session`: kept until the session ends, across resumes. */
  get store(): SessionStore {
    return (this.#store ??= new SessionStore());
  }

  /** Most sessions never warn: the throttle is made for the first warning. */
  get #warnings(): WarningThrottle {
    return (this.#warningThrottle ??= new WarningThrottle(this.#log, `[weft] session ${this.id}: `));
  }

  /** True while a flush runs. */
  get flushing(): boolean {
    return this.#flushing;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Whether a client is attached right now. */
  get connected(): boolean {
    return this.#connection !== undefined;
  }

  /** The connection that holds the session now, if any. */
  get connection(): Connection | undefined {
    return this.#connection;
  }

  /**
   * Sends the welcome, then runs `main`. The page goes out in the first patch together with what
   * `main` adds before its first `await` (or `update()`), so a page that starts full arrives as one
   * frame and is laid out once; it goes out by the end of this call whatever `main` does.
   */
  start(connection: Connection): void {
    this.#bind(connection);
    this.#welcome(false, 0);
    this.#rootOp = this.tree.mountRoot(this.page, ROOT_ID, ROOT_SLOT);
    this.#invoke(this.#main, this.page, this.#entry("main"));
    this.flush();
  }

  /**
   * Takes the session back on a new connection after a drop. The client gets every patch it has
   * not applied (or, when they are no longer kept, a snapshot of the whole page), then whatever
   * changed while it was away, coalesced; `page.onConnect` runs.
   */
  resume(connection: Connection, clientAck: number, token: string, announce = true): void {
    if (this.#connection) this.#connection.close(CloseCode.policyViolation, "session taken over by a newer connection");
    this.#bind(connection);
    this.token = token;
    if (this.outbox.canReplayAfter(clientAck)) {
      this.#welcome(true, clientAck);
      this.outbox.replayAfter(clientAck);
      this.flush();
    } else {
      this.#welcome(true, this.outbox.seq);
      this.#sendSnapshot();
    }
    if (announce) this.#firePageEvent(this.page.onConnect, "connect");
  }

  /**
   * Unbinds the connection after a drop; changes wait, coalesced, until a resume. `announce`
   * false: no `onDisconnect` (the first paint's capture, which no tab held).
   */
  detach(announce = true): void {
    if (!this.#connection) return;
    this.#connection = undefined;
    this.outbox.detach();
    this.#flow.clear();
    if (announce) this.#firePageEvent(this.page.onDisconnect, "disconnect");
  }

  #bind(connection: Connection): void {
    this.#connection = connection;
    this.outbox.attach(connection);
    this.#flow.bind(this.outbox.bytesSent);
  }

  #welcome(resumed: boolean, seq: number): void {
    this.outbox.sendFrame([
      ServerAction.welcome,
      { v: PROTOCOL_VERSION, session: this.id, token: this.token, resumed, seq, ack: this.#lastEventSeq, heartbeat: this.#heartbeatMs },
    ]);
  }

  /** Replaces the client's whole tree: pending changes are applied first, then the page is sent whole. */
  #sendSnapshot(): void {
    this.#rootOp = undefined;
    const mounted = this.tree.collect([]);
    const ops: PatchOp[] = [[Op.clean, ROOT_ID, ROOT_SLOT], [Op.insert, ROOT_ID, ROOT_SLOT, 0, this.tree.serialize(this.page)]];
    this.#takeCallOps(ops);
    this.outbox.sendPatch(ops);
    this.#runDidMount(mounted);
  }

  markDirty(control: Control): void {
    if (!this.#closed) this.tree.markDirty(control);
  }

  /** Flushes every pending change as one patch. */
  update(): Promise<void> {
    this.flush();
    return DONE;
  }

  /**
   * Collects dirty controls into one patch frame, then runs `didMount` of what just mounted.
   * While no client is attached, or the client has stopped reading, nothing is collected: the
   * changes stay marked and coalesce (ten updates of one Text become one op), so a client that is
   * away or slow costs no more memory than the tree itself.
   */
  flush(): void {
    if (this.#closed || this.#flushing || !this.#connection) return;
    if (!this.#flow.mayFlush(this.#connection, this.outbox.bytesSent)) return;
    this.#flushing = true;
    const ops: PatchOp[] = [];
    if (this.#rootOp) ops.push(this.#rootOp);
    this.#rootOp = undefined;
    let mounted: UserControl[];
    try {
      if (this.tree.beforeUpdates.size) this.#runBeforeUpdate([...this.tree.beforeUpdates]);
      mounted = this.tree.collect(ops);
      const fresh = this.tree.takeFreshBeforeUpdates();
      if (fresh.length) {
        this.#runBeforeUpdate(fresh);
        appendAll(mounted, this.tree.collect(ops));
      }
      this.#takeCallOps(ops);
    } finally {
      this.#flushing = false;
    }
    if (ops.length) this.outbox.sendPatch(ops);
    this.#runDidMount(mounted);
  }

  /** Moves the waiting call ops onto `ops` (a loop: a spread of thousands of calls overflows the stack). */
  #takeCallOps(ops: PatchOp[]): void {
    if (!this.#callOps.length) return;
    appendAll(ops, this.#callOps);
    this.#callOps = [];
  }

  /** Runs `beforeUpdate` of each control still on this page; a throw is reported as its own. */
  #runBeforeUpdate(controls: readonly Control[]): void {
    for (const control of controls) {
      if (control[SESSION] !== this) continue;
      const entry = this.#entry("beforeUpdate", control);
      try {
        this.#run(entry, () => control.beforeUpdate());
      } catch (thrown) {
        this.reportError(thrown, "beforeUpdate", control, undefined);
      }
    }
  }

  #runDidMount(mounted: UserControl[]): void {
    for (const control of mounted) {
      if (control[SESSION] === this) this.#runHook(control, "didMount", () => control.didMount());
    }
  }

  /**
   * Runs a method of a control's renderer in the browser (`focus`, …) and resolves to its result.
   * Rejects with `session.call-timeout`, `session.call-failed` or `session.closed`.
   */
  call(control: Control, method: string, args: JsonValue[] = []): Promise<JsonValue | undefined> {
    const what = `${method}() on ${describeControl(control)}`;
    if (this.#closed) return Promise.reject(new WeftError(ErrorCode.sessionClosed, `${what} cannot run: the session has ended`));
    if (control[SESSION] !== this) {
      return Promise.reject(new WeftError(ErrorCode.notMounted, `${what} cannot run: the control is not on the page`));
    }
    const { id, result } = this.#calls.start(what);
    this.#callOps.push([Op.call, id, control[ID], method, args]);
    this.flush();
    return result;
  }

  /** `page.pubsub`: made on first use. */
  get pubsub(): PubSub {
    this.#pubsubHub ??= new PubSubHub(new MemoryPubSub(), (message, thrown) => this.#log.error(message, thrown));
    return (this.#pubsub ??= new PubSub(this, this.#pubsubHub));
  }

  /** The tab has been gone longer than the presence grace period; a no-op when presence was never used. */
  presenceAway(): void {
    this.#presence?.goAway();
  }

  /** The tab is back: presence joins again where it was. */
  presenceBack(): void {
    this.#presence?.comeBack();
  }

  /** `page.presence`: made on first use. */
  get presence(): Presence {
    return (this.#presence ??= new Presence(this, (this.#presenceHub ??= new PresenceHub())));
  }

  /** The pub/sub adapter lost its server: `page.onError` hears it once per outage, if this session uses pub/sub or presence. */
  pubsubOutage(error: WeftError): void {
    if (this.#closed || (!this.#pubsub && !this.#presence) || this.#toldOutage === error) return;
    this.#toldOutage = error;
    this.#errors.reportOutage(error);
  }

  /** Runs a pub/sub message's handler as one of this session's events: isolated, reported (`pubsub`), flushed after. */
  deliver(handler: () => unknown, topic: string | undefined): void {
    if (!this.#closed) this.#invoke(callIt, handler, this.#entry("pubsub", undefined, topic));
  }

  /** Handles one validated frame from the client. */
  receive(frame: ClientFrame): void {
    if (this.#closed) return;
    switch (frame[0]) {
      case ClientAction.event:
        this.#onEvent(frame[1]);
        break;
      case ClientAction.ack:
        this.outbox.ack(frame[1].seq);
        break;
      case ClientAction.reply:
        if (!this.#calls.settle(frame[1])) this.stats.unknownReplies++;
        break;
      case ClientAction.pong:
        break;
      case ClientAction.hello:
        this.#warnings.warn(ClientAction.hello, "extra hellos", "a second hello on one connection was ignored");
        break;
    }
  }

  /**
   * A frame the codec refused: logged (repeats summarised) and answered with an error frame. The
   * answers count against `maxBufferedBytes` like patches: while the client reads nothing they
   * are dropped, and a client that stays over the cap is cut off (600,000 bad frames from a
   * client that never read had queued 112 MB of answers).
   */
  rejectFrame(code: string, message: string): void {
    if (this.#closed) return;
    this.#warnings.warn(code, "bad frames", `rejected a frame (${code}): ${message}`);
    const connection = this.#connection;
    if (!connection) return;
    // Bad frames draw on the event rate: past it the client is cut off (it may resume), since
    // each costs a decode (a thrown JSON.parse: 5–40 µs), and a flood of them delayed other
    // sessions' clicks by seconds.
    if (!this.#bucket.take()) {
      const what = `cut off a client that sent bad frames faster than ${this.#limits.eventRate} per second`;
      this.#warnings.warn(ErrorCode.rateLimited, "cut-offs", `${what} (${ErrorCode.rateLimited}); it may resume`);
      connection.close(CloseCode.policyViolation, ErrorCode.rateLimited);
      return;
    }
    const waiting = this.#flow.stalled;
    if (!this.#flow.mayFlush(connection, this.outbox.bytesSent)) return;
    this.outbox.sendFrame([ServerAction.error, { code, message }]);
    // The client drained: the patches that were waiting for it go now (the retry was cleared).
    if (waiting) this.flush();
  }

  runTask<T>(task: (signal: AbortSignal) => T | Promise<T>): Promise<T | undefined> {
    const signal = this.#tasks.signal;
    if (this.#closed) return Promise.resolve(undefined);
    const entry = this.#entry("task");
    return (async () => {
      try {
        const result = await (this.#run(entry, () => task(signal)) as T | Promise<T>);
        this.flush();
        return result;
      } catch (thrown) {
        if (!isAbort(thrown, signal)) this.reportError(thrown, "task");
        this.flush();
        return undefined;
      }
    })();
  }

  /**
   * Runs `page.onMove` (sync or async) as the page's `move` event and resolves once it has
   * finished, or after `timeoutMs` (false then: the move goes on with what `page.session` holds).
   */
  async prepareMove(timeoutMs: number): Promise<boolean> {
    const handler = this.page.onMove;
    if (!handler || this.#closed) return true;
    const before = new Set(this.#pending.keys());
    this.#firePageEvent(handler, "move");
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

  /** Reports an app error to `page.onError`, the log and (without `onError`) the page. */
  reportError(thrown: unknown, phase: ErrorPhase, source?: Control, event?: string): void {
    this.#errors.report(thrown, phase, source, event);
  }

  /** Reports what code started by `entry` threw outside it (a timer, a floating promise): phase `uncaught`. */
  reportUncaught(thrown: unknown, entry: AppEntry): void {
    this.#errors.reportUncaught(thrown, entry.phase, entry.control, entry.event);
  }

  /** Ends the session: aborts every task, unmounts the page, runs `onClose`, drops the connection. */
  async close(reason = "session closed"): Promise<void> {
    if (this.#closed) return;
    this.#tasks.abort(new WeftError(ErrorCode.sessionClosed, reason));
    this.#pubsub?.unsubscribeAll();
    this.#presence?.leaveAll();
    this.#calls.failAll(reason);
    this.#flow.clear();
    this.#warningThrottle?.flush("before the session ended");
    this.tree.unmount(this.page);
    this.#closed = true;
    this.#firePageEvent(this.page.onClose, "close");
    const connection = this.#connection;
    this.#connection = undefined;
    this.outbox.detach();
    connection?.close(1000, reason);
    await this.idle();
    this.tree.registry.clear();
    this.tree.dropDirty();
    this.#store?.clear();
  }

  #onEvent(body: EventBody): void {
    if (body.seq <= this.#lastEventSeq) return; // already handled before a resume
    if (!this.#bucket.take()) {
      this.#rateLimited();
      return;
    }
    this.#lastEventSeq = body.seq;
    this.#queueAck();
    const control = this.tree.registry.get(body.id);
    if (!control) {
      this.stats.unknownControls++;
      return;
    }
    if (!specOf(control).events.has(body.name)) {
      this.stats.unknownEvents++;
      return;
    }
    if (!this.#guard.admit(control, body.name, body.data ?? null)) return;
    const handler = control.handlerFor(body.name);
    if (!handler) {
      this.flush(); // a value the server corrected (cut, put on a step) goes back even when no handler runs
      return;
    }
    const event = control.createEvent(body.name, body.data ?? null, this.page);
    this.stats.handledEvents++;
    this.#invoke(handler, event, this.#entry("handler", control, body.name), control);
  }

  /** Drops an event over the rate limit; says so, at most once a second, in the log and the page. */
  #rateLimited(): void {
    this.stats.rateLimited++;
    const now = Date.now();
    if (now - this.#lastRateWarning < 1000) return;
    this.#lastRateWarning = now;
    const message = `events arrive faster than ${this.#limits.eventRate} per second; the excess was dropped`;
    this.#log.warn(`[weft] session ${this.id}: ${message} (${ErrorCode.rateLimited})`);
    this.outbox.sendFrame([ServerAction.error, { code: ErrorCode.rateLimited, message }]);
  }

  #queueAck(): void {
    if (this.#ackQueued) return;
    this.#ackQueued = true;
    queueMicrotask(() => {
      this.#ackQueued = false;
      if (!this.#closed) this.outbox.sendFrame([ServerAction.ack, { seq: this.#lastEventSeq }]);
    });
  }

  #entry(phase: ErrorPhase, control?: Control, event?: string): AppEntry {
    return { session: this, phase, control, event };
  }

  /** Calls app code (through `runInContext`); flushes after it, sync or async; reports a throw as the entry's. */
  #invoke<A>(fn: (arg: A) => unknown, arg: A, entry: AppEntry, thisArg?: unknown): void {
    let result: unknown;
    try {
      result = this.#run(entry, () => fn.call(thisArg, arg));
    } catch (thrown) {
      this.reportError(thrown, entry.phase, entry.control, entry.event);
      this.flush();
      return;
    }
    if (!isThenable(result)) {
      this.flush();
      return;
    }
    this.track(
      Promise.resolve(result).then(
        () => this.flush(),
        (thrown) => {
          this.reportError(thrown, entry.phase, entry.control, entry.event);
          this.flush();
        },
      ),
      entry,
    );
  }

  #runHook(control: UserControl, phase: "didMount" | "willUnmount", hook: () => unknown): void {
    this.#invoke(hook, undefined, this.#entry(phase, control));
  }

  #firePageEvent(handler: Handler<PageEvent> | undefined, name: string): void {
    if (!handler) return;
    const event: PageEvent = { control: this.page, name, data: undefined, page: this.page };
    this.#invoke(handler, event, this.#entry("handler", this.page, name), this.page);
  }

  /** Keeps `idle()` waiting until `promise` settles; `entry` names it if it never does. */
  track(promise: Promise<unknown>, entry?: AppEntry): void {
    this.#pending.set(promise, entry);
    void promise.finally(() => this.#pending.delete(promise));
  }
}
