/**
 * `weft run app.ts [--port N] [--host H] [--no-open]`: serves a TypeScript app file directly.
 * The flags are installed as overrides before the file is imported, so they win over the options
 * the file passes to `app()`.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import type { AppOptions } from "../server/options.js";
import { setAppOverrides } from "../server/overrides.js";
import { parseOrExplain } from "./parse.js";
import { UsageError } from "./usage-error.js";

function parsePort(text: string): number {
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new UsageError(`--port must be an integer from 0 to 65535, got ${JSON.stringify(text)}`);
  }
  return port;
}

/** Parses `run`'s arguments into the app file's URL and the overrides it implies. */
export function parseRunArgs(args: string[], cwd: string): { url: URL; overrides: Partial<AppOptions> } {
  const { values, positionals } = parseOrExplain(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        "no-open": { type: "boolean" },
      },
    }),
  );
  if (positionals.length === 0) throw new UsageError("run needs an app file, e.g. weft run app.ts");
  if (positionals.length > 1) throw new UsageError(`run takes one app file, got ${positionals.length}: ${positionals.join(" ")}`);

  const file = resolve(cwd, positionals[0]!);
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (!statSync(file).isFile()) throw new UsageError(`not a file: ${file}`);

  const overrides: Partial<AppOptions> = {};
  if (values.port !== undefined) overrides.port = parsePort(values.port);
  if (values.host !== undefined) {
    if (values.host.trim() === "") throw new UsageError("--host must not be empty");
    overrides.host = values.host;
  }
  if (values["no-open"]) overrides.view = "none";
  return { url: pathToFileURL(file), overrides };
}

/** Runs the app file; resolves once its module has loaded (the server keeps the process alive). */
export async function runCommand(args: string[]): Promise<void> {
  const { url, overrides } = parseRunArgs(args, process.cwd());
  setAppOverrides(overrides);
  await import(url.href);
}
