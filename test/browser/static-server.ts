/**
 * Serves a folder with Python's standard library, so a published site is tested the way it will
 * be hosted: by a plain static file server, with no Node process answering. The server is a
 * child process on 127.0.0.1 and a free port, stopped by its pid.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { TIMEOUT_MS, type Served } from "./harness.js";

/** A server answering misses under `/<site>/` with that site's `404.html` (as GitHub Pages does). */
const FALLBACK_HOST = fileURLToPath(new URL("fixtures/static-host.py", import.meta.url));

export interface StaticServerOptions {
  /** Serve `404.html` for missing paths, instead of plain `python3 -m http.server`. */
  fallback?: boolean;
}

/** A port that was free a moment ago (Python cannot report the port it picked for 0). */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Starts serving `dir`; resolves once it answers. `close()` kills the server by its pid. */
export async function serveStatic(dir: string, options: StaticServerOptions = {}): Promise<Served> {
  const port = await freePort();
  const args = options.fallback
    ? [FALLBACK_HOST, String(port), dir]
    : ["-m", "http.server", "--bind", "127.0.0.1", String(port), "--directory", dir];
  const child = spawn("python3", args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = once(child, "exit");
  const url = `http://127.0.0.1:${port}/`;
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    process.kill(child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, "SIGKILL");
  };
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`python3 ${args.join(" ")} exited with ${child.exitCode}: ${stderr}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      return { url, close };
    } catch {
      if (Date.now() > deadline) {
        await close();
        throw new Error(`python3 did not answer on ${url} within ${TIMEOUT_MS} ms: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
