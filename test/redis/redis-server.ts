/**
 * A throwaway `redis-server` for tests: a free 127.0.0.1 port, no persistence (`--save ""
 * --appendonly no`), its own empty working directory, stopped by pid. `stop()` and `start()`
 * again on the same port stand for an outage. `npm test` installs Debian's redis-server when it is
 * missing (scripts/ensure.mjs).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";

export const REDIS_SERVER = "/usr/bin/redis-server";

/** A port nobody listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.write("PING\r\n");
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("+PONG"));
      });
    });
    socket.once("error", () => resolve(false));
  });
}

export class RedisServer {
  readonly port: number;
  readonly #dir = mkdtempSync(join(tmpdir(), "weft-redis-"));
  #child: ChildProcess | undefined;

  private constructor(port: number) {
    this.port = port;
  }

  /** Starts one and resolves once it answers PING (within 5 s). */
  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** (Re)starts the server on its port. */
  async start(): Promise<void> {
    if (this.#child) return;
    const args = ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", this.#dir, "--loglevel", "warning"];
    const child = spawn(REDIS_SERVER, args, { stdio: "ignore" });
    this.#child = child;
    child.once("exit", () => {
      if (this.#child === child) this.#child = undefined;
    });
    const deadline = Date.now() + 5000;
    while (!(await answers(this.port))) {
      if (Date.now() > deadline || !this.#child) throw new Error(`redis-server did not answer on 127.0.0.1:${this.port} within 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Stops it by pid (SIGKILL: an outage, not a shutdown) and waits for the exit. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    this.#child = undefined;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(child.pid!, "SIGKILL");
    await exited;
  }

  /** Stops it and removes its directory. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}

/** One server for a test file: started before its first test, disposed of after its last (`holder.server`). */
export function redisForTests(): { readonly server: RedisServer } {
  let server: RedisServer | undefined;
  before(async () => {
    server = await RedisServer.start();
  });
  after(async () => {
    await server?.dispose();
  });
  return {
    get server(): RedisServer {
      if (!server) throw new Error("the test redis-server is not started yet (use it inside a test)");
      return server;
    },
  };
}
