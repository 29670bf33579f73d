/**
 * The page's boot script: a few KB, a classic script the page carries inline, ahead of the
 * client (its CSP allows it by its hash, docs/decisions/0011). It opens the app's connection (the
 * WebSocket, or on a static site the app's worker) and says hello at once, so the app runs and
 * its first patch arrives while `weft.js` is still loading; the client then takes that
 * connection over (`early-connection.ts`). Without it, the client connects by itself.
 */
import { openEarlyConnection } from "./early-connection.js";
import { claimHello, helloFirst, holdEarlyClicks, takePaintedPage } from "./first-paint.js";
import { freshHello, pageConnector } from "./page-connection.js";

const connector = pageConnector();
const painted = connector && takePaintedPage();
if (connector && painted) {
  // The server painted the page: claim its session (the hello as the first frame, never in the URL).
  holdEarlyClicks();
  openEarlyConnection((hello) => helloFirst(connector.connect(), hello), () => claimHello(freshHello(connector), painted));
} else if (connector) openEarlyConnection(connector.connect, () => freshHello(connector));
