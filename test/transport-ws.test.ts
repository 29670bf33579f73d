/**
 * The shared transport contract over a real WebSocket: the server's `wsConnection` on a `ws`
 * server bound to 127.0.0.1 (a free port), and the same adapter on a `ws` client socket.
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer } from "ws";
import { wsConnection } from "../src/server/ws-connection.js";
import { describeTransportContract } from "./transport.contract.js";

describeTransportContract("WebSocket (ws)", async () => {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const accepted = once(wss, "connection") as Promise<[WebSocket]>;
  const client = new WebSocket(`ws://127.0.0.1:${(http.address() as AddressInfo).port}/`);
  await once(client, "open");
  const [server] = await accepted;
  return {
    left: wsConnection(server, "127.0.0.1"),
    right: wsConnection(client, "127.0.0.1"),
    async dispose() {
      for (const socket of wss.clients) socket.terminate();
      client.terminate();
      wss.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
});
