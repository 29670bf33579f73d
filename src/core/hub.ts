/**
 * `SessionHub`: accepts connections from any transport, runs the handshake, and gives each tab its
 * own session. A session outlives its connection for `sessionTimeout`: a client that comes back
 * with the session's token (`hello.resume`) takes it back with nothing lost. Transport-neutral:
 * the WebSocket server, the worker host and the in-memory test transport all call `accept`.
 */
import {
  ClientAction,
  CloseCode,
  decodeClientFrame,
  encodeFrame,
  Limits,
  PROTOCOL_VERSION,
  ServerAction,
  type Connection,
  type HelloBody,
} from "../protocol/index.js";
import type { RunInContext } from "./app-entry.js";
import { AddressBudget } from "./address-budget.js";
import { ErrorCode } from "./errors.js";
import { PaintCapture, type FirstPaint, type FirstPaintRefusal, type FirstPaintRequest } from "./first-paint.js";
import { Heartbeat } from "./heartbeat.js";
import { PresenceHub } from "./presence.js";
import { PresenceRelay } from "./presence-relay.js";
import { PubSubHub } from "./pubsub.js";
import { PubSubOutages, type OutageHost } from "./pubsub-outage.js";
import type { FileHost } from "./file-host.js";
import { moveTab, restoredValues, snapshotBytesFor, type SnapshotSeal } from "./move.js";
import { MemoryPubSub, type PubSubAdapter } from "./pubsub-adapter.js";
import { Session, type AppMain, type Logger, type SessionLimits } from "./session.js";
import { userStorageFor, type ManyUsersOptions, type UserStorageHub } from "./user-storage.js";
import { WarningThrottle } from "./warning-throttle.js";

export interface HubOptions extends Partial<SessionLimits>, ManyUsersOptions {
  /** Where to log. Default: the console. */
  logger?: Logger;
  /** Largest inbound frame, in bytes. Default 65 536. */
  maxFrameBytes?: number;
  /** How long a new connection may take to say hello, in ms. Default 10 000. */
  helloTimeoutMs?: number;
  /** How long a session outlives its connection, waiting for the tab to come back, in ms. Default 15 minutes. */
  sessionTimeout?: number;
  /** Ping a quiet connection this often, and drop one silent for 2.5 times as long, in ms. 0 turns heartbeats off. Default 15 000. */
  heartbeatMs?: number;
  /**
   * Sessions one client address may hold. When the address is at the limit, a new tab ends the
   * session detached longest ago; only this many connected sessions refuse it. Default 100.
   */
  maxSessionsPerClient?: number;
  /** Show app errors' messages and stacks in the page. Default: unless NODE_ENV is "production". */
  exposeErrors?: boolean;
  /** Runs each entry into app code (the Node host keeps the session's async context with it). Default: calls it. */
  runInContext?: RunInContext;
  /**
   * What carries `page.pubsub` messages between this app's sessions. Default: in memory, this
   * hub's sessions only (closed with the hub). An adapter given here (Redis, for several
   * processes) is the caller's to close after the hub.
   */
  pubsub?: PubSubAdapter;
  /**
   * This process's id among the app's processes: its node id on a shared adapter's presence
   * channel (and, in the Node host, the `weft_instance` cookie). Default: random.
   */
  instanceId?: string;
  /** Moves files for `FilePicker.upload` and `page.download`; the Node host gives its own. */
  files?: FileHost;
  /** Seals `page.session` for a move and opens a moved tab's snapshot (decision 0039); without it, nothing travels. */
  snapshotSeal?: SnapshotSeal | undefined;
  /** How long a page request waits for `main` before it answers with the page as it is, in ms. Default 500. */
  firstPaintTimeoutMs?: number;
  /** How long a first-painted session waits for its page's socket to claim it before it ends, in ms. Default 15 000. */
  claimTimeoutMs?: number;
}

/** Every limit's default, in one place (docs/reliability.md lists them). */
export const DEFAULT_LIMITS: Readonly<SessionLimits> = {
  maxReplayBytes: 1024 * 1024,
  maxBufferedBytes: 1024 * 1024,
  slowClientTimeoutMs: 30_000,
  eventRate: 50,
  eventBurst: 200,
  maxControls: 100_000,
  callTimeoutMs: 10_000,
};

export const consoleLogger: Logger = {
  info: (message) => console.info(message),
  warn: (message) => console.warn(message),
  error: (message, error) => {
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : "";
    console.error(`${message}${stack}`);
  },
};

function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buffer);
  return Array.from(buffer, (b) => b.toString(16).padStart(2, "0")).join("");
}

