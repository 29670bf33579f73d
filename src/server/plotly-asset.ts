/**
 * plotly.js for `PlotlyChart`, served beside the client as `vendor/plotly.min.js` when the app has
 * the optional package `plotly.js-dist-min` installed (4.8 MB: only apps that draw Plotly figures
 * install it). The page fetches it the first time a PlotlyChart shows; it is streamed from the
 * package's file, never held in memory. Without the package the request gets a 404 that says what
 * to install, and the server's log says it once.
 */
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import type { ClientAsset } from "./client-assets.js";

/** Where plotly.js is, relative to the client's asset base (the client asks for it there). */
export const PLOTLY_ASSET = "vendor/plotly.min.js";

/** What the server says when a page asks for Plotly and the package is not installed. */
export const PLOTLY_MISSING =
  "PlotlyChart draws with Plotly, from the optional package plotly.js-dist-min, which is not installed: run npm install plotly.js-dist-min in the app's folder and restart it";

/** plotly.js's file, resolved from `from` (a file or folder path; default: Weft's own place, as a peer dependency is), if installed. */
export function plotlyFile(from: string = import.meta.url): string | undefined {
  try {
    return createRequire(from).resolve("plotly.js-dist-min");
  } catch {
    return undefined;
  }
}

const added = new WeakMap<ReadonlyMap<string, ClientAsset>, ReadonlyMap<string, ClientAsset>>();

/** The client's assets with plotly.js among them when it is installed; the same map otherwise. */
export function withPlotly(assets: ReadonlyMap<string, ClientAsset>): ReadonlyMap<string, ClientAsset> {
  let out = added.get(assets);
  if (out) return out;
  const path = plotlyFile();
  out = assets;
  if (path) {
    const { size, mtimeMs } = statSync(path);
    const file = { path, size, etag: `plotly-${size.toString(36)}-${Math.round(mtimeMs).toString(36)}` };
    out = new Map([...assets, [PLOTLY_ASSET, { body: new Uint8Array(0), type: "text/javascript; charset=utf-8", file }]]);
  }
  added.set(assets, out);
  return out;
}
