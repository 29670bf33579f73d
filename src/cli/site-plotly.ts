/**
 * plotly.js in a static site: copied to `vendor/plotly.min.js` when the app's own sources name
 * `PlotlyChart` (every control's class is in the worker's bundle, so the bundle cannot tell), and
 * only then: 4.8 MB a site without a Plotly figure does not carry. An app that names it without
 * the package installed is refused with what to install.
 */
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { PLOTLY_MISSING, plotlyFile } from "../server/plotly-asset.js";
import { PublishError } from "./publish-error.js";

const NAMED = /\bPlotlyChart\b/;

/** plotly.js's bytes for the site of `app` (whose bundled sources are `sources`), or undefined when it draws no Plotly figure. */
export async function plotlyForSite(app: string, sources: readonly string[]): Promise<Uint8Array | undefined> {
  const texts = await Promise.all(sources.map((path) => readFile(path, "utf8").catch(() => "")));
  if (!texts.some((text) => NAMED.test(text))) return undefined;
  const path = plotlyFile(`${dirname(app)}/`) ?? plotlyFile();
  if (!path) throw new PublishError(`cannot publish ${app}: ${PLOTLY_MISSING}`);
  return new Uint8Array(await readFile(path));
}
