/**
 * The request and upgrade handlers behind every Weft server: `startHost` (and so `app()`) puts
 * them on a guarded server of its own, `createHandler` hands them to a host server (embedding.md).
 * One code path: the Host policy, the page, the assets, the WebSocket checks and the session hubs
 * are the same in both; what guards a server's connections (caps, timeouts) belongs to the server.
 */
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import type { Duplex } from "node:stream";
import type { Socket } from "node:net";
import { consoleLogger, SessionHub, type Logger } from "../core/index.js";
import { DevPath } from "../protocol/index.js";
import { runInAppContext } from "./app-context.js";
import { closeHubsWithin } from "./bounded-close.js";
import { bootScript, clientAssets, startupChunks } from "./client-assets.js";
import { NodeFileHost } from "./file-host.js";
import { hostPolicy, type HostPolicy } from "./host-policy.js";
import { Drain, DRAIN_RETRY_AFTER_SECONDS, DRAINING_PAGE } from "./drain.js";
import { instanceCookie, type Health } from "./instance.js";
import type { HostedApp, HostOptions } from "./host-types.js";
import { checkMain, resolveOptions, type ResolvedOptions } from "./options.js";
import { movesAreRestarts } from "./overrides.js";
import { renderPageHtml, unpaintedPageEnd } from "./page-html.js";
import type { PaintStream } from "./first-paint/page-response.js";
import { requestUrl } from "./request-url.js";
import { contentSecurityPolicy, securityHeaders } from "./security-headers.js";
import { clientAddress } from "./client-address.js";
import { PLOTLY_ASSET, PLOTLY_MISSING, withPlotly } from "./plotly-asset.js";
import { staticAssets } from "./static-assets.js";
import { ThrottledWarnings } from "./throttled-warnings.js";
import { webSocketEndpoint } from "./upgrade.js";
import { hubStorageOptions } from "./user-storage.js";

const TEXT = "text/plain; charset=utf-8";
const HTML = "text/html; charset=utf-8";
/** Where a balancer polls: a well-known path at the base, and the older `_weft/health`. */
const HEALTH_PATH = ".well-known/weft/health";

/** What `mountApps` makes: the two handlers, and a bounded close of every session. */
export interface MountedApps {
  /** Answers a request under `basePath`; calls `next` (or answers 404) for any other. */
  listener(req: IncomingMessage, res: ServerResponse, next?: () => void): void;
  /** Takes a WebSocket upgrade under `basePath`; false (socket untouched) for any other path. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, handOver?: (socket: Socket) => void): boolean;
  /** Ends every session within `shutdownTimeoutMs`; resolves true when that bound forced it. */
  close(): Promise<boolean>;
  /** Starts draining (drain.ts); resolves when no session is left. */
  drain(): Promise<void>;
  options: ResolvedOptions & { indexHtml: string | undefined };
  policy: HostPolicy;
  log: Logger;
}

