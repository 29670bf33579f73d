/**
 * `client-size`: the browser client as the server ships it (the same in-memory esbuild build the
 * host serves, minified), gzipped at zlib's default level. `client_js_gz_kb` is what a page loads
 * before it can render: `weft.js` and every chunk it imports statically, transitively; the lazily
 * imported chunks (`import()`: Markdown, some widgets) are added in `client_js_all_gz_kb`. The
 * stylesheet is reported beside them; fonts are not counted. Flet's web client (~8 MB) is the
 * reference.
 */
import { posix } from "node:path";
import { gzipSync } from "node:zlib";
import { clientAssets, type ClientAsset } from "../src/server/client-assets.js";
import type { Benchmark, Measurement } from "./benchmark.js";

const ENTRY = "weft.js";
/** `import … from "x"` and `import "x"`, but not `import("x")`. */
const STATIC_IMPORT = /\bimport\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g;

function gzippedKb(body: Uint8Array): number {
  return gzipSync(body).length / 1024;
}

/** The entry and every file it imports statically, transitively, as asset keys. */
export function startupFiles(assets: ReadonlyMap<string, ClientAsset>, entry = ENTRY): string[] {
  const found = new Set<string>();
  const visit = (key: string) => {
    const asset = assets.get(key);
    if (!asset || found.has(key)) return;
    found.add(key);
    const source = new TextDecoder().decode(asset.body);
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const spec = match[1]!;
      if (spec.startsWith(".")) visit(posix.join(posix.dirname(key), spec));
    }
  };
  visit(entry);
  return [...found];
}

export async function measureClientSize(): Promise<Measurement> {
  const assets = await clientAssets();
  const style = assets.get("weft.css");
  if (!assets.has(ENTRY) || !style) throw new Error(`client-size: the client's assets are missing (have ${[...assets.keys()].join(", ")})`);
  const startup = startupFiles(assets);
  const sum = (keys: string[]) => keys.reduce((total, key) => total + gzippedKb(assets.get(key)!.body), 0);
  const allScripts = [...assets.keys()].filter((key) => key.endsWith(".js"));
  return {
    metrics: { client_js_gz_kb: sum(startup), client_js_all_gz_kb: sum(allScripts), client_css_gz_kb: gzippedKb(style.body) },
    notes: startup.length > 1 ? [`client_js_gz_kb counts ${startup.join(" + ")}`] : [],
  };
}

export const clientSize: Benchmark = {
  name: "client-size",
  metrics: ["client_js_gz_kb", "client_js_all_gz_kb", "client_css_gz_kb"],
  run: () => measureClientSize(),
};
