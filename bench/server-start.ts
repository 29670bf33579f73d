/**
 * `server-start`: a hello app's production server (`weft build`, then plain `node
 * build/server.js`) from spawn to the line that says it listens, and its resident memory (RSS of
 * the process and every child it has) idle after start and after one visit (the page, `weft.js`
 * and a session that is welcomed and gets its patch). Side by side in the same run: the same app
 * under `weft run` (tsx, the client built in memory by an esbuild service process) and a bare
 * `node:http` server (the floor: what Node itself holds). Starts alternate; medians are reported.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebSocket } from "ws";
import { buildServer } from "../src/cli/build.js";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { REPO_ROOT } from "./child.js";
import { median } from "./stats.js";

const RUNS: Record<Scale, number> = { full: 5, smoke: 1 };
const TIMEOUT_MS = 30_000;
/** How long a server sits after starting (or after the visit) before its memory is read. */
const SETTLE_MS = 1000;

const FLOOR_SOURCE = `require("node:http").createServer((q, s) => s.end("hello")).listen(0, "127.0.0.1", function () { console.log("listening at http://127.0.0.1:" + this.address().port + "/"); });`;

interface Sample {
  startMs: number;
  idleRssMb: number;
  visitedRssMb: number;
  children: number;
}

/** RSS in MB of `pid` and all its descendants (Linux /proc), and how many descendants there are. */
function treeRss(pid: number): { mb: number; descendants: number } {
  let kb = 0;
  let descendants = -1;
  const queue = [pid];
  while (queue.length > 0) {
    const at = queue.shift()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${at}/status`, "utf8"))?.[1] ?? 0);
      descendants++;
      for (const task of readFileSync(`/proc/${at}/task/${at}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) queue.push(Number(task));
    } catch {
      // gone meanwhile
    }
  }
  return { mb: kb / 1024, descendants: Math.max(0, descendants) };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(child.pid!, "SIGTERM");
  const force = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(force);
}

/** Spawns, times until the URL line, reads RSS idle, visits (when `weft`), reads it again. */
async function sample(command: string, args: string[], cwd: string, weft: boolean): Promise<Sample> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, CI: "1" }, stdio: ["ignore", "pipe", "inherit"] });
  try {
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within ${TIMEOUT_MS} ms: ${output}`)), TIMEOUT_MS);
      child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
        output += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[0]);
        }
      });
      child.once("exit", (code) => reject(new Error(`exited with ${code} before listening: ${output}`)));
    });
    const startMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const idle = treeRss(child.pid!);
    if (weft) await visit(url);
    else await (await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) })).text();
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const visited = treeRss(child.pid!);
    return { startMs, idleRssMb: idle.mb, visitedRssMb: visited.mb, children: Math.max(idle.descendants, visited.descendants) };
  } finally {
    await stop(child);
  }
}

/** One visit: the page, the client it names, and a session until its first patch. */
async function visit(url: string): Promise<void> {
  const html = await (await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) })).text();
  const script = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
  if (!script) throw new Error("the page names no client script");
  await (await fetch(new URL(script, url), { signal: AbortSignal.timeout(TIMEOUT_MS) })).arrayBuffer();
  const socket = new WebSocket(new URL("/_weft/ws", url.replace(/^http/, "ws")));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no patch within the bound")), TIMEOUT_MS);
    socket.on("open", () => socket.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }])));
    socket.on("message", (data) => {
      if (!String(data).startsWith('["patch"')) return;
      clearTimeout(timer);
      resolve();
    });
    socket.on("error", reject);
  });
  socket.close();
}

export async function measureServerStart(runs: number): Promise<Measurement> {
  const dir = await mkdtemp(join(tmpdir(), "weft-bench-start-"));
  try {
    await symlink(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"));
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    await writeFile(
      join(dir, "hello.ts"),
      `import { app, Text, type Page } from ${JSON.stringify(join(REPO_ROOT, "src", "index.ts"))};\n` +
        `app(async (page: Page) => { await page.add(new Text("Hello, async world!")); }, { port: 0, view: "none" });\n`,
    );
    await buildServer({ app: join(dir, "hello.ts"), out: join(dir, "build"), cwd: dir });
    const built: Sample[] = [];
    const dev: Sample[] = [];
    const floor: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      built.push(await sample(process.execPath, [join(dir, "build", "server.js")], dir, true));
      dev.push(await sample(process.execPath, [join(REPO_ROOT, "bin", "weft.js"), "run", "hello.ts", "--no-open"], dir, true));
      floor.push(await sample(process.execPath, ["-e", FLOOR_SOURCE], dir, false));
    }
    const med = (samples: Sample[], key: keyof Sample) => median(samples.map((s) => s[key]));
    return {
      metrics: {
        server_start_ms: med(built, "startMs"),
        server_idle_rss_mb: med(built, "idleRssMb"),
        server_visited_rss_mb: med(built, "visitedRssMb"),
        server_child_processes: Math.max(...built.map((s) => s.children)),
        dev_server_start_ms: med(dev, "startMs"),
        dev_server_idle_rss_mb: med(dev, "idleRssMb"),
        node_http_floor_start_ms: med(floor, "startMs"),
        node_http_floor_rss_mb: med(floor, "idleRssMb"),
      },
      notes: [],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const serverStart: Benchmark = {
  name: "server-start",
  metrics: [
    "server_start_ms",
    "server_idle_rss_mb",
    "server_visited_rss_mb",
    "server_child_processes",
    "dev_server_start_ms",
    "dev_server_idle_rss_mb",
    "node_http_floor_start_ms",
    "node_http_floor_rss_mb",
  ],
  run: (scale) => measureServerStart(RUNS[scale]),
};
