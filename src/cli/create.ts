/**
 * `weft create <name> [--template minimal|counter|multi-page|chat]`: writes a new app folder from
 * `templates/` (shared files in `templates/common/`, then the template's own), replacing
 * `{{name}}`, `{{template}}` and `{{weftVersion}}`. Refuses a name that is not a plain folder and
 * npm package name, and a target folder that exists and is not empty.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseOrExplain } from "./parse.js";
import { UsageError } from "./usage-error.js";
import { weftVersion } from "./version.js";

/** The templates `weft create` offers. */
export const TEMPLATES = ["minimal", "counter", "multi-page", "chat"] as const;
export type TemplateName = (typeof TEMPLATES)[number];

/** npm's rule for a new unscoped package name, which is also a safe folder name everywhere. */
const NAME = /^[a-z0-9][a-z0-9._-]*$/;
const RESERVED = new Set(["node_modules", "favicon.ico"]);
/** Files npm would drop or rename if shipped under their real names. */
const RENAMED: Record<string, string> = { gitignore: ".gitignore" };

const TEMPLATE_ROOT = fileURLToPath(new URL("../../templates/", import.meta.url));

/** Why `name` cannot name a new app, or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  if (name.length > 214) return `the name is ${name.length} characters long; at most 214`;
  if (RESERVED.has(name)) return `"${name}" is reserved`;
  if (!NAME.test(name)) {
    return `"${name}" is not a valid app name: use lowercase letters, digits, "-", "_" and "." (not first), no slashes or spaces`;
  }
  return undefined;
}

export interface CreateResult {
  folder: string;
  template: TemplateName;
  files: string[];
}

/** Writes the app `name` into `cwd/name` from `template`; throws a `UsageError` when it cannot. */
export function createApp(name: string, template: string, cwd: string): CreateResult {
  const problem = nameProblem(name);
  if (problem) throw new UsageError(problem);
  if (!(TEMPLATES as readonly string[]).includes(template)) {
    throw new UsageError(`unknown template "${template}"; choose one of: ${TEMPLATES.join(", ")}`);
  }
  const folder = resolve(cwd, name);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new UsageError(`${folder} already exists and is not empty; choose another name or empty it`);
  }
  const values: Record<string, string> = { name, template, weftVersion: weftVersion() };
  const files = new Map<string, string>();
  for (const source of ["common", template]) {
    const dir = join(TEMPLATE_ROOT, source);
    for (const file of readdirSync(dir)) files.set(RENAMED[file] ?? file, join(dir, file));
  }
  mkdirSync(folder, { recursive: true });
  for (const [target, source] of files) {
    const text = readFileSync(source, "utf8").replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
    writeFileSync(join(folder, target), text);
  }
  return { folder, template: template as TemplateName, files: [...files.keys()].sort() };
}

export async function createCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseOrExplain(() =>
    parseArgs({ args, allowPositionals: true, strict: true, options: { template: { type: "string", short: "t" } } }),
  );
  if (positionals.length !== 1) throw new UsageError("create takes one app name, e.g. weft create my-app");
  const name = positionals[0]!;
  const result = createApp(name, values.template ?? "minimal", process.cwd());
  process.stdout.write(
    `Created ${result.folder} (template ${result.template}): ${result.files.join(", ")}\n\n` +
      `Next:\n  cd ${name}\n  npm install\n  npm run dev\n`,
  );
}
