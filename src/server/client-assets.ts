/**
 * The browser client's assets, built in memory once per process with esbuild: the client bundle
 * (`weft.js`), its stylesheet (`weft.css`) and the self-hosted fonts it names (`fonts/…`). Keys
 * are paths relative to wherever the host serves them (the "asset base").
 */
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type OutputFile } from "esbuild";

export interface ClientAsset {
  body: Uint8Array;
  /** The `Content-Type` to serve it with. */
  type: string;
}

/** The repository root, two levels above this file (`src/server/`). */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** A directory that is never written (`write: false`); output paths are relative to it. */
const OUT = `${ROOT}.weft-assets`;

const TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  woff2: "font/woff2",
  map: "application/json",
};

const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  write: false as const,
  minify: true,
  target: "es2020",
  outdir: OUT,
  logLevel: "silent",
  legalComments: "none",
} satisfies BuildOptions;

let assets: Promise<ReadonlyMap<string, ClientAsset>> | undefined;

/** Builds the client's assets on first call; later calls share the same result. */
export function clientAssets(): Promise<ReadonlyMap<string, ClientAsset>> {
  assets ??= buildAssets();
  return assets;
}

async function buildAssets(): Promise<ReadonlyMap<string, ClientAsset>> {
  const [script, style] = await Promise.all([
    build({
      ...COMMON,
      entryPoints: { weft: "src/client/main.ts" },
      format: "esm",
      platform: "browser",
      // Heavy, rarely needed code (Markdown's parser and sanitiser, @material/web widgets) is
      // loaded with import() when a control first needs it: one file each under `chunks/`.
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
    }),
    build({
      ...COMMON,
      entryPoints: { weft: "src/client/styles/weft.css" },
      // Fonts are copied beside the stylesheet under `fonts/` and the CSS `url(…)`s point there.
      loader: { ".woff2": "file" },
      assetNames: "fonts/[name]",
    }),
  ]);
  const map = new Map<string, ClientAsset>();
  for (const file of [...script.outputFiles, ...style.outputFiles]) map.set(keyOf(file), asset(file));
  return map;
}

function keyOf(file: OutputFile): string {
  return relative(OUT, file.path).split("\\").join("/");
}

function asset(file: OutputFile): ClientAsset {
  const ext = file.path.slice(file.path.lastIndexOf(".") + 1);
  return { body: file.contents, type: TYPES[ext] ?? "application/octet-stream" };
}
