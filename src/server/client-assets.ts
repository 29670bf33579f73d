/**
 * The browser client's assets, built in memory once per process with esbuild: the client bundle
 * (`weft.js`) and its lazily loaded chunks, the stylesheet (`weft.css`) and the self-hosted fonts
 * it names (`fonts/…`). Keys are paths relative to wherever the host serves them (the "asset
 * base"). Also the boot script, which the page carries inline (`bootScript()`).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildOptions, Metafile, OutputFile, Plugin } from "esbuild";
import { buildGrammarChunks, grammarChunkNames } from "./code-grammar-chunks.js";
import { highlightCoreAsEsm } from "./highlight-core-esm.js";
import type { InlineScript } from "./page-html.js";
import { builtClientFiles, CLIENT_DIR_ENV, readBuiltClient, writeBuiltClient, type BuiltClient } from "./prebuilt-client.js";

export interface ClientAsset {
  /** The bytes; empty when the asset is served from `file`. */
  body: Uint8Array;
  /** The `Content-Type` to serve it with. */
  type: string;
  /**
   * A large asset of a stored build (the Material Symbols font, 4 MB) is not held in memory:
   * it is streamed from this file at each request, with the ETag and size the build recorded.
   */
  file?: { path: string; size: number; etag: string };
  /**
   * The ETag base the build recorded for `body`: a stored build's other files are read from disk
   * on their first request (so an idle server holds none of them) and kept from then on.
   */
  etag?: string;
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

type Built = BuiltClient;

/** Where `prepack` puts the prebuilt client (`writeClientBuild`). */
const PREBUILT = join(ROOT, "dist/client");

let built: Promise<Built> | undefined;

/**
 * The folder of the client `prepack` built, when this copy of Weft runs compiled from `dist/`
 * (an installed package) and has one: built at the same time as the running code, so never
 * stale. Running from sources (a checkout), there is none, whatever `dist/` holds.
 */
export function prebuiltClientDir(): string | undefined {
  const compiled = import.meta.url.endsWith(".js");
  return compiled && existsSync(join(PREBUILT, "manifest.json")) ? PREBUILT : undefined;
}

/**
 * In production (`NODE_ENV=production`) the client `prepack` built, when the package has it, so
 * no esbuild runs at start; otherwise (development, a checkout) built now, in memory. A folder
 * named by `WEFT_CLIENT_DIR` comes first: `weft run --watch` builds the client once there for
 * every restart of the app.
 */
async function loadAssets(): Promise<Built> {
  const shared = process.env[CLIENT_DIR_ENV];
  if (shared) {
    const prebuilt = await readBuiltClient(shared);
    if (prebuilt) return prebuilt;
  }
  if (process.env["NODE_ENV"] === "production") {
    const prebuilt = await readBuiltClient(PREBUILT);
    if (prebuilt) return prebuilt;
  }
  return buildAssets();
}

/** Builds the client as the files of a stored build (`weft build` puts them in its folder). */
export async function clientBuildFiles(): Promise<Map<string, Uint8Array>> {
  return builtClientFiles(await buildAssets());
}

/** Builds the client and writes it into `dir`: what `prepack` runs for production servers. */
export async function writeClientBuild(dir: string = PREBUILT): Promise<void> {
  await writeBuiltClient(dir, await buildAssets());
}

/** esbuild, loaded only when something is built: a production server never loads it. */
const build = (async (options: BuildOptions) => (await import("esbuild")).build(options)) as typeof import("esbuild").build;

/** Builds the client's assets on first call; later calls share the same result. */
export async function clientAssets(): Promise<ReadonlyMap<string, ClientAsset>> {
  return (await (built ??= loadAssets())).assets;
}

/**
 * The chunks `weft.js` imports at start, as asset paths. Without `<link rel="modulepreload">` the
 * browser finds them only after parsing `weft.js`, one round trip later.
 */
export async function startupChunks(): Promise<string[]> {
  return (await (built ??= loadAssets())).startup;
}

