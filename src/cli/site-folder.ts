/**
 * Writes a published site all at once: every file goes into a temporary folder beside `--out`,
 * which is renamed into place only when all of it is written. A failure leaves no half-built
 * site, and an earlier site in `--out` stays until the new one is complete.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { PublishError } from "./publish-error.js";

/** Files every site `weft publish` writes: an existing `--out` holding them may be replaced. */
const SITE_MARKERS = ["index.html", "app.worker.js"];

/** Writes `files` (relative path → bytes) as the folder `out`, replacing an earlier site there. */
export async function writeSiteFolder(out: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await checkReplaceable(out);
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

/** An existing `out` must be a folder that is empty or an earlier site: never someone's sources. */
async function checkReplaceable(out: string): Promise<void> {
  if (!existsSync(out)) return;
  if (!(await stat(out)).isDirectory()) throw new PublishError(`--out ${out} is a file, not a folder`);
  const entries = await readdir(out);
  if (entries.length === 0 || SITE_MARKERS.every((name) => entries.includes(name))) return;
  throw new PublishError(`--out ${out} already holds files that weft publish did not write; remove it or choose another folder`);
}
