/**
 * `weft start build [--port N] [--host H] [--no-open]`: serves a folder `weft build` wrote, in
 * this process, by importing its `server.js` with the flags installed as overrides (as `weft run`
 * does). `node build/server.js` does the same without the flags.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { setAppOverrides } from "../server/overrides.js";
import { BUILT_SERVER } from "./built-folder.js";
import { parseOrExplain } from "./parse.js";
import { SERVE_OPTIONS, serveOverrides } from "./run.js";
import { UsageError } from "./usage-error.js";

export function parseStartArgs(args: string[], cwd: string): { server: string; overrides: ReturnType<typeof serveOverrides> } {
  const { values, positionals } = parseOrExplain(() => parseArgs({ args, allowPositionals: true, strict: true, options: SERVE_OPTIONS }));
  if (positionals.length > 1) throw new UsageError(`start takes one folder, got ${positionals.length}: ${positionals.join(" ")}`);
  const dir = resolve(cwd, positionals[0] ?? "build");
  const server = join(dir, BUILT_SERVER);
  if (!existsSync(server)) {
    throw new UsageError(`no ${BUILT_SERVER} in ${dir}; build one first: weft build app.ts --out ${positionals[0] ?? "build"}`);
  }
  return { server, overrides: serveOverrides(values) };
}

export async function startCommand(args: string[]): Promise<void> {
  const { server, overrides } = parseStartArgs(args, process.cwd());
  setAppOverrides(overrides);
  // The app's assets/ folder is found beside "the running script", as under `node build/server.js`.
  process.argv[1] = server;
  await import(pathToFileURL(server).href);
}
