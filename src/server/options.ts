/**
 * Options of `app()` / `appAsync()`, checked before anything starts: a wrong option is one clear
 * error naming it, never a stack trace from deep inside the server.
 */
import { closestName } from "../core/control-spec.js";
import { ErrorCode, WeftError, type Logger, type PubSubAdapter } from "../core/index.js";
import { routeFilter, type RouteFilter } from "./route-filter.js";
import { proxyTrust, type ForwardedHeader, type ProxyTrust, type TrustProxy } from "./client-address.js";
import { resolveStorageOptions, STORAGE_OPTION_NAMES, type ResolvedStorage, type StorageOptions } from "./storage-options.js";
import { FILE_OPTION_NAMES, resolveFileOptions, type FileOptions, type ResolvedFileOptions } from "./file-options.js";
import { checkOrigins, HTTP_OPTION_NAMES, resolveHttpOptions, type ResolvedHttpOptions } from "./http-options.js";
import { resolveInstanceId } from "./instance.js";
import { resolveDrainTimeout } from "./drain.js";
import { FIRST_PAINT_OPTION_NAMES, resolveFirstPaint, type FirstPaintOptions, type ResolvedFirstPaint } from "./first-paint/first-paint-options.js";

export interface AppOptions extends StorageOptions, FileOptions, FirstPaintOptions {
  /** TCP port to listen on. Default 8550; 0 picks a free port (read it from the handle). */
  port?: number;
  /** Interface to listen on. Default "127.0.0.1" (this machine only). */
  host?: string;
  /** `"browser"` opens the app in the default browser where one exists; `"none"` only prints the URL. Default "browser". */
  view?: "browser" | "none";
  /** Where to log. Default: the console. */
  logger?: Logger;
  /** Largest inbound WebSocket frame, in bytes. Default 65 536. */
  maxFrameBytes?: number;
  /**
   * Extra origins allowed to open the WebSocket, besides the page's own (`http://` and the request's
   * Host), e.g. `"https://app.example.com"` behind a proxy that terminates TLS.
   */
  allowedOrigins?: string[];
  /**
   * Host names (optionally with a port) that requests may name in their `Host` header; any other is
   * answered 421 (page) or 403 (WebSocket), which stops DNS-rebinding pages. `".example.com"` allows
   * the domain and its subdomains, `["*"]` any host. Default: on a loopback `host`, that host,
   * `localhost`, `127.0.0.1` and `[::1]`; on any other, those and every IP address (a rebinding page
   * always names a domain), and a name clients use (behind a proxy, say) must be listed.
   */
  allowedHosts?: string[];
  /** Open HTTP connections one client address may hold (a WebSocket no longer counts). Default 64. */
  maxConnectionsPerClient?: number;
  /** WebSockets one client address may hold that have not said hello yet. Default 16. */
  maxPendingSocketsPerClient?: number;
  /** How long a request's headers may take to arrive, in ms. Default 10 000. */
  headersTimeoutMs?: number;
  /** How long a whole request may take to arrive, in ms; at least `headersTimeoutMs`. Default 30 000. */
  requestTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open, in ms. Default 5 000. */
  keepAliveTimeoutMs?: number;
  /** How long a session waits for its tab to come back after a drop, in ms. Default 900 000 (15 minutes). */
  sessionTimeout?: number;
  /** Ping quiet connections this often, in ms; 0 turns heartbeats off. Default 15 000. */
  heartbeatMs?: number;
  /**
   * Sessions one client address may hold. At the limit a new tab ends the session detached
   * longest ago; only this many connected sessions refuse it. Default 100.
   */
  maxSessionsPerClient?: number;
  /**
   * Reverse proxies trusted to say who the client is (`maxSessionsPerClient` counts that address):
   * `true` for proxies on this machine (loopback), or addresses, CIDR ranges and the names
   * `"loopback"`, `"linklocal"`, `"uniquelocal"`, as a list or comma-separated. The client is the
   * rightmost hop of `forwardedHeader` that is not one of them. Default false: the socket's peer,
   * and forwarding headers are ignored.
   */
  trustProxy?: TrustProxy;
  /** The header trusted proxies write: `"x-forwarded-for"` or RFC 7239's `"forwarded"`. Default "x-forwarded-for". */
  forwardedHeader?: ForwardedHeader;
  /** Controls one session may hold. Default 100 000. */
  maxControls?: number;
  /** Events per second a client may send, sustained. Default 50. */
  eventRate?: number;
  /** Events a client may send in a burst. Default 200. */
  eventBurst?: number;
  /** Bytes of unacknowledged patches kept per session for replay after a drop. Default 1 MiB. */
  maxReplayBytes?: number;
  /** Unsent bytes a connection may hold before patches wait (and coalesce). Default 1 MiB. */
  maxBufferedBytes?: number;
  /** How long a connection may stay over `maxBufferedBytes` before it is cut off, in ms. Default 30 000. */
  slowClientTimeoutMs?: number;
  /** How long a server-to-client call (focus, …) waits for the browser, in ms. Default 10 000. */
  callTimeoutMs?: number;
  /** Show app errors' messages and stacks in the page. Default: unless NODE_ENV is "production". */
  exposeErrors?: boolean;
  /**
   * Let an uncaught exception or unhandled rejection end the process, as Node does by default.
   * Default false: while the server runs, such an error goes to its session's `page.onError` and
   * the log (or, when no session's context reaches it, to the log), and the process keeps serving.
   */
  exitOnUncaughtError?: boolean;
  /** Log, from a watchdog thread, when the event loop has not turned for this long, naming the handler that runs, in ms; 0 = never. Default 1 000. */
  blockedLoopWarnMs?: number;
  /**
   * How long `close()` (and under `app()` SIGINT, or the close after a SIGTERM's drain) waits for sessions to finish, in ms.
   * Past it, sessions whose handlers never settle are ended anyway and the log names them; a
   * process whose event loop is still blocked is killed by the watchdog. Default 5 000.
   */
  shutdownTimeoutMs?: number;
  /**
   * How long a draining process (`handle.drain()`, or SIGTERM under `app()`) keeps serving its
   * live sessions, in ms; then their tabs move to another process (docs/deploy.md). 0 moves them
   * at once. Default 600 000 (10 minutes).
   */
  drainTimeout?: number;
  /**
   * This process's name for a load balancer: every page response sets the `weft_instance` cookie
   * to it, so the balancer can send the browser's WebSocket (and its resumes) back to the process
   * that holds its session (docs/deploy.md), and the health endpoint `/.well-known/weft/health` reports it.
   * 1 to 64 letters, digits, `-` or `_`. Default: a random id per process.
   */
  instanceId?: string;
  /**
   * Which paths under the app answer with its page: `"all"` (default; every deep link and refresh
   * works) or a list of `TemplateRoute` patterns such as `["/", "/items/:id", "/docs/*"]`, where
   * any other path answers 404 (docs/navigation.md).
   */
  routes?: "all" | string[];
  /**
   * What carries `page.pubsub` messages between the app's sessions: an object with `publish`,
   * `subscribe`, `unsubscribe` and `close` (a Redis adapter, for several processes). Default: in
   * memory, this process only. An adapter given here is the caller's to close after `close()`.
   */
  pubsub?: PubSubAdapter;
}

