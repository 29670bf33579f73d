/**
 * What the package tests share: running a command that must succeed, packing the repository (and
 * any of its `packages/`) with `npm pack` (which builds `dist/` through `prepack`), and serving an
 * installed app until its page answers. Nothing here touches the repository's node_modules.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The environment for commands: npm's update check off, and no NODE_TEST_CONTEXT, so a `node --test` run inside reports as it would in a terminal. */
function commandEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: "false" };
  delete env["NODE_TEST_CONTEXT"];
  return env;
}

export function run(command: string, args: string[], cwd: string, timeout = 120_000): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout, env: commandEnv() });
  assert.equal(result.status, 0, `${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Packs the repository and each of `folders` (relative to it) into `dir`; returns the tarballs' paths in order. */
export function pack(dir: string, folders: string[] = []): string[] {
  const output = run("npm", ["pack", "--silent", "--pack-destination", dir, ".", ...folders.map((folder) => `./${folder}`)], ROOT);
  const names = output.split("\n").map((line) => line.trim()).filter((line) => line.endsWith(".tgz"));
  assert.equal(names.length, 1 + folders.length, `npm pack printed ${output}`);
  return names.map((name) => join(dir, name));
}

/** Installs `specs` into `project` from npm's cache where it can. */
export function install(project: string, specs: string[]): void {
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--silent", ...specs], project);
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServeOptions {
  /** Added to the server's environment. */
  env?: Record<string, string>;
  /** Runs once the page answered, before the server is stopped, with the server's pid. */
  whileServing?: (pid: number) => Promise<void>;
}

/** Starts `node args` in `cwd`, waits (at most 20 s) until `url` answers, returns the page and stops it. */
export async function serveAndFetch(cwd: string, args: string[], url: string, options: ServeOptions = {}): Promise<string> {
  const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...options.env } });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    const deadline = Date.now() + 20_000;
    let page: string | undefined;
    while (page === undefined) {
      try {
        page = await (await fetch(url)).text();
      } catch (error) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no answer from ${url}: ${output}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await options.whileServing?.(child.pid!);
    return page;
  } finally {
    child.kill("SIGTERM");
  }
}
