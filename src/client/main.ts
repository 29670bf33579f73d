/**
 * The browser client's entry point: finds the root and the app's connection in the page (a
 * WebSocket path, or on a static site the app's worker script), registers the built-in renderers
 * and starts the session. Extensions may import `registerRenderer` from this same module URL to
 * add renderers for their own control types.
 */
import type { Connection } from "../protocol/index.js";
import { registerBuiltinRenderers } from "./controls/index.js";
import { followPageLifecycle } from "./page-lifecycle.js";
import { routeOf, type RouteStrategy } from "./route.js";
import { SessionClient, type ClientState } from "./session-client.js";
import { StatusView } from "./status-view.js";
import { workerConnector } from "./worker-connection.js";
import { WebSocketConnection, webSocketUrl } from "./ws-connection.js";

export { registerLazyRenderer, registerRenderer } from "./registry.js";
export type { ControlView, RenderContext, Renderer, RendererLoader } from "./registry.js";

declare global {
  interface Window {
    /** Read-only view of the client's state, for tests. */
    __weft?: ClientState;
  }
}

function meta(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
}

/** A static site (`weft publish`) names its worker script; a served app, its WebSocket path. */
function connector(): { connect: () => Connection; route: () => string } | undefined {
  const worker = meta("weft-worker");
  if (worker) {
    const strategy: RouteStrategy = meta("weft-routes") === "path" ? "path" : "hash";
    const basePath = meta("weft-base") ?? "/";
    return { connect: workerConnector(worker), route: () => routeOf(location, { strategy, basePath }) };
  }
  const wsPath = meta("weft-ws");
  if (!wsPath) return undefined;
  return { connect: () => new WebSocketConnection(webSocketUrl(wsPath)), route: () => location.pathname + location.hash };
}

function start(): void {
  const root = document.getElementById("weft-root");
  const transport = connector();
  if (!root || !transport) {
    console.error('[weft] the page needs <div id="weft-root"> and <meta name="weft-ws"> or <meta name="weft-worker">');
    return;
  }
  registerBuiltinRenderers();
  const state: ClientState = { sessionId: null, lastSeq: 0, connected: false };
  window.__weft = state;
  const client = new SessionClient({
    connect: transport.connect,
    root,
    status: new StatusView(),
    viewport: () => ({ width: innerWidth, height: innerHeight, route: transport.route() }),
    state,
  });
  followPageLifecycle(client);
  client.start();
}

start();
