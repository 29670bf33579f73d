/**
 * The browser client's entry point: finds the root and the app's connection in the page (a
 * WebSocket path, or on a static site the app's worker script), registers the built-in renderers
 * and starts the session, on the connection the boot script already opened when there is one.
 * Extensions may import `registerRenderer` (or `registerLazyRenderer`) from this same module URL
 * to add renderers for their own control types.
 */
import { registerBuiltinRenderers } from "./controls/index.js";
import { takeEarlyConnection } from "./early-connection.js";
import { followPageLifecycle } from "./page-lifecycle.js";
import { adoptableSeq, claimHello, takePaintedPage } from "./first-paint.js";
import { linkFullStylesheet } from "./full-stylesheet.js";
import { freshHello, pageConnector } from "./page-connection.js";
import { SessionClient, type ClientState } from "./session-client.js";
import { followTypeErrors } from "./dev-types.js";
import { meta } from "./meta-tag.js";
import { StatusView } from "./status-view.js";
import { ClientCode, reportError } from "./diagnostics.js";

export { registerLazyRenderer, registerRenderer } from "./registry.js";
export type { ControlView, RenderContext, Renderer, RendererLoader } from "./registry.js";

declare global {
  interface Window {
    /** Read-only view of the client's state, for tests. */
    __weft?: ClientState;
    /**
     * The element of the control with this id, or null: for tests, and for the browser console
     * when an error names a control (`ElevatedButton#3`). Elements carry no id attribute; setting
     * one on each of 10,000 inserted controls costs a tenth of their insert (issue 6).
     */
    __weftElement?: (id: number) => HTMLElement | null;
  }
}

function start(): void {
  const root = document.getElementById("weft-root");
  const connector = pageConnector();
  const early = takeEarlyConnection();
  if (!root || !connector) {
    reportError(ClientCode.setup, 'the page needs <div id="weft-root"> and <meta name="weft-ws"> or <meta name="weft-worker">');
    early?.close();
    return;
  }
  registerBuiltinRenderers();
  const state: ClientState = { sessionId: null, lastSeq: 0, connected: false };
  window.__weft = state;
  // Without the boot script (a policy that blocks it), the client claims the server-painted page itself, once.
  let painted = takePaintedPage();
  const status = new StatusView();
  // Under `weft run --watch`: the watcher's type errors, over the running app.
  const devTypes = meta("weft-dev-types");
  if (devTypes) followTypeErrors(devTypes, status);
  const client = new SessionClient({
    connect: connector.connect,
    early,
    root,
    status,
    hello() {
      const hello = freshHello(connector);
      if (!painted) return hello;
      const claiming = claimHello(hello, painted);
      painted = undefined;
      return claiming;
    },
    state,
    adopt: adoptableSeq(root, connector.route()),
  });
  window.__weftElement = (id) => client.tree.node(id)?.view.element ?? null;
  followPageLifecycle(client);
  // A server-painted page shows its markup under the rules it inlined; nothing else renders before the full stylesheet has loaded.
  const stylesheet = linkFullStylesheet();
  if (stylesheet) void stylesheet.then(() => client.start());
  else client.start();
}

start();
