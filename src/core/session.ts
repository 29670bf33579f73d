/**
 * A session: one browser tab's run of the app. It owns the tab's page and control tree, the
 * ordered outbox, the tasks started with `runTask`, and the dispatch of the tab's events. No
 * handler, task, hook or `main` can take it down: whatever they throw goes to `page.onError`
 * and to the log, naming the control and event (`error-reporter.ts`).
 */
import {
  CloseCode,
  Op,
  PROTOCOL_VERSION,
  ServerAction,
  type ClientFrame,
  type Connection,
  type JsonValue,
} from "../protocol/index.js";
import type { AppEntry } from "./app-entry.js";
import { AppRunner } from "./app-runner.js";
import { PendingCalls } from "./calls.js";
import { ID, SESSION, describeControl, type Control } from "./control.js";
import { ErrorReporter } from "./error-reporter.js";
import { ErrorCode, WeftError } from "./errors.js";
import type { ErrorPhase } from "./events.js";
import { Outbox } from "./outbox.js";
import { Page } from "./page.js";
import { Presence, PresenceHub } from "./presence.js";
import { PubSub, PubSubHub } from "./pubsub.js";
import { MemoryPubSub } from "./pubsub-adapter.js";
import { SessionFlush } from "./session-flush.js";
import { SessionInput } from "./session-input.js";
import { SessionStore } from "./session-store.js";
import type { AppMain, Logger, SessionOptions, SessionStats } from "./session-types.js";
import { UserStorage } from "./user-storage.js";
import { SessionTree } from "./tree.js";
import type { FileHost } from "./file-host.js";
import type { ControlHost } from "./control-host.js";

export type { AppMain, Logger, SessionLimits, SessionOptions, SessionStats } from "./session-types.js";

/** What `update()` returns: already settled, and the same every time (nothing to allocate per update). */
const DONE: Promise<void> = Promise.resolve();

export class Session implements ControlHost {
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
  #closed = false;
  #heartbeatMs: number;
  #errors: ErrorReporter;
  #calls: PendingCalls;
  /** Runs app code: isolated, tracked, flushed after. */
  #runner: AppRunner;
  /** What the client sends: events, acks, replies, bad frames. */
  #input: SessionInput;
  /** What goes to the client: patches, snapshots, calls. */
  #output: SessionFlush;
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
    this.#heartbeatMs = options.heartbeatMs;
    this.#runner = new AppRunner(this, options.runInContext);
    this.#pubsubHub = options.pubsub;
    this.#presenceHub = options.presence;
    this.storageKey = options.storageKey ?? "app";
    this.restored = options.restored;
    this.userStorage = options.userStorage ?? new UserStorage({ reason: "the app was started without user storage" });
    this.#errors = new ErrorReporter(this, options.logger, options.exposeErrors);
    this.#calls = new PendingCalls(options.limits.callTimeoutMs);
    this.outbox = new Outbox(options.limits.maxReplayBytes);
    this.#output = new SessionFlush(this, this.#runner, options.limits, options.logger);
    this.#input = new SessionInput(this, { logger: options.logger, limits: options.limits, runner: this.#runner, calls: this.#calls, flow: this.#output.flow });
    // Methods, not arrows: tsx names every arrow held by a property, at a cost (decision 0012).
    const session = this;
    this.tree = new SessionTree(this, options.limits.maxControls, {
      willUnmount(control) {
        session.#runner.runHook(control, "willUnmount", () => control.willUnmount());
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

  /** True while a flush runs. */
  get flushing(): boolean {
    return this.#output.flushing;
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
    this.#output.mountRoot();
    this.#runner.invoke(this.#main, this.page, this.#runner.entry("main"));
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
      this.#output.sendSnapshot();
    }
    if (announce) this.#runner.firePageEvent(this.page.onConnect, "connect");
  }

  /**
   * Unbinds the connection after a drop; changes wait, coalesced, until a resume. `announce`
   * false: no `onDisconnect` (the first paint's capture, which no tab held).
   */
  detach(announce = true): void {
    if (!this.#connection) return;
    this.#connection = undefined;
    this.outbox.detach();
    this.#output.flow.clear();
    if (announce) this.#runner.firePageEvent(this.page.onDisconnect, "disconnect");
  }

  #bind(connection: Connection): void {
    this.#connection = connection;
    this.outbox.attach(connection);
    this.#output.flow.bind(this.outbox.bytesSent);
  }

  #welcome(resumed: boolean, seq: number): void {
    this.outbox.sendFrame([
      ServerAction.welcome,
      { v: PROTOCOL_VERSION, session: this.id, token: this.token, resumed, seq, ack: this.#input.lastEventSeq, heartbeat: this.#heartbeatMs },
    ]);
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
    if (!this.#closed && this.#connection) this.#output.flush(this.#connection);
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
    this.#output.queueCall([Op.call, id, control[ID], method, args]);
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
    if (!this.#closed) this.#runner.deliver(handler, topic);
  }

  /** Handles one validated frame from the client. */
  receive(frame: ClientFrame): void {
    if (this.#closed) return;
    this.#input.receive(frame);
  }

  /** A frame the codec refused: logged and answered, within limits (`SessionInput.rejectFrame`). */
  rejectFrame(code: string, message: string): void {
    if (this.#closed) return;
    this.#input.rejectFrame(code, message);
  }

  runTask<T>(task: (signal: AbortSignal) => T | Promise<T>): Promise<T | undefined> {
    return this.#runner.runTask(task);
  }

  /**
   * Runs `page.onMove` (sync or async) as the page's `move` event and resolves once it has
   * finished, or after `timeoutMs` (false then: the move goes on with what `page.session` holds).
   */
  async prepareMove(timeoutMs: number): Promise<boolean> {
    const handler = this.page.onMove;
    if (!handler || this.#closed) return true;
    return this.#runner.finishMove(handler, timeoutMs);
  }

  /** Handlers and hooks still running (tasks excepted). */
  get pendingWork(): number {
    return this.#runner.pendingWork;
  }

  /** Resolves once every handler and hook started so far has finished (tasks excepted). */
  async idle(): Promise<void> {
    await this.#runner.idle();
  }

  /** What is still running, named (`onClick handler of Button#3`), for a shutdown that did not finish. */
  describePending(): string[] {
    return this.#runner.describePending();
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
    this.#runner.abortTasks(reason);
    this.#pubsub?.unsubscribeAll();
    this.#presence?.leaveAll();
    this.#calls.failAll(reason);
    this.#output.flow.clear();
    this.#input.flushWarnings("before the session ended");
    this.tree.unmount(this.page);
    this.#closed = true;
    this.#runner.firePageEvent(this.page.onClose, "close");
    const connection = this.#connection;
    this.#connection = undefined;
    this.outbox.detach();
    connection?.close(1000, reason);
    await this.idle();
    this.tree.registry.clear();
    this.tree.dropDirty();
    this.#store?.clear();
  }

  /** Keeps `idle()` waiting until `promise` settles; `entry` names it if it never does. */
  track(promise: Promise<unknown>, entry?: AppEntry): void {
    this.#runner.track(promise, entry);
  }
}