/** What `appAsync` resolves to once the server listens. */
export interface AppHandle {
  /** The app's address, e.g. `http://127.0.0.1:8550/`. */
  readonly url: string;
  /** The port actually listened on (useful with `port: 0`). */
  readonly port: number;
  /** Ends every session (running `willUnmount` and `onClose`), then stops listening. */
  close(): Promise<void>;
  /**
   * Starts draining: the health endpoint answers 503, new sessions are refused (they go to
   * another process), live ones go on until they end or `drainTimeout` passes, when their tabs
   * are told to move. Resolves when no session is left; the server still listens until `close()`.
   */
  drain(): Promise<void>;
}

/** Options that tune sessions; passed to the hub as they are, checked here. */
const SESSION_NUMBERS = [
  "sessionTimeout",
  "heartbeatMs",
  "maxSessionsPerClient",
  "maxControls",
  "eventRate",
  "eventBurst",
  "maxReplayBytes",
  "maxBufferedBytes",
  "slowClientTimeoutMs",
  "callTimeoutMs",
] as const;
type SessionNumber = (typeof SESSION_NUMBERS)[number];

export type ResolvedOptions = Required<
  Omit<AppOptions, "logger" | SessionNumber | "exposeErrors" | "pubsub" | "routes" | "trustProxy" | "forwardedHeader" | "instanceId" | (typeof HTTP_OPTION_NAMES)[number] | keyof StorageOptions | (typeof FILE_OPTION_NAMES)[number] | (typeof FIRST_PAINT_OPTION_NAMES)[number]>
> & {
  /** Where the page's first paint is made, and the hub's bounds for it (first-paint-options.ts). */
  firstPaint: ResolvedFirstPaint;
  /** Presence and storage (storage-options.ts). */
  storage: ResolvedStorage;
  /** Whether a path below the app answers with the page (the `routes` option, route-filter.ts). */
  routes: RouteFilter;
  logger: Logger | undefined;
  /** Allowed hosts, connection caps and timeouts (http-options.ts). */
  http: ResolvedHttpOptions;
  /** Uploads, downloads and the app's assets (file-options.ts). */
  files: ResolvedFileOptions;
  /** Which proxies say who the client is; undefined for none. */
  trustProxy: ProxyTrust | undefined;
  /** This process's name in the `weft_instance` cookie (instance.ts). */
  instanceId: string;
  /** The session tuning options that were given (the hub fills in the rest). */
  session: Partial<Pick<AppOptions, SessionNumber | "exposeErrors" | "pubsub">>;
};

const ADAPTER_METHODS = ["publish", "subscribe", "unsubscribe", "close"] as const;