/** Each lazy group's files by the module it is built from (`BuiltClient.lazy`); undefined for an older stored build. */
export async function lazyGroups(): Promise<Readonly<Record<string, readonly string[]>> | undefined> {
  return (await (built ??= loadAssets())).lazy;
}

/** The modules copied into the lazy chunks (paths from the repository root), for tests. */
export async function lazyCopiedModules(): Promise<string[]> {
  return (await (built ??= loadAssets())).copied;
}

/**
 * The boot script (`src/client/boot.ts`), which the page carries inline ahead of everything else
 * so it opens the connection as the page starts (docs/decisions/0011), and its CSP hash.
 */
export async function bootScript(): Promise<InlineScript> {
  return (await (built ??= loadAssets())).boot;
}

/** An inline script with the `'sha256-…'` source that lets exactly it run under the page's CSP. */
function inlineScript(source: string): InlineScript {
  // esbuild escapes "</script" in what it emits; this guards the page should that ever change.
  if (/<\/script/i.test(source) || /<!--/.test(source)) throw new Error("the boot script cannot be put inline: it contains </script or <!--");
  return { source, hash: `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'` };
}

async function buildAssets(): Promise<Built> {
  // weft.js names the grammars' chunks, so they are built first.
  const grammars = await buildGrammarChunks(build, COMMON);
  const [client, boot, style] = await Promise.all([
    buildClient(grammarChunkNames(grammars)),
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
  const script = client.result;
  const map = new Map<string, ClientAsset>();
  for (const file of [...script.outputFiles, ...style.outputFiles]) map.set(keyOf(file), asset(file));
  for (const [key, body] of grammars.files) map.set(key, { body, type: TYPES["js"]! });
  const outputs = script.metafile.outputs;
  // Chunks reached by `import()` are entry points too; the client's own is the one built from main.ts.
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === CLIENT_ENTRY)!;
  const startup = [...staticImports(outputs, entry)].map(assetPath);
  const lazy = lazyGroupFiles(outputs, entry);
  lazy[GRAMMARS_MODULE] = [...grammars.files.keys()];
  return { assets: map, startup, copied: client.copied, boot: inlineScript(boot.outputFiles[0]!.text.trim()), lazy };
}

const CLIENT_OPTIONS = {
  ...COMMON,
  entryPoints: { weft: CLIENT_ENTRY },
  format: "esm",
  platform: "browser",
  // Heavy, rarely needed code (Markdown's parser and sanitiser, @material/web widgets) is
  // loaded with import() when a control first needs it: one file each under `chunks/`.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  plugins: [highlightCoreAsEsm],
} satisfies BuildOptions;

/**
 * The client bundle: `weft.js` and its lazy chunks. Code that both `weft.js` and a lazy chunk
 * import (the DOM helpers, the colours, the protocol) would go to chunks of its own, which every
 * page then fetches at start: three more requests, and with the stylesheet, the font and
 * `weft.js` they fill the browser's six connections to the host, so the app's WebSocket waits
 * for one (issue 6: its handshake reached the server only after every asset). So a second pass
 * gives the lazy side its own copy of those modules and `weft.js` imports nothing. They are small
 * and hold no state (`test/client/client-assets.test.ts` checks both), so two copies behave as one.
 */
async function buildClient(grammars: Plugin) {
  const options = { ...CLIENT_OPTIONS, plugins: [...CLIENT_OPTIONS.plugins, grammars] };
  const first = await build(options);
  const outputs = first.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === CLIENT_ENTRY)!;
  const startup = staticImports(outputs, entry);
  // Every chunk esbuild made for sharing: those weft.js imports, and those two lazy groups share
  // (a canvas's shapes and a chart's parts both keep their props with `chart-data.ts`).
  const common = Object.keys(outputs).filter((path) => path.endsWith(".js") && !outputs[path]!.entryPoint);
  if (common.length === 0) return { result: first, copied: [] };
  const shared = new Set(common.flatMap((chunk) => Object.keys(outputs[chunk]!.inputs)));
  const eager = new Set([...Object.keys(outputs[entry]!.inputs), ...[...startup].flatMap((chunk) => Object.keys(outputs[chunk]!.inputs))]);
  return { result: await build({ ...options, plugins: [...options.plugins, lazyCopies(shared, eager)] }), copied: [...shared].sort() };
}

