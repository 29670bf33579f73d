/**
 * Writes a published site (or a `weft build` server) all at once: every file goes into a temporary folder beside `--out`,
 * which is renamed into place only when all of it is written. A failure leaves no half-built
 * site, and an earlier site in `--out` stays until the new one is complete.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { PublishError } from "./publish-error.js";

/** Which command writes such folders, and the files each of its folders holds. */
export interface FolderKind {
  command: string;
  /** An existing `--out` holding all of these may be replaced. */
  markers: readonly string[];
}

/** What `weft publish` writes: every site has these. */
const SITE: FolderKind = { command: "weft publish", markers: ["index.html", "app.worker.js"] };

/**
 * Writes `files` (relative path → bytes) as the folder `out`, replacing an earlier one of the same
 * kind there (by default a site of `weft publish`).
 */
export async function writeSiteFolder(out: string, files: ReadonlyMap<string, Uint8Array>, kind: FolderKind = SITE): Promise<void> {
  await checkReplaceable(out, kind);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${basename(out)}.weft-`));
  const old = `${temp}-old`;
  try {
    for (const [path, body] of files) {
      const target = join(temp, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, body);
    }
    // mkdtemp makes the folder private (0700); a site is meant to be read by a web server.
    await chmod(temp, 0o755);
    if (existsSync(out)) await rename(out, old);
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(out)) await rename(old, out);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

/** An existing `out` must be a folder that is empty or an earlier one of its kind: never someone's sources. */
async function checkReplaceable(out: string, kind: FolderKind): Promise<void> {
  if (!existsSync(out)) return;
  if (!(await stat(out)).isDirectory()) throw new PublishError(`--out ${out} is a file, not a folder`);
  const entries = await readdir(out);
  if (entries.length === 0 || kind.markers.every((name) => entries.includes(name))) return;
  throw new PublishError(`--out ${out} already holds files that ${kind.command} did not write; remove it or choose another folder`);
}
