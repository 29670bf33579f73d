/**
 * Child process of `session-heap` (run with `--expose-gc`): serves either the counter app through
 * `appAsync` (`weft`) or bare `ws` connections (`floor`), and answers `measure` with the heap in
 * use after a full garbage collection.
 *
 * Usage (by the bench): `node --expose-gc --import tsx bench/heap-server.ts weft|floor <sessions>`
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { appAsync } from "../src/index.js";
import { counterApp } from "./apps.js";
import { collectGarbage, serveParent } from "./child.js";
import { quietLogger } from "./serve-app.js";

const kind = process.argv[2];
const sessions = Number(process.argv[3] ?? 0);
let close: () => Promise<void> = async () => {};

async function start(): Promise<Record<string, unknown>> {
  if (kind === "weft") {
    // The bench's sessions all come from 127.0.0.1, opened at once: let one address hold them all.
    const handle = await appAsync(counterApp, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, maxSessionsPerClient: sessions + 100, maxPendingSocketsPerClient: sessions + 100, maxConnectionsPerClient: sessions + 100 });
    close = () => handle.close();
    return { url: `ws://127.0.0.1:${handle.port}/_weft/ws` };
  }
  if (kind === "floor") {
    const http = createServer((_req, res) => res.writeHead(404).end());
    const wss = new WebSocketServer({ server: http, path: "/ws" });
    wss.on("connection", (socket) => socket.on("error", () => {}));
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    close = async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      http.close();
    };
    return { url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/ws` };
  }
  throw new Error(`heap-server: unknown kind ${kind}`);
}

await serveParent(
  start,
  async (message) => {
    if (message.type !== "measure") return undefined;
    await collectGarbage();
    const usage = process.memoryUsage();
    return { type: "measured", heapUsed: usage.heapUsed, external: usage.external, arrayBuffers: usage.arrayBuffers };
  },
  () => close(),
);