/** `/`, or a path like `/hello/`: one leading and one trailing slash. */
export function normalisePath(path: string): string {
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

function ignore(): void {}

/** Streams a client asset from disk (a stored build's large file); a read error ends the response. */
function streamFile(res: ServerResponse, file: string, headers: Record<string, string>): void {
  res.writeHead(200, headers);
  if (res.req.method === "HEAD") {
    res.end();
    return;
  }
  pipeline(createReadStream(file), res).catch(() => res.destroy());
}

/** Builds the handlers serving `apps` under `basePath` (`/` for a server of Weft's own). */
export async function mountApps(apps: HostedApp[], hostOptions: HostOptions, basePath = "/", authenticate?: (req: IncomingMessage) => unknown): Promise<MountedApps> {
  const { indexHtml, ...appOptions } = hostOptions;
  const options = { ...resolveOptions(appOptions), indexHtml };
  for (const app of apps) checkMain(app.main);
  const base = normalisePath(basePath);
  const assetBase = `${base}_weft/`;
  const wsBase = `${base}_weft/ws`;
  const log: Logger = options.logger ?? consoleLogger;
  const warnings = new ThrottledWarnings(log);
  const assets = staticAssets(withPlotly(await clientAssets()));
  const preload = await startupChunks();
  const boot = await bootScript();
  const security = securityHeaders([boot.hash], options.files.uploadOrigins);
  const send = responder(security);
  const files = new NodeFileHost(options.files);
  const policy = hostPolicy({ listenHost: options.host, allowedHosts: options.http.allowedHosts, allowedOrigins: options.allowedOrigins });
  const mounted = apps.map((app) => {
    const path = normalisePath(`${base}${app.path}`);
    return {
      app: { ...app, path },
      hub: new SessionHub(app.main, { ...options.session, ...options.firstPaint.hub, ...hubStorageOptions(options.storage, path), logger: log, maxFrameBytes: options.maxFrameBytes, runInContext: runInAppContext, files, instanceId: options.instanceId }),
      wsPath: path === base ? wsBase : `${wsBase}${path.slice(base.length - 1, -1)}`,
    };
  });
  // Longest prefix first, so `/hello/` wins over `/`.
  const byPrefix = [...mounted].sort((a, b) => b.app.path.length - a.app.path.length);
  const outside = (path: string) => !path.startsWith(base) && `${path}/` !== base;
  const drain = new Drain(mounted.map((m) => m.hub), options.drainTimeout, log);

  function listener(req: IncomingMessage, res: ServerResponse, next?: () => void): void {
    const url = requestUrl(req.url);
    if (url && outside(url.pathname) && next) {
      next();
      return;
    }
    if (!policy.hostAllowed(req.headers.host)) {
      const host = JSON.stringify((req.headers.host ?? "").slice(0, 100));
      warnings.warn(`host ${req.socket.remoteAddress}`, `[weft] refused a request for host ${host} from ${req.socket.remoteAddress} (option allowedHosts)`);
      send(res, 421, TEXT, `This server does not answer to the host ${host}. If it should, add that name to the app's allowedHosts option.\n`);
      return;
    }
    // Uploads, downloads and the app's assets (files.md); their URLs are at the server's root.
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
    if (path === `${base}${HEALTH_PATH}` || path === `${assetBase}health`) {
      const health: Health = { status: drain.active ? "draining" : "ok", instance: options.instanceId, sessions: mounted.reduce((n, m) => n + m.hub.size, 0) };
      send(res, drain.active ? 503 : 200, "application/json; charset=utf-8", JSON.stringify(health), { "Cache-Control": "no-store" });
      return;
    }
    if (path.startsWith(assetBase)) {
      const asset = assets.respond(path.slice(assetBase.length), req);
      if (!asset && path === `${assetBase}${PLOTLY_ASSET}`) {
        warnings.warn("plotly", `[weft] a page asked for Plotly: ${PLOTLY_MISSING}`);
        send(res, 404, TEXT, `${PLOTLY_MISSING}\n`);
      } else if (!asset) send(res, 404, TEXT, "Not found");
      else if (asset.status === 304) res.writeHead(304, { ...security, ...asset.headers }).end();
      else if (asset.file) streamFile(res, asset.file, { ...security, ...asset.headers });
      else send(res, 200, asset.headers["Content-Type"]!, asset.body, asset.headers);
      return;
    }
    if (path === "/favicon.ico") {
      res.writeHead(204, security).end();
      return;
    }
    if (path === base && options.indexHtml !== undefined && !byPrefix.some((m) => m.app.path === base)) {
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
    if (!options.routes(`/${path.slice(target.app.path.length)}`)) {
      send(res, 404, TEXT, "Not found");
      return;
    }
    if (drain.active) {
      // A new tab: the balancer (or this page's own reload) takes it to another process. The
      // connection closes, so the reload opens a new one (a TCP balancer routes per connection).
      send(res, 503, HTML, DRAINING_PAGE, { "Cache-Control": "no-store", "Retry-After": DRAIN_RETRY_AFTER_SECONDS, Connection: "close" });
      return;
    }
    // A `weft run --watch` child's page follows the watcher's type checks (decision 0059).
    const devTypes = movesAreRestarts() ? { devTypes: DevPath.types } : {};
    const page = { title: target.app.title, assetBase, wsPath: target.wsPath, mount: target.app.path, preload, boot, ...devTypes };
    const userCookie = options.storage.user?.cookie;
    const browserId = userCookie?.idFor(req);
    const user = browserId !== undefined ? userCookie!.header(req, "/", browserId) : undefined;
    const cookies = [instanceCookie(options.instanceId, base, req), ...(user ? [user] : [])];
    // An embedding host's `authenticate` sees the socket's request, not the page's: those pages paint in the browser.
    if (options.firstPaint.firstPaint === "server" && !authenticate) {
      const request = { url, host: req.headers.host ?? "", address: clientAddress(req, options.trustProxy) ?? "unknown", browserId };
      // The page's start goes out once its session is admitted, before `main` runs (not for HEAD, which sends no body).
      const nonce = randomBytes(16).toString("base64");
      const stream: PaintStream | undefined =
        req.method === "HEAD"
          ? undefined
          : {
              nonce,
              start(html) {
                res.setHeader("Set-Cookie", cookies);
                const policy = contentSecurityPolicy([boot.hash], options.files.uploadOrigins, [`'nonce-${nonce}'`]);
                res.writeHead(200, { ...security, "Content-Type": HTML, "Cache-Control": "no-store", "Content-Security-Policy": policy });
                res.write(html);
              },
            };
      // Imported on first use: the string host brings every renderer and their libraries (marked,
      // ECharts, highlight.js, linkedom), which a server painting in the browser never needs.
      import("./first-paint/page-response.js").then(({ paintedPage }) => paintedPage(target.hub, request, page, options.firstPaint.maxControls, stream)).then(
        (answer) => {
          if (!answer.ok) {
            // The page the client paints, whose hello the hub refuses the same way: the person
            // reads why in plain words (the status view), a bot gets the status and no session.
            const why = `<!-- No session could start for this page (${answer.code}): ${answer.message.replace(/--/g, "- -")} -->\n`;
            if (answer.started) return void res.end(unpaintedPageEnd(page, why));
            res.setHeader("Set-Cookie", cookies);
            send(res, answer.status, HTML, renderPageHtml(page) + why, { "Cache-Control": "no-store", "Retry-After": "5" });
            return;
          }
          if (res.headersSent) return void res.end(answer.html);
          res.setHeader("Set-Cookie", cookies);
          const policy = contentSecurityPolicy([boot.hash], options.files.uploadOrigins, answer.styleHashes);
          send(res, 200, HTML, answer.html, { "Cache-Control": "no-store", "Content-Security-Policy": policy });
        },
        (error: unknown) => {
          if (res.headersSent) {
            log.error("[weft] the first paint failed; the page was finished for the client to paint", error);
            res.end(unpaintedPageEnd(page, "<!-- The first paint failed: the client paints this page. -->\n"));
          } else {
            log.error("[weft] the first paint failed; the page was answered with 500", error);
            send(res, 500, TEXT, "The page could not be rendered.\n");
          }
        },
      );
      return;
    }
    res.setHeader("Set-Cookie", cookies);
    send(res, 200, HTML, renderPageHtml(page), { "Cache-Control": "no-store" });
  }

  const endpoint = webSocketEndpoint({
    hubs: new Map(mounted.map((m) => [m.wsPath, m.hub])),
    policy,
    maxFrameBytes: options.maxFrameBytes,
    maxPendingSocketsPerClient: options.http.limits.maxPendingSocketsPerClient,
    trustProxy: options.trustProxy,
    log,
    warnings,
    authenticate,
    browserId: options.storage.user ? (req) => options.storage.user!.cookie.read(req) : undefined,
  });

  let closing: Promise<boolean> | undefined;
  return {
    listener,
    upgrade(req, socket, head, handOver = ignore) {
      const url = requestUrl(req.url);
      if (url && outside(url.pathname)) return false;
      endpoint.upgrade(req, socket as Socket, head, handOver);
      return true;
    },
    close() {
      closing ??= closeHubsWithin(mounted.map((m) => m.hub), options.shutdownTimeoutMs, log).then(async (forced) => {
        endpoint.close();
        await files.close();
        return forced;
      });
      return closing;
    },
    drain: () => drain.start(),
    options,
    policy,
    log,
  };
}
