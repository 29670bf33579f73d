/**
 * A throwaway HAProxy for tests, configured as docs/deploy.md shows (round robin, sticky on the
 * `weft_instance` cookie, health checks on `/.well-known/weft/health`, redispatch), with fast
 * checks (every 200 ms, down after 2 failures), on a free 127.0.0.1 port, stopped by pid.
 * `npm test` installs Debian's haproxy when it is missing (scripts/ensure.mjs).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../redis/redis-server.js";

export const HAPROXY = "/usr/sbin/haproxy";

export interface Backend {
  name: string;
  port: number;
}

function config(port: number, backends: readonly Backend[]): string {
  const sticky = backends.map((b) => `  use-server ${b.name} if { req.cook(weft_instance) -m str ${b.name} }`);
  const servers = backends.map((b) => `  server ${b.name} 127.0.0.1:${b.port} check inter 200ms fall 2 rise 1`);
  return [
    "global",
    "  maxconn 256",
    "defaults",
    "  mode http",
    "  timeout connect 5s",
    "  timeout client 60s",
    "  timeout server 60s",
    "  timeout tunnel 1h",
    "frontend www",
    `  bind 127.0.0.1:${port}`,
    "  default_backend weft",
    "backend weft",
    "  balance roundrobin",
    "  option httpchk",
    "  option redispatch",
    "  http-check send meth GET uri /.well-known/weft/health ver HTTP/1.1 hdr Host localhost",
    "  http-check expect status 200",
    ...sticky,
    ...servers,
    "",
  ].join("\n");
}

export class Haproxy {
  readonly port: number;
  readonly #dir: string;
  readonly #child: ChildProcess;
  readonly #exited: Promise<void>;

  private constructor(port: number, dir: string, child: ChildProcess) {
    this.port = port;
    this.#dir = dir;
    this.#child = child;
    this.#exited = new Promise((resolve) => child.once("exit", () => resolve()));
  }

  /** Starts one in front of `backends`; resolves once every backend is up behind it (within 10 s). */
  static async start(backends: readonly Backend[]): Promise<Haproxy> {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "weft-haproxy-"));
    const file = join(dir, "haproxy.cfg");
    writeFileSync(file, config(port, backends));
    const proxy = new Haproxy(port, dir, spawn(HAPROXY, ["-db", "-f", file], { stdio: "ignore" }));
    const deadline = Date.now() + 10_000;
    for (;;) {
      const answered = await fetch(`http://127.0.0.1:${port}/.well-known/weft/health`).then((r) => r.status, () => 0);
      if (answered === 200) break;
      if (Date.now() > deadline) {
        await proxy.stop();
        throw new Error(`haproxy on 127.0.0.1:${port} did not pass a request through within 10 s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Past the first checks, so the balancer counts every backend as up.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** Stops it by pid and removes its folder. */
  async stop(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) process.kill(this.#child.pid!, "SIGTERM");
    await this.#exited;
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
