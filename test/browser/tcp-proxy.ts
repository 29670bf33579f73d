/**
 * A TCP proxy on 127.0.0.1 for cutting connections in tests: `cut()` resets every live
 * connection (both ends see the drop at once); `blackhole()` keeps them open but silently drops
 * every byte both ways (a half-open link that only heartbeats can find) until `restore()`;
 * `retarget(port)` sends new connections elsewhere (a balancer that took a process out).
 */
import { createServer, connect, type Server, type Socket } from "node:net";

export interface TcpProxy {
  readonly port: number;
  /** Resets every live connection. */
  cut(): void;
  /** Drops every byte on the live connections from now on, without closing them. */
  blackhole(): void;
  /** New connections go to `port` from now on; live ones stay where they are. */
  retarget(port: number): void;
  /** Ends the proxy and every connection. */
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<{ client: Socket; upstream: Socket; dead: boolean }>();
  let target = targetPort;
  const server: Server = createServer((client) => {
    const upstream = connect(target, "127.0.0.1");
    const pair = { client, upstream, dead: false };
    pairs.add(pair);
    client.on("data", (data) => void (!pair.dead && upstream.write(data)));
    upstream.on("data", (data) => void (!pair.dead && client.write(data)));
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const cut = () => {
    for (const pair of [...pairs]) {
      pair.client.resetAndDestroy();
      pair.upstream.resetAndDestroy();
    }
  };
  return {
    port: (server.address() as { port: number }).port,
    cut,
    blackhole() {
      for (const pair of pairs) pair.dead = true;
    },
    retarget(port) {
      target = port;
    },
    close() {
      cut();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
