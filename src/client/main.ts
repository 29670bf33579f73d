/**
 * The browser client's entry point: finds the root and the WebSocket path in the page, registers
 * the built-in renderers and starts the session. Extensions may import `registerRenderer` from
 * this same module URL to add renderers for their own control types.
 */
import { registerBuiltinRenderers } from "./controls/index.js";
import { SessionClient, type ClientState } from "./session-client.js";
import { StatusView } from "./status-view.js";
import { WebSocketConnection, webSocketUrl } from "./ws-connection.js";

export { registerRenderer } from "./registry.js";
export type { ControlView, RenderContext, Renderer } from "./registry.js";

declare global {
  interface Window {
    /** Read-only view of the client's state, for tests. */
    __weft?: ClientState;
  }
}

function start(): void {
  const root = document.getElementById("weft-root");
  const wsPath = document.querySelector<HTMLMetaElement>('meta[name="weft-ws"]')?.content;
  if (!root || !wsPath) {
    console.error('[weft] the page needs <div id="weft-root"> and <meta name="weft-ws">');
    return;
  }
  registerBuiltinRenderers();
  const state: ClientState = { sessionId: null, lastSeq: 0, connected: false };
  window.__weft = state;
  const client = new SessionClient({
    connect: () => new WebSocketConnection(webSocketUrl(wsPath)),
    root,
    status: new StatusView(),
    viewport: () => ({ width: innerWidth, height: innerHeight, route: location.pathname + location.hash }),
    state,
  });
  addEventListener("online", () => client.retryNow());
  addEventListener("pagehide", () => client.pause());
  addEventListener("pageshow", (event) => event.persisted && client.start());
  client.start();
}

start();
