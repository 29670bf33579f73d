/**
 * The HTTP server, guarded against its clients: every socket has an error listener from the
 * moment it connects (a peer that resets mid-write is an error event, and an unheard one ends the
 * process), a malformed request is answered 400 and closed, one address may hold at most
 * `maxConnectionsPerClient` connections, and a request must arrive within the header and request
 * timeouts. Requests and upgrades reach the handlers only from sockets under the cap.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "../core/index.js";
import { AddressCap } from "./address-cap.js";
import type { HttpLimits } from "./http-options.js";
import { RETRY_AFTER_SECONDS, refuseSocket } from "./raw-refusal.js";
import type { ThrottledWarnings } from "./throttled-warnings.js";

export interface GuardedServerOptions {
  limits: HttpLimits;
  log: Logger;
  warnings: ThrottledWarnings;
  onRequest(req: IncomingMessage, res: ServerResponse): void;
  /** An upgrade request; `handOver(socket)` once it is a WebSocket, which no longer counts as an HTTP connection. */
  onUpgrade(req: IncomingMessage, socket: Socket, head: Buffer, handOver: (socket: Socket) => void): void;
}

/** What Node answers a parse error with (its default, which a `clientError` listener replaces). */
function clientErrorStatus(code: string | undefined): number {
  if (code === "HPE_HEADER_OVERFLOW") return 431;
  if (code === "HPE_CHUNK_EXTENSIONS_OVERFLOW") return 413;
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return 408;
  return 400;
}

function ignore(): void {}

export function guardedServer(options: GuardedServerOptions): Server {
  const { limits, log, warnings } = options;
  const cap = new AddressCap(limits.maxConnectionsPerClient);
  /** Sockets under the cap, with the address they count against until they close or become WebSockets. */
  const counted = new WeakMap<Socket, string>();
  const release = (socket: Socket) => {
    const address = counted.get(socket);
    if (address === undefined) return;
    counted.delete(socket);
    cap.release(address);
  };
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks the two timeouts every 30 s by default, so a 10 s timeout would hold for up to 40 s.
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
  });

  server.on("connection", (socket: Socket) => {
    // Errors on a socket that is closing anyway (ECONNRESET, EPIPE) have nothing left to do.
    socket.on("error", ignore);
    const address = socket.remoteAddress;
    if (address === undefined) {
      socket.destroy();
      return;
    }
    if (!cap.take(address)) {
      warnings.warn(`connections ${address}`, `[weft] refused connections from ${address}: it holds ${cap.max} already (option maxConnectionsPerClient)`);
      refuseSocket(socket, 429, "Too many connections from this address; retry later.\n", { "Retry-After": RETRY_AFTER_SECONDS });
      return;
    }
    counted.set(socket, address);
    socket.once("close", () => release(socket));
  });

  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    refuseSocket(socket, clientErrorStatus(error.code));
  });

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (!counted.has(req.socket)) {
      req.socket.destroy();
      return;
    }
    try {
      options.onRequest(req, res);
    } catch (error) {
      log.error(`[weft] request ${req.method} ${String(req.url).slice(0, 200)} failed`, error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Internal error");
      else res.destroy();
    }
  });

  server.on("upgrade", (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (!counted.has(socket)) {
      socket.destroy();
      return;
    }
    try {
      options.onUpgrade(req, socket, head, release);
    } catch (error) {
      log.error(`[weft] upgrade ${String(req.url).slice(0, 200)} failed`, error);
      socket.destroy();
    }
  });

  // Errors after listening (accept failing with EMFILE when out of file descriptors) are logged,
  // never thrown: the server goes on with the connections it has.
  server.on("listening", () => {
    server.on("error", (error: NodeJS.ErrnoException) => warnings.warn(`server ${error.code}`, `[weft] server error: ${error.message}`));
  });
  return server;
}
