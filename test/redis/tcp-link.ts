/**
 * A TCP link on 127.0.0.1 in front of a port, that a test can cut: every connection through it is
 * destroyed at once (no goodbye reaches either end) and new ones are dropped as they arrive, until
 * `restore()`. It stands for one process losing its network to Redis while the others keep theirs.
 */
import { createServer, connect, type Server, type Socket } from "node:net";

export class TcpLink {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #target: number;
  #cut = false;
  port = 0;

  private constructor(target: number) {
    this.#target = target;
    this.#server = createServer((inbound) => this.#accept(inbound));
  }

  /** Listens on a free port, forwarding to `target` on 127.0.0.1. */
  static async start(target: number): Promise<TcpLink> {
    const link = new TcpLink(target);
    await new Promise<void>((resolve, reject) => {
      link.#server.once("error", reject);
      link.#server.listen(0, "127.0.0.1", () => resolve());
    });
    link.port = (link.#server.address() as { port: number }).port;
    return link;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Connections open through the link now. */
  get open(): number {
    return this.#sockets.size / 2;
  }

  /** Destroys every connection through the link, and every new one until `restore()`. */
  cut(): void {
    this.#cut = true;
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
  }

  restore(): void {
    this.#cut = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(inbound: Socket): void {
    if (this.#cut) {
      inbound.destroy();
      return;
    }
    const outbound = connect(this.#target, "127.0.0.1");
    for (const [from, to] of [
      [inbound, outbound],
      [outbound, inbound],
    ] as const) {
      this.#sockets.add(from);
      from.on("error", () => to.destroy());
      from.on("close", () => {
        this.#sockets.delete(from);
        to.destroy();
      });
      from.pipe(to);
    }
  }
}