function productionByDefault(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV === "production";
}

interface Entry {
  session: Session;
  address: string;
  /** Fires `sessionTimeout` after a drop unless the tab comes back. */
  expiry: ReturnType<typeof setTimeout> | undefined;
  /** When the tab, gone, stops counting as present. */
  away?: ReturnType<typeof setTimeout> | undefined;
  /** While the tab is being moved: called when it answers (its `bye`) or its connection closes. */
  answer?: (() => void) | undefined;
  /** While its first-painted page has not claimed it: the page's token, and the host the page was asked of. */
  claim?: { token: string; host: string } | undefined;
}

/** The host part of an `Origin` header (`http://a.example:8080` → `a.example:8080`); undefined when it is none. */
function originHost(origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

export class SessionHub {
  readonly #main: AppMain;
  readonly #log: Logger;
  readonly #maxFrameBytes: number;
  readonly #helloTimeoutMs: number;
  readonly #sessionTimeout: number;
  readonly #heartbeatMs: number;
  readonly #maxSessionsPerClient: number;
  readonly #exposeErrors: boolean;
  readonly #runInContext: RunInContext | undefined;
  readonly #presenceGraceMs: number;
  readonly #storageKey: string;
  readonly #userStorage: UserStorageHub | { reason: string };
  readonly #files: FileHost | undefined;
  readonly #seal: SnapshotSeal | undefined;
  readonly #limits: SessionLimits;
  readonly #firstPaintTimeoutMs: number;
  readonly #claimTimeoutMs: number;
  /** First-painted sessions whose page has not claimed them yet, by claim token. */
  readonly #claims = new Map<string, Entry>();
  readonly #sessions = new Map<string, Entry>();
  readonly #byToken = new Map<string, Entry>();
  readonly #perAddress: AddressBudget<Entry>;
  /** Refused connections, logged once per cause and then summarised. */
  readonly #refusals: WarningThrottle;
  /** The app's pub/sub: every session of this hub shares it. */
  readonly pubsub: PubSubHub;
  readonly #ownsPubSub: boolean;
  /** Who is present where, over this hub's sessions. */
  readonly presence = new PresenceHub();
  /** Carries `presence` to the other processes of a shared adapter (decision 0031). */
  readonly #relay: PresenceRelay | undefined;
  #closing = false;
  /** Set by `drain()`: no new session starts; resumes still do. */
  #draining = false;
  /** Sessions out of the hub whose `close()` is still running. */
  readonly #ending = new Map<Session, { closing: Promise<void>; running: string[] }>();
  /** Called once no session is left (`whenEmpty`). */
  #onEmpty: Array<() => void> = [];

  constructor(main: AppMain, options: HubOptions = {}) {
    this.#main = main;
    this.#log = options.logger ?? consoleLogger;
    this.#refusals = new WarningThrottle(this.#log, "[weft] ");
    this.#maxFrameBytes = options.maxFrameBytes ?? Limits.maxFrameBytes;
    this.#helloTimeoutMs = options.helloTimeoutMs ?? 10_000;
    this.#sessionTimeout = options.sessionTimeout ?? 15 * 60_000;
    this.#firstPaintTimeoutMs = options.firstPaintTimeoutMs ?? 500;
    this.#claimTimeoutMs = options.claimTimeoutMs ?? 15_000;
    this.#heartbeatMs = options.heartbeatMs ?? 15_000;
    this.#maxSessionsPerClient = options.maxSessionsPerClient ?? 100;
    this.#perAddress = new AddressBudget(this.#maxSessionsPerClient);
    this.#exposeErrors = options.exposeErrors ?? !productionByDefault();
    this.#runInContext = options.runInContext;
    this.#presenceGraceMs = options.presenceGraceMs ?? 30_000;
    this.#storageKey = options.storageKey ?? "app";
    this.#userStorage = options.userStorage ?? { reason: "the app has no user storage (give it the storageSecret option, docs/storage.md)" };
    this.#files = options.files;
    this.#seal = options.snapshotSeal;
    this.#ownsPubSub = options.pubsub === undefined;
    this.pubsub = new PubSubHub(options.pubsub ?? new MemoryPubSub(), (message, thrown) => this.#log.error(message, thrown));
    if (options.pubsub?.watchOutages) {
      this.pubsub.outages = new PubSubOutages(options.pubsub as Required<Pick<PubSubAdapter, "watchOutages">>, this.#log, this.#outageHosts.bind(this));
    }
    if (options.pubsub?.shared) {
      const log = this.#log;
      this.#relay = new PresenceRelay(this.presence, options.pubsub, {
        nodeId: options.instanceId ?? crypto.randomUUID(),
        ...(options.pubsub.presenceBeatMs !== undefined ? { beatMs: options.pubsub.presenceBeatMs } : {}),
        onError(thrown: unknown) {
          log.error("[weft] presence could not reach the other processes", thrown);
        },
      });
    }
    this.#limits = {
      maxReplayBytes: options.maxReplayBytes ?? DEFAULT_LIMITS.maxReplayBytes,
      maxBufferedBytes: options.maxBufferedBytes ?? DEFAULT_LIMITS.maxBufferedBytes,
      slowClientTimeoutMs: options.slowClientTimeoutMs ?? DEFAULT_LIMITS.slowClientTimeoutMs,
      eventRate: options.eventRate ?? DEFAULT_LIMITS.eventRate,
      eventBurst: options.eventBurst ?? DEFAULT_LIMITS.eventBurst,
      maxControls: options.maxControls ?? DEFAULT_LIMITS.maxControls,
      callTimeoutMs: options.callTimeoutMs ?? DEFAULT_LIMITS.callTimeoutMs,
    };
  }

  /** The live sessions by id (attached or waiting for their tab to come back). */
  get sessions(): ReadonlyMap<string, Session> {
    return new Map([...this.#sessions].map(([id, entry]) => [id, entry.session]));
  }

  /** Number of live sessions. */
  get size(): number {
    return this.#sessions.size;
  }

  /**
   * Takes a new connection: waits for its hello, then starts or resumes a session on it. `hello`
   * is a first frame that came with the connection (a WebSocket's URL): handled as if received,
   * and the same text, when the client then sends it as its first frame too, is dropped.
   */
  accept(connection: Connection, hello?: string, browserId?: string): void {
    if (this.#closing) {
      connection.close(CloseCode.goingAway, "server is shutting down");
      return;
    }
    let entry: Entry | undefined;
    // Once refused, a connection's later frames (a hello sent after a bad one) are not read.
    let refused = false;
    const timer = setTimeout(() => {
      refused = true;
      this.#refuse(connection, ErrorCode.helloTimeout, "no hello frame in time");
    }, this.#helloTimeoutMs);
    const heartbeat = new Heartbeat(connection, this.#heartbeatMs, this.#log);
    let copyOf = hello;
    connection.onMessage = (text) => {
      if (refused) return;
      heartbeat.heard();
      if (copyOf !== undefined && entry) {
        const copy = text === copyOf;
        copyOf = undefined;
        if (copy) return;
      }
      const decoded = decodeClientFrame(text, { maxFrameBytes: this.#maxFrameBytes });
      if (!decoded.ok) {
        if (!entry) {
          clearTimeout(timer);
          refused = true;
          this.#refuse(connection, decoded.code, decoded.message);
          return;
        }
        if (entry.session.connection === connection) entry.session.rejectFrame(decoded.code, decoded.message);
        return;
      }
      const frame = decoded.frame;
      if (entry) {
        if (frame[0] !== ClientAction.bye) entry.session.receive(frame);
        else if (entry.session.connection !== connection) return;
        else if (entry.answer) entry.answer();
        else void this.#end(entry, "the tab was closed");
        return;
      }
      clearTimeout(timer);
      if (frame[0] !== ClientAction.hello) {
        refused = true;
        this.#refuse(connection, "protocol.hello-expected", `the first frame must be hello, got ${frame[0]}`);
        return;
      }
      if (frame[1].v !== PROTOCOL_VERSION) {
        refused = true;
        this.#refuse(connection, ErrorCode.versionMismatch, `client speaks protocol ${frame[1].v}, server speaks ${PROTOCOL_VERSION}; reload the page`);
        return;
      }
      entry = frame[1].claim !== undefined ? this.#claim(frame[1], connection) : (this.#resume(frame[1], connection) ?? this.#start(frame[1], connection, browserId));
      if (!entry) refused = true;
    };
    connection.onClose = () => {
      clearTimeout(timer);
      heartbeat.stop();
      if (!entry || entry.session.closed) return;
      // Only the connection that holds the session detaches it (a newer one may have taken over).
      if (entry.session.connection !== connection) return;
      entry.answer?.();
      entry.session.detach();
      this.#perAddress.detach(entry);
      this.#scheduleExpiry(entry);
    };
    if (hello !== undefined) connection.onMessage(hello);
  }

  /**
   * Stops taking new sessions: a hello that does not resume a live session here is refused with
   * `server.draining` (not fatal: the client tries again, through the balancer, elsewhere).
   * Live sessions go on as before, resumes included (docs/deploy.md).
   */
  drain(): void {
    this.#draining = true;
  }

  get draining(): boolean {
    return this.#draining;
  }

  /** Resolves once no session is left (each ended: its tab closed, it expired, or it moved). */
  whenEmpty(): Promise<void> {
    if (this.#sessions.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#onEmpty.push(resolve));
  }

  /**
   * Ends every session left, each connected tab told to move to another process (move.ts), and
   * resolves to how many were told, once each has been (bounded: `MOVE_ANSWER_MS` + `ON_MOVE_MS`).
   * Their ends (`onClose`, handlers still running) go on; `close()` waits for them, bounded.
   */
  async moveAll(restart = false): Promise<number> {
    const entries = [...this.#sessions.values()];
    const connected = entries.filter((entry) => entry.session.connected && !entry.answer);
    for (const entry of entries) if (!connected.includes(entry)) void this.#end(entry, "its process drained while its tab was away");
    await Promise.all(
      connected.map(async (entry) => {
        const answered = new Promise<void>((resolve) => (entry.answer = resolve));
        await moveTab(entry.session, answered, this.#seal, this.#log, snapshotBytesFor(this.#maxFrameBytes), restart);
        void this.#end(entry, "moved to another process");
      }),
    );
    return connected.length;
  }

  /** Sessions taken out of the hub whose end has not finished, with what was running as they ended. */
  get ending(): ReadonlyMap<Session, readonly string[]> {
    return new Map([...this.#ending].map(([session, end]) => [session, end.running]));
  }

  /** Ends every session (running `willUnmount` and `onClose`) and refuses new connections. */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all([...this.#sessions.values()].map((entry) => this.#end(entry, "server is shutting down")));
    await Promise.all([...this.#ending.values()].map((end) => end.closing));
    this.#refusals.flush("before the server closed");
    this.#relay?.close();
    this.pubsub.outages?.close();
    if (this.#ownsPubSub) await this.pubsub.adapter.close();
  }

  /** The sessions a pub/sub outage is told to. */
  *#outageHosts(): Iterable<OutageHost> {
    for (const entry of this.#sessions.values()) yield entry.session;
  }

  /** Tells a connection why it gets no session, and closes it. */
  #refuse(connection: Connection, code: string, message: string, closeCode: number = CloseCode.protocolError, fatal = true): void {
    this.#refusals.warn(code, "refused connections", `connection refused (${code}): ${message}`);
    connection.send(encodeFrame([ServerAction.error, { code, message, fatal }]));
    connection.close(closeCode, code);
  }

  #start(hello: HelloBody, connection: Connection, browserId: string | undefined): Entry | undefined {
    if (this.#draining) {
      this.#refuse(connection, ErrorCode.draining, "this process is draining and starts no new session; try another", CloseCode.tryAgainLater, false);
      return undefined;
    }
    const address = connection.remoteAddress ?? "unknown";
    const admission = this.#perAddress.admit(address);
    if (!admission.ok) {
      const count = admission.connected;
      this.#refuse(connection, ErrorCode.tooManySessions, `this address already holds ${count} sessions (option maxSessionsPerClient)`, CloseCode.policyViolation);
      return undefined;
    }
    if (admission.evict) {
      const evicted = admission.evict.session.id;
      this.#log.info(`[weft] session ${evicted} ended to make room for a new tab from its address: of ${this.#maxSessionsPerClient} (option maxSessionsPerClient), it had waited for its tab the longest`);
      void this.#end(admission.evict, "ended to make room for a new tab");
    }
    const session = new Session({
      id: randomHex(8),
      token: randomHex(16),
      main: this.#main,
      hello,
      logger: this.#log,
      limits: this.#limits,
      heartbeatMs: this.#heartbeatMs,
      exposeErrors: this.#exposeErrors,
      runInContext: this.#runInContext,
      pubsub: this.pubsub,
      presence: this.presence,
      storageKey: this.#storageKey,
      userStorage: userStorageFor(this.#userStorage, browserId),
      files: this.#files,
      // Summarised like refusals: a client could send many hellos with a bad snapshot.
      restored: restoredValues(hello.restore, this.#seal, (message) => this.#refusals.warn("move.restore", "snapshots not restored", message)),
    });
    session.page.user = connection.user;
    const entry: Entry = { session, address, expiry: undefined };
    this.#sessions.set(session.id, entry);
    this.#byToken.set(session.token, entry);
    this.#perAddress.add(entry);
    session.start(connection);
    return entry;
  }

  /**
   * Starts a session for a page request (issue 21): `main` runs on a capture until the page is
   * ready (first-paint.ts), then the session waits, detached, for the page's socket to claim it
   * with the returned token. It counts toward `maxSessionsPerClient` as a detached session does
   * (a new tab may end it), and ends after `claimTimeoutMs` unless claimed.
   */
  async paintFirst(request: FirstPaintRequest): Promise<FirstPaint | FirstPaintRefusal> {
    if (this.#closing) return { ok: false, code: ErrorCode.sessionClosed, message: "server is shutting down" };
    const capture = new PaintCapture(request.address, request.user);
    const hello = { v: PROTOCOL_VERSION, route: request.route } as HelloBody;
    const entry = this.#start(hello, capture, request.browserId);
    if (!entry) return capture.refusal ?? { ok: false, code: ErrorCode.sessionClosed, message: "no session started" };
    const session = entry.session;
    await capture.ready(session, this.#firstPaintTimeoutMs);
    if (session.closed) return { ok: false, code: ErrorCode.sessionClosed, message: "the session ended before its first paint" };
    session.detach(false);
    this.#perAddress.detach(entry);
    this.#byToken.delete(session.token);
    const token = randomHex(16);
    entry.claim = { token, host: request.host };
    this.#claims.set(token, entry);
    entry.expiry = setTimeout(() => void this.#end(entry, `its page did not claim it within ${this.#claimTimeoutMs} ms (option claimTimeoutMs)`), this.#claimTimeoutMs);
    return { ok: true, session, patches: capture.patches, seq: session.outbox.seq, claim: token };
  }

  /**
   * Gives a first-painted session to the socket of its page: once, from the page's origin, within
   * `claimTimeoutMs`. It continues after `hello.ack`, the patch the page's markup stood for.
   */
  #claim(hello: HelloBody, connection: Connection): Entry | undefined {
    const entry = this.#claims.get(hello.claim!);
    if (!entry || entry.session.closed) {
      this.#refuse(connection, ErrorCode.claimRefused, "this page's claim token is unknown, used already or expired (option claimTimeoutMs); reload the page", CloseCode.policyViolation);
      return undefined;
    }
    const from = originHost(connection.origin);
    if (from !== entry.claim!.host) {
      // Not consumed: a socket from elsewhere that learned the token cannot take the page's session from it.
      this.#refuse(connection, ErrorCode.claimRefused, `a claim must come from the page's own origin (host ${entry.claim!.host}), not ${connection.origin === undefined ? "a socket without an Origin" : JSON.stringify(connection.origin.slice(0, 100))}`, CloseCode.policyViolation);
      return undefined;
    }
    this.#claims.delete(hello.claim!);
    entry.claim = undefined;
    clearTimeout(entry.expiry);
    entry.expiry = undefined;
    this.#perAddress.attach(entry);
    const token = randomHex(16);
    this.#byToken.set(token, entry);
    entry.session.resume(connection, hello.ack ?? 0, token, false);
    return entry;
  }

  /** Takes back the session a token names, renewing the token; undefined when there is none. */
  #resume(hello: HelloBody, connection: Connection): Entry | undefined {
    if (hello.resume === undefined) return undefined;
    const entry = this.#byToken.get(hello.resume);
    if (!entry || entry.session.closed) return undefined;
    clearTimeout(entry.expiry);
    clearTimeout(entry.away);
    entry.expiry = undefined;
    entry.session.presenceBack();
    this.#perAddress.attach(entry);
    this.#byToken.delete(hello.resume);
    const token = randomHex(16);
    this.#byToken.set(token, entry);
    entry.session.resume(connection, hello.ack ?? 0, token);
    return entry;
  }

  #scheduleExpiry(entry: Entry): void {
    clearTimeout(entry.expiry);
    entry.expiry = setTimeout(() => void this.#end(entry, "session expired"), this.#sessionTimeout);
    clearTimeout(entry.away);
    entry.away = setTimeout(() => entry.session.presenceAway(), this.#presenceGraceMs);
  }

  async #end(entry: Entry, reason: string): Promise<void> {
    clearTimeout(entry.expiry);
    clearTimeout(entry.away);
    if (!this.#sessions.delete(entry.session.id)) return;
    this.#byToken.delete(entry.session.token);
    if (entry.claim) this.#claims.delete(entry.claim.token);
    this.#perAddress.remove(entry);
    if (this.#sessions.size === 0) for (const resolve of this.#onEmpty.splice(0)) resolve();
    // Named before closing: closing unmounts the controls, and their ids go with it.
    const running = entry.session.describePending();
    const closing = entry.session.close(reason);
    this.#ending.set(entry.session, { closing, running });
    await closing;
    this.#ending.delete(entry.session);
  }
}
