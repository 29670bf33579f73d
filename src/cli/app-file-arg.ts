/** The one app file a command takes (`weft run app.ts`, `publish`, `build`), checked and absolute. */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "./usage-error.js";

/** `positionals` must be exactly one existing file; `usage` is the example shown when none is given. */
export function appFileArg(positionals: string[], cwd: string, command: string, usage: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} needs an app file, e.g. ${usage}`);
  if (positionals.length > 1) throw new UsageError(`${command} takes one app file, got ${positionals.length}: ${positionals.join(" ")}`);
  const file = resolve(cwd, positionals[0]!);
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (!statSync(file).isFile()) throw new UsageError(`not a file: ${file}`);
  return file;
}
