/**
 * `createHandler(main, options)`: Weft inside a server the program already has (node:http,
 * Express, Fastify, Hono on @hono/node-server). See docs/embedding.md.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { AppMain } from "../core/index.js";
import { mountApps } from "./handler.js";
import type { AppOptions } from "./options.js";

/** Options of `createHandler`: the app's options, less what the host server owns, plus where and for whom. */
export interface HandlerOptions extends Omit<AppOptions, "port" | "view" | "maxConnectionsPerClient" | "headersTimeoutMs" | "requestTimeoutMs" | "keepAliveTimeoutMs"> {
  /** Path prefix the app is served under, like `"/weft/"`: its page, assets and WebSocket. Default `"/"`. */
  basePath?: string;
  /** The page title until the app sets `page.title`. Default "Weft". */
  title?: string;
  /**
   * Runs on each WebSocket's upgrade request, before a session starts or resumes: its result (or
   * what its promise resolves to) is the session's `page.user`; when it throws (or rejects) the
   * socket is refused with 401 and no session starts. Read the host's cookies or auth header here.
   */
  authenticate?: (req: IncomingMessage) => unknown;
}

/** What `createHandler` resolves to. */
export interface WeftHandler {
  /**
   * A `node:http` request listener for the app's page and assets. With `next`, a request outside
   * `basePath` goes to it (Express middleware style); without, it is answered 404.
   */
  listener(req: IncomingMessage, res: ServerResponse, next?: () => void): void;
  /** The server's `upgrade` listener: takes the app's WebSocket and returns true; returns false, touching nothing, for other paths. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Ends every session (within `shutdownTimeoutMs`) and cuts their sockets; the host closes its own server. */
  close(): Promise<void>;
  /** Starts draining (docs/deploy.md): as `AppHandle.drain()`; the host turns its own health checks 503 meanwhile. */
  drain(): Promise<void>;
}

/** Builds the handlers that serve `main` inside a host server; see docs/embedding.md. */
export async function createHandler(main: AppMain, options: HandlerOptions = {}): Promise<WeftHandler> {
  const { basePath = "/", title = "Weft", authenticate, ...appOptions } = options;
  const mounted = await mountApps([{ path: "/", title, main }], appOptions, basePath, authenticate);
  return {
    listener: mounted.listener,
    upgrade: (req, socket, head) => mounted.upgrade(req, socket, head),
    close: () => mounted.close().then(() => undefined),
    drain: () => mounted.drain(),
  };
}
