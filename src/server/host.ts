/**
 * The Node host: one HTTP server and one WebSocket endpoint per hosted app. It serves the page and
 * the client's assets to requests whose Host it answers to, and hands every WebSocket that passes
 * the endpoint's checks (upgrade.ts) to the app's `SessionHub`, which gives each tab its own
 * session. What guards the server against its clients is in http-guard.ts.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { consoleLogger, SessionHub, type AppMain, type Logger } from "../core/index.js";
import { runInAppContext } from "./app-context.js";
import { closeHubsWithin } from "./bounded-close.js";
import { bootScript, clientAssets, startupChunks } from "./client-assets.js";
import { NodeFileHost } from "./file-host.js";
import { hostPolicy } from "./host-policy.js";
import { guardedServer } from "./http-guard.js";
import { listen } from "./listen.js";
import { checkMain, resolveOptions, type AppHandle, type AppOptions } from "./options.js";
import { renderPageHtml } from "./page-html.js";
import { guardProcess, type HostGuards } from "./process-guards.js";
import { requestUrl } from "./request-url.js";
import { securityHeaders } from "./security-headers.js";
import { staticAssets } from "./static-assets.js";
import { ThrottledWarnings } from "./throttled-warnings.js";
import { webSocketEndpoint } from "./upgrade.js";
import { hubStorageOptions } from "./user-storage.js";

export interface HostedApp {
  /** Path prefix, `/` or like `/hello/`. */
  path: string;
  /** The page title until the app sets `page.title`. */
  title: string;
  main: AppMain;
}

export interface HostOptions extends AppOptions {
  /** HTML served at `/` when no app is hosted there (the gallery's index). */
  indexHtml?: string;
}

/** What `startHost` resolves to: the app's handle, and what `app()` needs to stop on a signal. */
export interface HostHandle extends AppHandle {
  /** Like `close()`; resolves true when `shutdownTimeoutMs` forced it (a session's work never finished). */
  shutdown(): Promise<boolean>;
  /** Hands the process's SIGTERM/SIGINT to the watchdog too, so a stop is bounded even while the loop is blocked. */
  watchSignals: HostGuards["watchSignals"];
}

const ASSET_BASE = "/_weft/";
const WS_BASE = "/_weft/ws";
const TEXT = "text/plain; charset=utf-8";

interface Mounted {
  app: HostedApp;
  hub: SessionHub;
  wsPath: string;
}

function normalisePath(path: string): string {
  const trimmed = `/${path.replace(/^\/+|\/+$/g, "")}`;
  return trimmed === "/" ? "/" : `${trimmed}/`;
}

type Send = (res: ServerResponse, status: number, type: string, body: string | Uint8Array, extra?: Record<string, string>) => void;

/** Sends a whole response with the security headers (the same on every response). */
function responder(security: Readonly<Record<string, string>>): Send {
  return (res, status, type, body, extra = {}) => {
    res.writeHead(status, { ...security, "Content-Type": type, "Content-Length": Buffer.byteLength(body), ...extra });
    res.end(res.req.method === "HEAD" ? undefined : body);
  };
}

