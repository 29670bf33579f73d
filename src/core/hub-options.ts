/** What a hub is made with: its options, every limit's default, and the console logger. */
import type { RunInContext } from "./app-entry.js";
import type { FileHost } from "./file-host.js";
import type { SnapshotSeal } from "./move.js";
import type { PubSubAdapter } from "./pubsub-adapter.js";
import type { Logger, SessionLimits } from "./session-types.js";
import type { ManyUsersOptions } from "./user-storage.js";

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

/** The hub's limits: each option given, else its default. */
export function limitsFrom(options: Partial<SessionLimits>): SessionLimits {
  return {
    maxReplayBytes: options.maxReplayBytes ?? DEFAULT_LIMITS.maxReplayBytes,
    maxBufferedBytes: options.maxBufferedBytes ?? DEFAULT_LIMITS.maxBufferedBytes,
    slowClientTimeoutMs: options.slowClientTimeoutMs ?? DEFAULT_LIMITS.slowClientTimeoutMs,
    eventRate: options.eventRate ?? DEFAULT_LIMITS.eventRate,
    eventBurst: options.eventBurst ?? DEFAULT_LIMITS.eventBurst,
    maxControls: options.maxControls ?? DEFAULT_LIMITS.maxControls,
    callTimeoutMs: options.callTimeoutMs ?? DEFAULT_LIMITS.callTimeoutMs,
  };
}

/** Whether NODE_ENV says production (where app errors are not shown in the page). */
export function productionByDefault(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV === "production";
}
