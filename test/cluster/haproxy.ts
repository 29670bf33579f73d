/**
 * A throwaway HAProxy for tests: Debian's `haproxy` (installed by `npm test` when missing,
 * scripts/ensure.mjs) in the foreground on a free 127.0.0.1 port, with the configuration of
 * docs/deploy.md (sticky on the `weft_instance` cookie, health checks on the well-known path,
 * redispatch) and faster checks; stopped by pid.
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
  return `global
  maxconn 512

defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout tunnel 5m

frontend www
  bind 127.0.0.1:${port}
  default_backend weft

backend weft
  balance roundrobin
  option httpchk
  option redispatch
  http-check send meth GET uri /.well-known/weft/health ver HTTP/1.1 hdr Host 127.0.0.1
  http-check expect status 200
${backends.map((b) => `  use-server ${b.name} if { req.cook(weft_instance) -m str ${b.name} }`).join("\n")}
${backends.map((b) => `  server ${b.name} 127.0.0.1:${b.port} check inter 300ms fall 3 rise 1`).join("\n")}
`;
}

export class HaProxy {
  readonly #dir = mkdtempSync(join(tmpdir(), "weft-haproxy-"));
  #child: ChildProcess | undefined;
  #log = "";

  private constructor(readonly port: number) {}

  static async start(backends: readonly Backend[]): Promise<HaProxy> {
    const proxy = new HaProxy(await freePort());
    const file = join(proxy.#dir, "haproxy.cfg");
    writeFileSync(file, config(proxy.port, backends));
    const child = spawn(HAPROXY, ["-db", "-f", file], { stdio: ["ignore", "pipe", "pipe"] });
    proxy.#child = child;
    child.stdout!.on("data", (chunk) => (proxy.#log += String(chunk)));
    child.stderr!.on("data", (chunk) => (proxy.#log += String(chunk)));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** What HAProxy printed (alerts, server state changes). */
  get log(): string {
    return this.#log;
  }

  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(child.pid!, "SIGKILL");
      await exited;
    }
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
