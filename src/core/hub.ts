/**
 * `SessionHub`: accepts connections from any transport, runs the handshake, and gives each tab its
 * own session. A session outlives its connection for `sessionTimeout`: a client that comes back
 * with the session's token (`hello.resume`) takes it back with nothing lost. Transport-neutral:
 * the WebSocket server, the worker host and the in-memory test transport all call `accept`.
 */
import { CloseCode, encodeFrame, Limits, PROTOCOL_VERSION, ServerAction, type Connection, type HelloBody } from "../protocol/index.js";
import type { RunInContext } from "./app-entry.js";
import { AddressBudget } from "./address-budget.js";
import { ErrorCode } from "./errors.js";
import { ClaimBook, PaintCapture, type FirstPaint, type FirstPaintRefusal, type FirstPaintRequest } from "./first-paint.js";
import { Handshake, type HandshakeHost, type HubEntry as Entry } from "./handshake.js";
import { consoleLogger, limitsFrom, productionByDefault, type HubOptions } from "./hub-options.js";
import { PresenceHub } from "./presence.js";
import { relayFor, type PresenceRelay } from "./presence-relay.js";
import { randomHex } from "./random-hex.js";
import { PubSubHub } from "./pubsub.js";
import { PubSubOutages, type OutageHost } from "./pubsub-outage.js";
import type { FileHost } from "./file-host.js";
import { moveTab, restoredValues, snapshotBytesFor, type SnapshotSeal } from "./move.js";
import { MemoryPubSub, type PubSubAdapter } from "./pubsub-adapter.js";
import { Session, type AppMain, type Logger, type SessionLimits } from "./session.js";
import { userStorageFor, type UserStorageHub } from "./user-storage.js";
import { WarningThrottle } from "./warning-throttle.js";

export { consoleLogger, DEFAULT_LIMITS, type HubOptions } from "./hub-options.js";

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
  /** First-painted sessions whose page has not claimed them yet. */
  readonly #claims = new ClaimBook<Entry>();
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
  /** What every connection's handshake reaches of this hub. */
  readonly #handshakes: HandshakeHost;

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
    this.#relay = relayFor(this.presence, options.pubsub, options.instanceId, this.#log);
    this.#limits = limitsFrom(options);
    this.#handshakes = this.#handshakeHost();
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
    new Handshake(this.#handshakes, connection, hello, browserId);
  }

  /** Methods, not arrows: tsx names every arrow held by a property, at a cost (decision 0012). */
  #handshakeHost(): HandshakeHost {
    const hub = this;
    return {
      maxFrameBytes: this.#maxFrameBytes,
      helloTimeoutMs: this.#helloTimeoutMs,
      heartbeatMs: this.#heartbeatMs,
      log: this.#log,
      refuse(connection, code, message) {
        hub.#refuse(connection, code, message);
      },
      open(hello, connection, browserId) {
        if (hello.claim !== undefined) return hub.#claim(hello, connection);
        return hub.#resume(hello, connection) ?? hub.#start(hello, connection, browserId);
      },
      end(entry, reason) {
        void hub.#end(entry, reason);
      },
      detached(entry) {
        entry.session.detach();
        hub.#perAddress.detach(entry);
        hub.#scheduleExpiry(entry);
      },
    };
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

  #start(hello: HelloBody, connection: Connection, browserId: string | undefined, admitted?: () => void): Entry | undefined {
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
    admitted?.();
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
    const entry = this.#start(hello, capture, request.browserId, request.admitted);
    if (!entry) return capture.refusal ?? { ok: false, code: ErrorCode.sessionClosed, message: "no session started" };
    const { session } = entry;
    await capture.ready(session, this.#firstPaintTimeoutMs);
    if (session.closed) return { ok: false, code: ErrorCode.sessionClosed, message: "the session ended before its first paint" };
    session.detach(false);
    this.#perAddress.detach(entry);
    this.#byToken.delete(session.token);
    entry.expiry = setTimeout(() => void this.#end(entry, `its page did not claim it within ${this.#claimTimeoutMs} ms (option claimTimeoutMs)`), this.#claimTimeoutMs);
    return { ok: true, session, patches: capture.patches, seq: session.outbox.seq, claim: this.#claims.hold(entry, randomHex(16), request.host) };
  }

  /** Gives a first-painted session to its page's socket (ClaimBook's rules), after `hello.ack`. */
  #claim(hello: HelloBody, connection: Connection): Entry | undefined {
    const taken = this.#claims.take(hello.claim!, connection.origin);
    if ("refusal" in taken) {
      this.#refuse(connection, ErrorCode.claimRefused, taken.refusal, CloseCode.policyViolation);
      return undefined;
    }
    const { entry } = taken;
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
    this.#claims.drop(entry);
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
