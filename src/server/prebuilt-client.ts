/**
 * The client built ahead of time: `prepack` writes what `client-assets.ts` builds into
 * `dist/client/` (the files, plus `manifest.json` with their types, the startup chunks and the
 * boot script), and a production server (`NODE_ENV=production`) reads them instead of running
 * esbuild at start (docs/decisions/0035).
 */
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ClientAsset } from "./client-assets.js";
import type { InlineScript } from "./page-html.js";
import { compressible, contentTag } from "./static-assets.js";

/** What the client build gives a host; `client-assets.ts` builds it, this file stores it. */
export interface BuiltClient {
  assets: ReadonlyMap<string, ClientAsset>;
  /** Chunks `weft.js` imports statically: the page preloads them so they load in parallel. */
  startup: string[];
  /** Modules both `weft.js` and lazy chunks use, of which the lazy side has a copy. */
  copied: string[];
  boot: InlineScript;
  /**
   * The files of each lazy group, by the module it is built from (repository-relative, e.g.
   * `src/client/controls/charts.ts`; the grammars under `src/client/code-grammars.ts`): what
   * `weft publish` may leave out of a site that shows none of its controls. Absent in older builds.
   */
  lazy?: Record<string, string[]>;
}

interface Manifest {
  /** Asset path (relative to `dist/client/`) to its `Content-Type`. */
  files: Record<string, string>;
  /** Assets served from disk, not memory: path to `[size, content hash]`. Absent in older builds. */
  streamed?: Record<string, [number, string]>;
  /** The content hash of every other file, which a server reads on its first request. Absent in older builds. */
  tags?: Record<string, string>;
  startup: string[];
  copied: string[];
  boot: InlineScript;
  lazy?: Record<string, string[]>;
}

const MANIFEST = "manifest.json";
const EMPTY = new Uint8Array(0);

/** The environment variable naming a folder with a client build to use before any other. */
export const CLIENT_DIR_ENV = "WEFT_CLIENT_DIR";

/**
 * Assets at least this large that do not compress (fonts, images) are served from disk by a
 * server reading a stored build: of the client, only the Material Symbols font (4 MB) is.
 */
export const STREAM_MIN_BYTES = 256 * 1024;

/** The files a stored `built` is made of: relative path → bytes, `manifest.json` included. */
export function builtClientFiles(built: BuiltClient): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const files: Record<string, string> = {};
  const streamed: Record<string, [number, string]> = {};
  const tags: Record<string, string> = {};
  for (const [path, asset] of built.assets) {
    out.set(path, asset.body);
    files[path] = asset.type;
    if (asset.body.byteLength >= STREAM_MIN_BYTES && !compressible(asset.type)) streamed[path] = [asset.body.byteLength, contentTag(asset.body)];
    else tags[path] = contentTag(asset.body);
  }
  const manifest: Manifest = { files, streamed, tags, startup: built.startup, copied: built.copied, boot: built.boot, lazy: built.lazy };
  out.set(MANIFEST, new TextEncoder().encode(`${JSON.stringify(manifest, null, 1)}\n`));
  return out;
}

/** Writes `built` into `dir` (made if missing). */
export async function writeBuiltClient(dir: string, built: BuiltClient): Promise<void> {
  for (const [path, body] of builtClientFiles(built)) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, body);
  }
}

/** The client stored in `dir`, or undefined when `dir` holds no manifest. */
export async function readBuiltClient(dir: string): Promise<BuiltClient | undefined> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), "utf8")) as Manifest;
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return undefined;
    throw error;
  }
  const assets = new Map<string, ClientAsset>();
  for (const [path, type] of Object.entries(manifest.files)) {
    const streamed = manifest.streamed?.[path];
    const tag = manifest.tags?.[path];
    if (streamed) assets.set(path, { body: EMPTY, type, file: { path: join(dir, path), size: streamed[0], etag: streamed[1] } });
    else if (tag !== undefined) assets.set(path, readOnFirstUse(join(dir, path), type, tag));
    else assets.set(path, { body: await readFile(join(dir, path)), type });
  }
  return { assets, startup: manifest.startup, copied: manifest.copied, boot: manifest.boot, ...(manifest.lazy ? { lazy: manifest.lazy } : {}) };
}

/**
 * An asset whose bytes are read from `path` when first asked for and kept: the file is part of a
 * build that does not change under a running server, and its ETag is the one the build recorded.
 */
function readOnFirstUse(path: string, type: string, etag: string): ClientAsset {
  let body: Uint8Array | undefined;
  return {
    type,
    etag,
    get body() {
      return (body ??= readFileSync(path));
    },
  };
}
