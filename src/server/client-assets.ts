/**
 * The browser client's assets, built in memory once per process with esbuild: the client bundle
 * (`weft.js`) and its lazily loaded chunks, the stylesheet (`weft.css`) and the self-hosted fonts
 * it names (`fonts/…`). Keys are paths relative to wherever the host serves them (the "asset
 * base"). Also the boot script, which the page carries inline (`bootScript()`).
 */
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type OutputFile } from "esbuild";
import type { InlineScript } from "./page-html.js";

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
  // es2022 keeps class fields and #privates native (es2020 lowers them to defineProperty calls
  // and WeakMaps, ~15% slower when inserting 10,000 controls); every browser Weft supports has them.
  target: "es2022",
  outdir: OUT,
  logLevel: "silent",
  legalComments: "none",
} satisfies BuildOptions;

const CLIENT_ENTRY = "src/client/main.ts";

interface Built {
  assets: ReadonlyMap<string, ClientAsset>;
  /** Chunks `weft.js` imports statically: the page preloads them so they load in parallel. */
  startup: string[];
  boot: InlineScript;
}

let built: Promise<Built> | undefined;

/** Builds the client's assets on first call; later calls share the same result. */
export async function clientAssets(): Promise<ReadonlyMap<string, ClientAsset>> {
  return (await (built ??= buildAssets())).assets;
}

/**
 * The chunks `weft.js` imports at start, as asset paths. Without `<link rel="modulepreload">` the
 * browser finds them only after parsing `weft.js`, one round trip later.
 */
export async function startupChunks(): Promise<string[]> {
  return (await (built ??= buildAssets())).startup;
}

/**
 * The boot script (`src/client/boot.ts`), which the page carries inline ahead of everything else
 * so it opens the connection as the page starts (docs/decisions/0011), and its CSP hash.
 */
export async function bootScript(): Promise<InlineScript> {
  return (await (built ??= buildAssets())).boot;
}

/** An inline script with the `'sha256-…'` source that lets exactly it run under the page's CSP. */
function inlineScript(source: string): InlineScript {
  // esbuild escapes "</script" in what it emits; this guards the page should that ever change.
  if (/<\/script/i.test(source) || /<!--/.test(source)) throw new Error("the boot script cannot be put inline: it contains </script or <!--");
  return { source, hash: `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'` };
}

async function buildAssets(): Promise<Built> {
  const [script, boot, style] = await Promise.all([
    build({
      ...COMMON,
      entryPoints: { weft: CLIENT_ENTRY },
      format: "esm",
      platform: "browser",
      // Heavy, rarely needed code (Markdown's parser and sanitiser, @material/web widgets) is
      // loaded with import() when a control first needs it: one file each under `chunks/`.
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
      metafile: true,
    }),
    // A classic script (an IIFE): it runs inline, as the parser reaches it.
    build({
      ...COMMON,
      entryPoints: { boot: "src/client/boot.ts" },
      format: "iife",
      platform: "browser",
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
  const outputs = script.metafile.outputs;
  // Chunks reached by `import()` are entry points too; the client's own is the one built from main.ts.
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === CLIENT_ENTRY)!;
  // Every chunk reachable by static imports from the entry (a chunk may import another).
  const seen = new Set<string>();
  const visit = (path: string) => {
    for (const i of outputs[path]?.imports ?? []) {
      if (i.kind !== "import-statement" || seen.has(i.path)) continue;
      seen.add(i.path);
      visit(i.path);
    }
  };
  visit(entry);
  const startup = [...seen].map((path) => relative(OUT, join(ROOT, path)).split("\\").join("/"));
  return { assets: map, startup, boot: inlineScript(boot.outputFiles[0]!.text.trim()) };
}

function keyOf(file: OutputFile): string {
  return relative(OUT, file.path).split("\\").join("/");
}

function asset(file: OutputFile): ClientAsset {
  const ext = file.path.slice(file.path.lastIndexOf(".") + 1);
  return { body: file.contents, type: TYPES[ext] ?? "application/octet-stream" };
}
