/**
 * The browser build of `app()` and `appAsync()`, picked by the package's `worker`/`browser`
 * export conditions (and by `weft publish`): the same app file that serves from Node attaches
 * its `main` to the worker host instead, and every browser tab that opens the static site gets
 * its own session, in this worker, over a `MessagePort`.
 */
import { byeEnvelope, checkStorageKey, ErrorCode, PRESENCE_CHANNEL, PresenceRelay, storageKeyOfPath, WeftError, type AppMain, type HubOptions } from "../core/index.js";
import { PortSignal } from "../protocol/index.js";
import { BroadcastPubSub, carried } from "./broadcast-pubsub.js";
import { WorkerHost, workerScope } from "./worker-host.js";

/**
 * The options of the server's `app()`. The session options apply (`logger`, `maxFrameBytes`,
 * `exposeErrors`, the limits); `port`, `host`, `view`, `allowedOrigins`, `trustProxy` and
 * `forwardedHeader` are accepted, so one app file works in both modes, and ignored: a worker
 * listens on nothing and opens no window.
 */
export interface WorkerAppOptions extends HubOptions {
  port?: number;
  host?: string;
  view?: "browser" | "none";
  allowedOrigins?: string[];
  trustProxy?: boolean | string | readonly string[];
  forwardedHeader?: "x-forwarded-for" | "forwarded";
  /** Accepted and ignored: a static site has no server to keep `page.userStorage` on. */
  storageSecret?: string;
  /** Accepted and ignored, like `storageSecret`. */
  userStore?: unknown;
  /** Accepted and ignored: a static site's tab has its own worker, and no other process to move to. */
  drainTimeout?: number;
}

/** What `appAsync` resolves to: the same shape as the server's handle. */
export interface WorkerAppHandle {
  /** The static site's address: the folder that holds `index.html` and the worker script. */
  readonly url: string;
  /** Always 0: nothing listens. */
  readonly port: number;
  /** Ends every session (running `willUnmount` and `onClose`) and refuses new tabs. */
  close(): Promise<void>;
  /** Resolves at once: each tab of a static site runs in its own worker, and there is no process to drain. */
  drain(): Promise<void>;
}

// Installed as this module loads, before the app's own code runs: a tab may connect while a
// top-level `await` in the app is still pending, and its port must not be missed.
const scope = workerScope();
const host = scope ? new WorkerHost(scope) : undefined;

/** Attaches `main` to the worker host; resolves at once to `{ url, port: 0, close() }`. */
export async function appAsync(main: AppMain, options: WorkerAppOptions = {}): Promise<WorkerAppHandle> {
  if (typeof main !== "function") {
    throw new WeftError(ErrorCode.badOption, `app(main) needs a function as main, got ${main === null ? "null" : typeof main}`);
  }
  if (!host) {
    throw new WeftError(ErrorCode.badOption, "this build of app() runs inside the Web Worker of a site made by weft publish; in Node, import Weft's default build");
  }
  if (host.attached) throw new WeftError(ErrorCode.badOption, "app() was already called: a static site runs one app");
  const { port: _port, host: _host, view: _view, allowedOrigins: _origins, trustProxy: _trust, forwardedHeader: _header, storageSecret: _secret, userStore: _store, drainTimeout: _drain, ...hubOptions } = options;
  // A port between a page and its own worker cannot go silent the way a network link can, so
  // heartbeats are off unless asked for.
  // Client storage is namespaced by the site's folder, so two sites on one origin stay apart.
  const storageKey = options.storageKey === undefined ? storageKeyOfPath(new URL(".", globalThis.location.href).pathname) : checkStorageKey(options.storageKey);
  const userStorage = { reason: "a static site has no server to keep it on; use page.clientStorage" };
  // Pub/sub reaches the site's other tabs (each has its own worker) over a BroadcastChannel.
  const pubsub = hubOptions.pubsub ?? (typeof BroadcastChannel === "function" ? new BroadcastPubSub(`weft:${storageKey}`) : undefined);
  // Presence travels the same way: this worker is one node, announcing its tab's entries. The
  // browser stops the worker with its tab, maybe before it has said bye: the page says it then.
  const nodeId = crypto.randomUUID();
  if (pubsub instanceof BroadcastPubSub) host.farewell = { signal: PortSignal.farewell, channel: pubsub.name, message: carried(PRESENCE_CHANNEL, byeEnvelope(nodeId)) };
  const hub = host.attach(main, { heartbeatMs: 0, userStorage, ...hubOptions, storageKey, ...(pubsub ? { pubsub } : {}) });
  const relay = pubsub ? new PresenceRelay(hub.presence, pubsub, { nodeId }) : undefined;
  const close = async (): Promise<void> => {
    await hub.close();
    relay?.close();
  };
  return { url: new URL(".", globalThis.location.href).href, port: 0, close, drain: () => Promise.resolve() };
}

/** Attaches `main` to the worker host; a mistake (main not a function) is one line on the console. */
export function app(main: AppMain, options?: WorkerAppOptions): void {
  appAsync(main, options).catch((error: unknown) => {
    console.error(`weft: ${error instanceof Error ? error.message : String(error)}`);
  });
}