/** The module the grammars' chunks are filed under in `BuiltClient.lazy`: the one that lists them. */
export const GRAMMARS_MODULE = "src/client/code-grammars.ts";

/** Each lazy group's files (a chunk `import()`ed, with what it imports statically), by the module it is built from. */
function lazyGroupFiles(outputs: Metafile["outputs"], entry: string): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const [path, output] of Object.entries(outputs)) {
    if (path === entry || !output.entryPoint || !path.endsWith(".js")) continue;
    groups[output.entryPoint] = [path, ...staticImports(outputs, path)].map(assetPath);
  }
  return groups;
}

/** An output of the metafile (relative to the repository root) as an asset path (relative to `OUT`). */
function assetPath(path: string): string {
  return relative(OUT, join(ROOT, path)).split("\\").join("/");
}

/** Every output reachable from `from` by static imports (a chunk may import another). */
function staticImports(outputs: Metafile["outputs"], from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    for (const i of outputs[path]?.imports ?? []) {
      if (i.kind !== "import-statement" || seen.has(i.path)) continue;
      seen.add(i.path);
      visit(i.path);
    }
  };
  visit(from);
  return seen;
}

const COPY = "weft-lazy-copy";
const RESOLVING = Symbol("resolving");

/** What a copy carries to the imports it makes: the lazy group it was copied for. */
interface CopyData {
  group: string;
}

/**
 * Resolves imports of `shared` modules from the lazy side (any module not in `eager`, and the
 * copies themselves) to a copy in a namespace of its own, which esbuild bundles apart from the
 * original. Each lazy group (a module `weft.js` loads with `import()`, and what it imports) gets
 * copies of its own, so no two groups share a chunk and each arrives in one request (decision
 * 0048). Paths are relative to the repository root, as in esbuild's metafile.
 */
function lazyCopies(shared: ReadonlySet<string>, eager: ReadonlySet<string>): Plugin {
  const key = (path: string) => relative(ROOT, path).split("\\").join("/");
  /** The lazy group of each module of the lazy side, by absolute path: the group that reached it first. */
  const groups = new Map<string, string>();
  return {
    name: "weft-lazy-copies",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === RESOLVING) return undefined;
        const fromCopy = args.namespace === COPY;
        const fromEager = !fromCopy && eager.has(key(args.importer));
        if (fromEager && args.kind !== "dynamic-import") return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: RESOLVING });
        if (resolved.errors.length > 0) return undefined;
        const group = fromEager ? resolved.path : fromCopy ? (args.pluginData as CopyData).group : (groups.get(args.importer) ?? args.importer);
        if (fromEager || !shared.has(key(resolved.path))) {
          if (!groups.has(resolved.path)) groups.set(resolved.path, group);
          return undefined;
        }
        const data: CopyData = { group };
        return { path: resolved.path, namespace: COPY, suffix: `?${key(group)}`, sideEffects: false, pluginData: data };
      });
      build.onLoad({ filter: /.*/, namespace: COPY }, async (args) => ({
        contents: await readFile(args.path, "utf8"),
        loader: "ts",
        resolveDir: dirname(args.path),
        pluginData: args.pluginData,
      }));
    },
  };
}

function keyOf(file: OutputFile): string {
  return relative(OUT, file.path).split("\\").join("/");
}

function asset(file: OutputFile): ClientAsset {
  const ext = file.path.slice(file.path.lastIndexOf(".") + 1);
  return { body: file.contents, type: TYPES[ext] ?? "application/octet-stream" };
}
