/**
 * The API reference: TypeDoc over the public entries (`src/index.ts`, `weftjs/testing`,
 * `weftjs/redis`) with the guides in `docs/*.md` beside it, written to `.cache/gallery-assets/api/`
 * (not committed) and served by `npm start` at `/assets/api/index.html`. Built again only when a
 * source or guide is newer than the last build.
 *
 * Run directly: `node scripts/api-docs.mjs` (prints where it wrote, or that it was current).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "./ensure.mjs";

export const API_DOCS_DIR = join(root, ".cache", "gallery-assets", "api");

/** The newest modification time of the files below `dir` (or of the file itself). */
function newest(dir) {
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(dir)) latest = Math.max(latest, newest(join(dir, entry)));
  return latest;
}

/** Whether the reference is missing or older than what it documents. */
export function apiDocsStale() {
  const index = join(API_DOCS_DIR, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return ["src", "docs", "README.md", "typedoc.json"].some((path) => newest(join(root, path)) > built);
}

/** Builds the reference when stale; returns TypeDoc's exit status (0 when it was current). */
export function buildApiDocs() {
  if (!apiDocsStale()) return 0;
  const typedoc = join(root, "node_modules", "typedoc", "bin", "typedoc");
  const result = spawnSync(process.execPath, [typedoc, "--options", join(root, "typedoc.json")], { cwd: root, stdio: "inherit" });
  return result.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const status = buildApiDocs();
  if (status === 0) console.log(`API reference in ${API_DOCS_DIR}`);
  process.exit(status);
}