/** Starts one server hosting the given apps; resolves once it listens. */
export async function startHost(apps: HostedApp[], hostOptions: HostOptions = {}): Promise<HostHandle> {
  const { indexHtml, ...appOptions } = hostOptions;
  const options = { ...resolveOptions(appOptions), indexHtml };
  for (const app of apps) checkMain(app.main);
  const log: Logger = options.logger ?? consoleLogger;
  const warnings = new ThrottledWarnings(log);
  const assets = staticAssets(await clientAssets());
  const preload = await startupChunks();
  const boot = await bootScript();
  const security = securityHeaders([boot.hash]);
  const send = responder(security);
  const files = new NodeFileHost(options.files);
  const policy = hostPolicy({ listenHost: options.host, allowedHosts: options.http.allowedHosts, allowedOrigins: options.allowedOrigins });
  const mounted: Mounted[] = apps.map((app) => {
    const path = normalisePath(app.path);
    return {
      app: { ...app, path },
      hub: new SessionHub(app.main, { ...options.session, ...hubStorageOptions(options.storage, path), logger: log, maxFrameBytes: options.maxFrameBytes, runInContext: runInAppContext, files }),
      wsPath: path === "/" ? WS_BASE : `${WS_BASE}${path.slice(0, -1)}`,
    };
  });
  // Longest prefix first, so `/hello/` wins over `/`.
  const byPrefix = [...mounted].sort((a, b) => b.app.path.length - a.app.path.length);

  function handleRequest(req: IncomingMessage, res: ServerResponse): void {
    if (!policy.hostAllowed(req.headers.host)) {
      const host = JSON.stringify((req.headers.host ?? "").slice(0, 100));
      warnings.warn(`host ${req.socket.remoteAddress}`, `[weft] refused a request for host ${host} from ${req.socket.remoteAddress} (option allowedHosts)`);
      send(res, 421, TEXT, `This server does not answer to the host ${host}. If it should, add that name to the app's allowedHosts option.\n`);
      return;
    }
    const url = requestUrl(req.url);
    if (url && files.route(req, res, url.pathname, url.searchParams)) return;
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, 405, TEXT, "Method not allowed", { Allow: "GET, HEAD" });
      return;
    }
    if (!url) {
      send(res, 400, TEXT, "Bad request target", { Connection: "close" });
      return;
    }
    const path = url.pathname;
    if (path.startsWith(ASSET_BASE)) {
      const asset = assets.respond(path.slice(ASSET_BASE.length), req);
      if (!asset) send(res, 404, TEXT, "Not found");
      else if (asset.status === 304) res.writeHead(304, { ...security, ...asset.headers }).end();
      else send(res, 200, asset.headers["Content-Type"]!, asset.body, asset.headers);
      return;
    }
    if (path === "/favicon.ico") {
      res.writeHead(204, security).end();
      return;
    }
    if (path === "/" && options.indexHtml !== undefined && !byPrefix.some((m) => m.app.path === "/")) {
      send(res, 200, "text/html; charset=utf-8", options.indexHtml);
      return;
    }
    const target = byPrefix.find((m) => path.startsWith(m.app.path) || `${path}/` === m.app.path);
    if (!target) {
      send(res, 404, TEXT, "Not found");
      return;
    }
    if (`${path}/` === target.app.path) {
      res.writeHead(301, { ...security, Location: `${target.app.path}${url.search}` }).end();
      return;
    }
    const html = renderPageHtml({ title: target.app.title, assetBase: ASSET_BASE, wsPath: target.wsPath, preload, boot });
    const cookie = options.storage.user?.cookie.header(req, "/");
    send(res, 200, "text/html; charset=utf-8", html, { "Cache-Control": "no-store", ...(cookie ? { "Set-Cookie": cookie } : {}) });
  }

  const endpoint = webSocketEndpoint({
    hubs: new Map(mounted.map((m) => [m.wsPath, m.hub])),
    policy,
    maxFrameBytes: options.maxFrameBytes,
    maxPendingSocketsPerClient: options.http.limits.maxPendingSocketsPerClient,
    trustProxy: options.trustProxy,
    log,
    warnings,
    browserId: options.storage.user ? (req) => options.storage.user!.cookie.read(req) : undefined,
  });
  const server = guardedServer({ limits: options.http.limits, log, warnings, onRequest: handleRequest, onUpgrade: endpoint.upgrade });

  await listen(server, options.port, options.host);
  const guards = guardProcess(options, log);
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  const url = `http://${shownHost}:${port}/`;
  if (policy.startNotice) log.warn(policy.startNotice);
  let closing: Promise<void> | undefined;
  let forced = false;
  const handle: HostHandle = {
    url,
    port,
    close() {
      closing ??= (async () => {
        guards.stopping();
        forced = await closeHubsWithin(mounted.map((m) => m.hub), options.shutdownTimeoutMs, log);
        endpoint.close();
        await files.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await guards.release();
      })();
      return closing;
    },
    shutdown: () => handle.close().then(() => forced),
    watchSignals: guards.watchSignals,
  };
  return handle;
}
