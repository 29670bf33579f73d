/**
 * `weft run app.ts [--port N] [--host H] [--no-open] [--watch]`: serves a TypeScript app file
 * directly. The flags are installed as overrides before the file is imported, so they win over
 * the options the file passes to `app()`. With `--watch` the app runs in a child process that is
 * restarted when a file it imports changes (watch.ts).
 */
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AppOptions } from "../server/options.js";
import { setAppOverrides } from "../server/overrides.js";
import { appFileArg } from "./app-file-arg.js";
import { parseOrExplain } from "./parse.js";
import { UsageError } from "./usage-error.js";
import { runAsWatchChild, WATCH_CHILD_ENV } from "./watch-child.js";

function parsePort(text: string): number {
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new UsageError(`--port must be an integer from 0 to 65535, got ${JSON.stringify(text)}`);
  }
  return port;
}

/** The overrides `--port`, `--host` and `--no-open` imply (`run` and `start` take them). */
export function serveOverrides(values: { port?: string | undefined; host?: string | undefined; "no-open"?: boolean | undefined }): Partial<AppOptions> {
  const overrides: Partial<AppOptions> = {};
  if (values.port !== undefined) overrides.port = parsePort(values.port);
  if (values.host !== undefined) {
    if (values.host.trim() === "") throw new UsageError("--host must not be empty");
    overrides.host = values.host;
  }
  if (values["no-open"]) overrides.view = "none";
  return overrides;
}

/** The options of a command that serves: `run` and `start`. */
export const SERVE_OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  "no-open": { type: "boolean" },
} as const;

/** Parses `run`'s arguments into the app file's URL and the overrides it implies. */
export function parseRunArgs(args: string[], cwd: string): { url: URL; overrides: Partial<AppOptions>; watch: boolean } {
  const { values, positionals } = parseOrExplain(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...SERVE_OPTIONS, watch: { type: "boolean", short: "w" } },
    }),
  );
  const file = appFileArg(positionals, cwd, "run", "weft run app.ts");
  return { url: pathToFileURL(file), overrides: serveOverrides(values), watch: values.watch === true };
}

/** Runs the app file; resolves once its module has loaded (the server keeps the process alive). */
export async function runCommand(args: string[]): Promise<void> {
  const { url, overrides, watch } = parseRunArgs(args, process.cwd());
  if (process.env[WATCH_CHILD_ENV] === "1") return runAsWatchChild(url, overrides);
  // Loaded only for --watch: a plain run starts without the watcher's code.
  if (watch) return (await import("./watch.js")).watchCommand({ app: fileURLToPath(url), overrides, cwd: process.cwd() });
  setAppOverrides(overrides);
  await import(url.href);
}
