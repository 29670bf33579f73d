/**
 * The Node host: one HTTP server and one WebSocket endpoint per hosted app. It serves the page and
 * the client's assets, checks each socket's origin, and hands every connection to the app's
 * `SessionHub`, which gives each tab its own session.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { consoleLogger, ErrorCode, SessionHub, WeftError, type AppMain, type Logger } from "../core/index.js";
import { HELLO_PARAM } from "../protocol/index.js";
import { clientAddress } from "./client-address.js";
import { bootScript, clientAssets, startupChunks } from "./client-assets.js";
import { checkMain, resolveOptions, type AppHandle, type AppOptions } from "./options.js";
import { renderPageHtml } from "./page-html.js";
import { securityHeaders } from "./security-headers.js";
import { wsConnection } from "./ws-connection.js";

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

const ASSET_BASE = "/_weft/";
const WS_BASE = "/_weft/ws";

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

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Starts one server hosting the given apps; resolves once it listens. */
export async function startHost(apps: HostedApp[], hostOptions: HostOptions = {}): Promise<AppHandle> {
  const { indexHtml, ...appOptions } = hostOptions;
  const options = { ...resolveOptions(appOptions), indexHtml };
  for (const app of apps) checkMain(app.main);
  const log: Logger = options.logger ?? consoleLogger;
  const assets = await clientAssets();
  const preload = await startupChunks();
  const boot = await bootScript();
  const security = securityHeaders([boot.hash]);
  const send = responder(security);
  const mounted: Mounted[] = apps.map((app) => {
    const path = normalisePath(app.path);
    return {
      app: { ...app, path },
      hub: new SessionHub(app.main, { ...options.session, logger: log, maxFrameBytes: options.maxFrameBytes }),
      wsPath: path === "/" ? WS_BASE : `${WS_BASE}${path.slice(0, -1)}`,
    };
  });
  // Longest prefix first, so `/hello/` wins over `/`.
  const byPrefix = [...mounted].sort((a, b) => b.app.path.length - a.app.path.length);
  const byWsPath = new Map(mounted.map((m) => [m.wsPath, m]));

  const server = createServer((req, res) => {
    try {
      handleRequest(req, res);
    } catch (error) {
      log.error(`[weft] request ${req.method} ${req.url} failed`, error);
      if (!res.headersSent) send(res, 500, "text/plain; charset=utf-8", "Internal error");
    }
  });

  function handleRequest(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, 405, "text/plain; charset=utf-8", "Method not allowed", { Allow: "GET, HEAD" });
      return;
    }
    const url = new URL(req.url ?? "/", "http://host");
    const path = url.pathname;
    if (path.startsWith(ASSET_BASE)) {
      const asset = assets.get(path.slice(ASSET_BASE.length));
      if (!asset) send(res, 404, "text/plain; charset=utf-8", "Not found");
      else send(res, 200, asset.type, asset.body, { "Cache-Control": "no-cache" });
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
      send(res, 404, "text/plain; charset=utf-8", "Not found");
      return;
    }
    if (`${path}/` === target.app.path) {
      res.writeHead(301, { ...security, Location: `${target.app.path}${url.search}` }).end();
      return;
    }
    const html = renderPageHtml({ title: target.app.title, assetBase: ASSET_BASE, wsPath: target.wsPath, preload, boot });
    send(res, 200, "text/html; charset=utf-8", html, { "Cache-Control": "no-store" });
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes });
  server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "/", "http://host");
    const target = byWsPath.get(url.pathname);
    if (!target) {
      refuseUpgrade(socket, 404, "Not Found");
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !originAllowed(origin, req.headers.host, options.allowedOrigins)) {
      log.warn(`[weft] refused a WebSocket from origin ${JSON.stringify(origin.slice(0, 100))}`);
      refuseUpgrade(socket, 403, "Forbidden");
      return;
    }
    // A new session's hello may come in the URL (decision 0015); the hub checks it like any frame.
    const hello = url.searchParams.get(HELLO_PARAM) ?? undefined;
    wss.handleUpgrade(req, socket, head, (ws) => {
      target.hub.accept(wsConnection(ws, clientAddress(req, options.trustProxy)), hello);
    });
  });

  await listen(server, options.port, options.host);
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  const url = `http://${shownHost}:${port}/`;
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close() {
      closing ??= (async () => {
        await Promise.all(mounted.map((m) => m.hub.close()));
        for (const client of wss.clients) client.terminate();
        wss.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}

function originAllowed(origin: string, host: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") {
        reject(new WeftError(ErrorCode.portInUse, `port ${port} on ${host} is already in use; stop the other program or pass another port (0 picks a free one)`));
      } else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") {
        reject(new WeftError(ErrorCode.badOption, `cannot listen on host ${host}: no such local address`));
      } else if (error.code === "EACCES") {
        reject(new WeftError(ErrorCode.badOption, `no permission to listen on port ${port}; use a port above 1023`));
      } else reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}
