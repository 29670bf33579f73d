/** What a session is made with and reports: its entry point, logger, limits, options and counts. */
import type { HelloBody, JsonValue } from "../protocol/index.js";
import type { RunInContext } from "./app-entry.js";
import type { FileHost } from "./file-host.js";
import type { Page } from "./page.js";
import type { PresenceHub } from "./presence.js";
import type { PubSubHub } from "./pubsub.js";
import type { UserStorage } from "./user-storage.js";

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
