/**
 * Child process of `broadcast`: serves either the broadcast app through `appAsync` (`weft`) or a
 * raw `ws` server (`floor`). On `tick`, Weft's shared loop sets the Text of every session and
 * updates it; the floor writes the given frame, as is, to every socket.
 *
 * Usage (by the bench): `node --import tsx bench/broadcast-server.ts weft|floor <sessions>`
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { appAsync } from "../src/index.js";
import { broadcastApp } from "./apps.js";
import { serveParent } from "./child.js";
import { quietLogger } from "./serve-app.js";

const kind = process.argv[2];
const sessions = Number(process.argv[3] ?? 0);
let close: () => Promise<void> = async () => {};
let tick: (value: string, frame: string) => number = () => 0;

async function start(): Promise<Record<string, unknown>> {
  if (kind === "weft") {
    const app = broadcastApp();
    // The bench's sessions all come from 127.0.0.1, opened at once: let one address hold them all.
    const handle = await appAsync(app.main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, maxSessionsPerClient: sessions + 100, maxPendingSocketsPerClient: sessions + 100, maxConnectionsPerClient: sessions + 100 });
    close = () => handle.close();
    tick = (value) => app.broadcast(value);
    return { url: `ws://127.0.0.1:${handle.port}/_weft/ws` };
  }
  if (kind === "floor") {
    const http = createServer((_req, res) => res.writeHead(404).end());
    const wss = new WebSocketServer({ server: http, path: "/ws" });
    const sockets = new Set<WebSocket>();
    wss.on("connection", (socket) => {
      socket.on("error", () => {});
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    close = async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      http.close();
    };
    tick = (_value, frame) => {
      for (const socket of sockets) socket.send(frame);
      return sockets.size;
    };
    return { url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/ws` };
  }
  throw new Error(`broadcast-server: unknown kind ${kind}`);
}

await serveParent(
  start,
  async (message) => {
    if (message.type !== "tick") return undefined;
    const started = performance.now();
    const reached = tick(String(message.value), String(message.frame ?? ""));
    return { type: "ticked", reached, loopMs: performance.now() - started };
  },
  () => close(),
);