const KNOWN = [
  "port",
  "host",
  "view",
  "logger",
  "maxFrameBytes",
  "allowedOrigins",
  "exposeErrors",
  "exitOnUncaughtError",
  "blockedLoopWarnMs",
  "shutdownTimeoutMs",
  "drainTimeout",
  "instanceId",
  "trustProxy",
  "forwardedHeader",
  "pubsub",
  "routes",
  ...STORAGE_OPTION_NAMES,
  ...SESSION_NUMBERS,
  ...HTTP_OPTION_NAMES,
  ...FILE_OPTION_NAMES,
  ...FIRST_PAINT_OPTION_NAMES,
];

function bad(message: string): WeftError {
  return new WeftError(ErrorCode.badOption, message);
}

/** Checks that `main` is a function; throws a `server.bad-option` WeftError otherwise. */
export function checkMain(main: unknown): void {
  if (typeof main !== "function") {
    throw bad(`app(main) needs a function as main, got ${main === null ? "null" : typeof main}`);
  }
}

/** Checks the options and fills in defaults; throws a `server.bad-option` WeftError naming the mistake. */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw bad("app options must be an object, e.g. { port: 8550 }");
  }
  const given = (options ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!KNOWN.includes(key)) {
      const hint = closestName(key, KNOWN);
      throw bad(`unknown app option "${key}"${hint ? `; did you mean "${hint}"?` : ""}`);
    }
  }
  const { port = 8550, host = "127.0.0.1", view = "browser", logger, maxFrameBytes = 64 * 1024, allowedOrigins = [] } = given;
  const { exitOnUncaughtError = false, blockedLoopWarnMs = 1000, shutdownTimeoutMs = 5000 } = given;
  if (typeof exitOnUncaughtError !== "boolean") throw bad(`exitOnUncaughtError must be true or false, got ${JSON.stringify(exitOnUncaughtError)}`);
  if (typeof blockedLoopWarnMs !== "number" || !Number.isInteger(blockedLoopWarnMs) || blockedLoopWarnMs < 0) {
    throw bad(`blockedLoopWarnMs must be an integer of at least 0 (0 = never), got ${JSON.stringify(blockedLoopWarnMs)}`);
  }
  if (typeof shutdownTimeoutMs !== "number" || !Number.isInteger(shutdownTimeoutMs) || shutdownTimeoutMs < 1) {
    throw bad(`shutdownTimeoutMs must be an integer of at least 1, got ${JSON.stringify(shutdownTimeoutMs)}`);
  }
  if (typeof port !== "number" || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw bad(`port must be an integer from 0 to 65535, got ${JSON.stringify(port)}`);
  }
  if (typeof host !== "string" || host.length === 0) throw bad(`host must be a non-empty string, got ${JSON.stringify(host)}`);
  if (view !== "browser" && view !== "none") throw bad(`view must be "browser" or "none", got ${JSON.stringify(view)}`);
  if (typeof maxFrameBytes !== "number" || !Number.isInteger(maxFrameBytes) || maxFrameBytes < 1024) {
    throw bad(`maxFrameBytes must be an integer of at least 1024, got ${JSON.stringify(maxFrameBytes)}`);
  }
  if (!Array.isArray(allowedOrigins) || allowedOrigins.some((o) => typeof o !== "string")) {
    throw bad("allowedOrigins must be an array of origin strings");
  }
  checkOrigins(allowedOrigins as string[]);
  const http = resolveHttpOptions(given);
  if (logger !== undefined && (typeof logger !== "object" || logger === null)) throw bad("logger must be an object with info, warn and error");
  const session: ResolvedOptions["session"] = {};
  for (const name of SESSION_NUMBERS) {
    const value = given[name];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw bad(`${name} must be a number of at least 0, got ${JSON.stringify(value)}`);
    }
    session[name] = value;
  }
  if (given.exposeErrors !== undefined) {
    if (typeof given.exposeErrors !== "boolean") throw bad(`exposeErrors must be true or false, got ${JSON.stringify(given.exposeErrors)}`);
    session.exposeErrors = given.exposeErrors;
  }
  let trustProxy: ProxyTrust | undefined;
  try {
    trustProxy = proxyTrust(given.trustProxy, given.forwardedHeader);
  } catch (error) {
    throw bad((error as Error).message);
  }
  if (given.pubsub !== undefined) {
    const adapter = given.pubsub as Record<string, unknown> | null;
    const missing = ADAPTER_METHODS.filter((name) => typeof adapter?.[name] !== "function");
    if (missing.length) throw bad(`pubsub must be a pub/sub adapter with publish, subscribe, unsubscribe and close; it has no ${missing.join(", ")}`);
    session.pubsub = given.pubsub as PubSubAdapter;
  }
  return {
    port,
    host,
    view,
    logger: logger as Logger | undefined,
    maxFrameBytes,
    allowedOrigins: allowedOrigins as string[],
    exitOnUncaughtError,
    blockedLoopWarnMs,
    shutdownTimeoutMs,
    http,
    files: resolveFileOptions(given),
    trustProxy,
    instanceId: resolveInstanceId(given.instanceId),
    drainTimeout: resolveDrainTimeout(given.drainTimeout),
    session,
    storage: resolveStorageOptions(given, host),
    routes: routeFilter(given.routes),
    firstPaint: resolveFirstPaint(given),
  };
}
