/**
 * How this page reaches its app, read from its meta tags: a served app names its WebSocket path
 * (`weft-ws`), a static site (`weft publish`) its worker script and route strategy
 * (`weft-worker`, `weft-routes`, `weft-base`). Shared by the boot script and the client, so both
 * open the same kind of connection and report the same route.
 */
import { PROTOCOL_VERSION, type Connection, type HelloBody } from "../protocol/index.js";
import { meta } from "./meta-tag.js";
import { currentRoute } from "./route-href.js";
import { workerConnector } from "./worker-connection.js";
import { WebSocketConnection, webSocketUrl } from "./ws-connection.js";

export interface PageConnector {
  /** Opens a new connection to the app; `hello`, when given, is its first frame. */
  connect: (hello?: string) => Connection;
  /** The page's route as the app sees it (`page.route`). */
  route: () => string;
}


/** The page's connector, or undefined when its meta tags name no app. */
export function pageConnector(): PageConnector | undefined {
  const worker = meta("weft-worker");
  if (worker) {
    return { connect: workerConnector(worker), route: currentRoute };
  }
  const wsPath = meta("weft-ws");
  if (!wsPath) return undefined;
  return { connect: (hello) => new WebSocketConnection(webSocketUrl(wsPath), hello), route: currentRoute };
}

/** A new session's hello: the protocol version, the viewport and the route, as they are now. */
export function freshHello(connector: PageConnector): HelloBody {
  return { v: PROTOCOL_VERSION, width: innerWidth, height: innerHeight, route: connector.route() };
}
