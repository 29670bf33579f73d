/**
 * A TCP proxy on 127.0.0.1 that adds a round trip: every chunk, either way, is forwarded
 * `roundTripMs / 2` after it arrived, in order. What a visitor 50 ms away from the server sees,
 * without leaving the machine (HTTP and the WebSocket go through it alike).
 */
import { connect, createServer, type Server, type Socket } from "node:net";

export interface LatencyProxy {
  /** `http://127.0.0.1:<port>/`, the proxy's address with the target's path. */
  readonly url: string;
  close(): Promise<void>;
}

/** Forwards `from`'s bytes to `to`, each chunk `delayMs` late; timers of one delay fire in order. */
function delayed(from: Socket, to: Socket, delayMs: number): void {
  from.on("data", (chunk) => {
    setTimeout(() => {
      if (!to.destroyed) to.write(chunk);
    }, delayMs);
  });
  from.on("end", () => setTimeout(() => to.end(), delayMs));
}

/** Starts a proxy in front of `targetUrl` (which must be on 127.0.0.1) adding `roundTripMs`. */
export async function startLatencyProxy(targetUrl: string, roundTripMs: number): Promise<LatencyProxy> {
  const target = new URL(targetUrl);
  if (target.hostname !== "127.0.0.1") throw new Error(`the latency proxy forwards only to 127.0.0.1, not ${targetUrl}`);
  if (!(roundTripMs >= 0)) throw new Error(`the latency proxy needs a round trip of 0 ms or more, not ${roundTripMs}`);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
      socket.on("error", () => {});
    }
    delayed(client, upstream, roundTripMs / 2);
    delayed(upstream, client, roundTripMs / 2);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}${target.search}`,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
