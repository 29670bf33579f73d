/**
 * `client-size`: the browser client as the server ships it (`weft.js`, minified by the same
 * in-memory esbuild build the host serves), gzipped at zlib's default level; the stylesheet
 * likewise, for the record. Fonts are not counted. Flet's web client (~8 MB) is the reference.
 */
import { gzipSync } from "node:zlib";
import { clientAssets } from "../src/server/client-assets.js";
import type { Benchmark, Measurement } from "./benchmark.js";

function gzippedKb(body: Uint8Array): number {
  return gzipSync(body).length / 1024;
}

export async function measureClientSize(): Promise<Measurement> {
  const assets = await clientAssets();
  const script = assets.get("weft.js");
  const style = assets.get("weft.css");
  if (!script || !style) throw new Error(`client-size: the client's assets are missing (have ${[...assets.keys()].join(", ")})`);
  return { metrics: { client_js_gz_kb: gzippedKb(script.body), client_css_gz_kb: gzippedKb(style.body) }, notes: [] };
}

export const clientSize: Benchmark = {
  name: "client-size",
  metrics: ["client_js_gz_kb", "client_css_gz_kb"],
  run: () => measureClientSize(),
};
