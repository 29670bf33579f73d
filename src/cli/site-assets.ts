/**
 * The app's assets for a static site: `weft publish` copies the app's `assets/` folder (beside the
 * app file, as a served app's `assetsDir` defaults) into the site's `assets/`, so an `Image("x.png")`
 * or `Image("/assets/x.png")` finds the same file in both modes. Like the server, it takes regular
 * files only: no dot files or dot folders, no symlinks (which could reach outside the folder).
 */
import { existsSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/** Where a site keeps the app's assets, relative to the site's root. */
export const SITE_ASSETS = "assets/";

/** The default assets folder of `app`: `assets/` beside it, when that is a folder. */
export function defaultAppAssetsDir(app: string): string | undefined {
  const dir = join(dirname(app), "assets");
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

/** The files of `dir` as site paths (`assets/pics/b.png`) → bytes. */
export async function readSiteAssets(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep);
    if (path.some((part) => part.startsWith("."))) continue;
    files.set(SITE_ASSETS + path.join("/"), await readFile(join(dir, ...path)));
  }
  return files;
}
