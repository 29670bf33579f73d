/**
 * The WebSocket endpoint: an upgrade request becomes a socket handed to its app's `SessionHub`
 * only if its path names an app, its Host is allowed, its Origin (when it sends one) is the page's
 * own or an allowed one, and its address holds fewer than `maxPendingSocketsPerClient` sockets
 * that have not said hello yet. Anything else is answered on the raw socket and closed.
 */
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { WebSocketServer } from "./ws-package.js";
import type { Logger, SessionHub } from "../core/index.js";
import { HELLO_PARAM } from "../protocol/index.js";
import { AddressCap } from "./address-cap.js";
import { clientAddress, type ProxyTrust } from "./client-address.js";
import type { HostPolicy } from "./host-policy.js";
import { RETRY_AFTER_SECONDS, refuseSocket } from "./raw-refusal.js";
import { requestUrl } from "./request-url.js";
import type { ThrottledWarnings } from "./throttled-warnings.js";
import { wsConnection } from "./ws-connection.js";

export interface UpgradeOptions {
  /** The hub behind each WebSocket path. */
  hubs: ReadonlyMap<string, SessionHub>;
  policy: HostPolicy;
  maxFrameBytes: number;
  maxPendingSocketsPerClient: number;
  /** Which proxies say who the client is (client-address.ts); undefined for none. */
  trustProxy: ProxyTrust | undefined;
  log: Logger;
  warnings: ThrottledWarnings;
  /** The browser a request's signed cookie names, for `page.userStorage`; undefined when user storage is off. */
  browserId?: ((req: IncomingMessage) => string | undefined) | undefined;
  /** The embedding host's check (handler.ts): its result becomes `page.user`; a throw refuses the socket with 401. */
  authenticate?: ((req: IncomingMessage) => unknown) | undefined;
}

export interface WebSocketEndpoint {
  /** The server's `upgrade` listener (http-guard.ts calls it inside a try/catch). */
  upgrade(req: IncomingMessage, socket: Socket, head: Buffer, handOver: (socket: Socket) => void): void;
  /** Cuts every open socket. */
  close(): void;
}

/** A value from a header, cut short and quoted for a log line. */
function shown(value: string | undefined): string {
  return JSON.stringify((value ?? "").slice(0, 100));
}

export function webSocketEndpoint(options: UpgradeOptions): WebSocketEndpoint {
  const { hubs, policy, warnings } = options;
  const pending = new AddressCap(options.maxPendingSocketsPerClient);
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes });
  // With a listener, ws leaves a failed handshake (no key, a bad version) to it.
  wss.on("wsClientError", (_error, socket) => refuseSocket(socket, 400));
  wss.on("error", (error) => options.log.error("[weft] WebSocket server error", error));

  function upgrade(req: IncomingMessage, socket: Socket, head: Buffer, handOver: (socket: Socket) => void): void {
    const url = requestUrl(req.url);
    if (!url) {
      refuseSocket(socket, 400);
      return;
    }
    const hub = hubs.get(url.pathname);
    if (!hub) {
      refuseSocket(socket, 404);
      return;
    }
    // Behind a trusted proxy, the client it names: every socket's peer is then the proxy itself.
    const address = clientAddress(req, options.trustProxy) ?? "unknown";
    const host = req.headers.host;
    if (host === undefined || !policy.hostAllowed(host)) {
      warnings.warn(`host ${address}`, `[weft] refused a WebSocket for host ${shown(host)} from ${address} (option allowedHosts)`);
      refuseSocket(socket, 403);
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !policy.originAllowed(origin, host)) {
      warnings.warn(`origin ${address}`, `[weft] refused a WebSocket from origin ${shown(origin)}: not the page's own (http://${host.slice(0, 100)}) nor in allowedOrigins`);
      refuseSocket(socket, 403);
      return;
    }
    if (!options.authenticate) {
      admit(req, socket, head, handOver, url, hub, address, undefined);
      return;
    }
    const refuse = (error: unknown) => {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 200);
      warnings.warn(`auth ${address}`, `[weft] refused a WebSocket from ${address}: authenticate threw: ${reason}`);
      refuseSocket(socket, 401, `Not authenticated: ${reason}\n`);
    };
    try {
      const result = options.authenticate(req);
      if (!(result instanceof Promise)) {
        admit(req, socket, head, handOver, url, hub, address, result);
        return;
      }
      result.then((user) => {
        if (socket.destroyed) return;
        admit(req, socket, head, handOver, url, hub, address, user);
      }, refuse);
    } catch (error) {
      refuse(error);
    }
  }

  function admit(req: IncomingMessage, socket: Socket, head: Buffer, handOver: (socket: Socket) => void, url: URL, hub: SessionHub, address: string, user: unknown): void {
    if (!pending.take(address)) {
      warnings.warn(`pending ${address}`, `[weft] refused WebSockets from ${address}: ${pending.max} have not said hello yet (option maxPendingSocketsPerClient)`);
      refuseSocket(socket, 429, "", { "Retry-After": RETRY_AFTER_SECONDS });
      return;
    }
    // Pending from here until the socket's first frame (or its hello in the URL) or its close.
    let held = true;
    const helloed = () => {
      if (!held) return;
      held = false;
      pending.release(address);
    };
    socket.once("close", helloed);
    wss.handleUpgrade(req, socket, head, (ws) => {
      handOver(socket);
      ws.once("message", helloed);
      // A new session's hello may come in the URL (decision 0015); the hub checks it like any frame.
      const hello = url.searchParams.get(HELLO_PARAM) ?? undefined;
      hub.accept(wsConnection(ws, address, user, req.headers.origin), hello, options.browserId?.(req));
      if (hello !== undefined) helloed();
    });
  }

  return {
    upgrade,
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
