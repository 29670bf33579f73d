/**
 * Child process of `broadcast`: serves either the broadcast app through `appAsync` (`weft`) or a
 * raw `ws` server (`floor`), or the pub/sub app (`pubsub`, in memory; with a `redis://` url, over
 * `redisPubSub`, one of several processes on that Redis). On `tick`, Weft's shared loop sets the
 * Text of every session and updates it (`pubsub`: one session's `sendAll` does); the floor writes
 * the given frame, as is, to every socket.
 *
 * Usage (by the bench): `node --import tsx bench/broadcast-server.ts weft|pubsub|floor <sessions> [redis-url]`
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { appAsync } from "../src/index.js";
import { redisPubSub, type RedisPubSub } from "../src/redis/index.js";
import { broadcastApp, pubsubApp } from "./apps.js";
import { serveParent } from "./child.js";
import { quietLogger } from "./serve-app.js";

const kind = process.argv[2];
const sessions = Number(process.argv[3] ?? 0);
const redisUrl = process.argv[4];
let close: () => Promise<void> = async () => {};
let tick: (value: string, frame: string) => number = () => 0;

async function start(): Promise<Record<string, unknown>> {
  if (kind === "weft" || kind === "pubsub") {
    const app = kind === "weft" ? broadcastApp() : pubsubApp();
    const redis: RedisPubSub | undefined = redisUrl ? redisPubSub({ url: redisUrl }) : undefined;
    await redis?.ready();
    // The bench's sessions all come from 127.0.0.1, opened at once: let one address hold them all.
    const handle = await appAsync(app.main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, maxSessionsPerClient: sessions + 100, maxPendingSocketsPerClient: sessions + 100, maxConnectionsPerClient: sessions + 100, ...(redis ? { pubsub: redis } : {}) });
    close = async () => {
      await handle.close();
      await redis?.close(); // an adapter given to the app is the caller's to close
    };
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
