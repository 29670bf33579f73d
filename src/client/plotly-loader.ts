/**
 * plotly.js for the PlotlyChart renderer: fetched once per page from beside the client
 * (`vendor/plotly.min.js`, which the server serves when the optional package is installed), with
 * its stylesheets kept under the page's CSP. Part of the renderer's chunk.
 */

/** The part of plotly.js this renderer calls. */
export interface Plotly {
  react(el: HTMLElement, data: unknown, layout: unknown, config: unknown): Promise<unknown>;
  purge(el: HTMLElement): void;
  Plots: { resize(el: HTMLElement): void };
}

/** Said in the box when plotly.js is not there (the server says so in its log too). */
export const PLOTLY_MISSING =
  "This chart is drawn by Plotly, which is not installed: run npm install plotly.js-dist-min in the app's folder and restart it.";

let loading: Promise<Plotly> | undefined;
let stylesAdopted = false;

/**
 * plotly.js writes its stylesheets (what keeps its plot layers out of the pointer's way, its
 * tooltips, its mode bar, the map library's rules) into `<style>` elements it appends to the
 * head; the page's CSP refuses inline `<style>`, so they would be lost (and every one logged as a
 * violation). From the time Plotly loads, a `<style>` appended to the head becomes a constructed
 * stylesheet adopted by the document (CSSOM, which the CSP allows): the element gets it as its
 * `sheet`, and a `<meta>` of its id stands in the head, so Plotly finds it again by id.
 */
function adoptInlineStyles(): void {
  if (stylesAdopted) return;
  stylesAdopted = true;
  const head = document.head;
  const append = head.appendChild.bind(head);
  head.appendChild = function appendChild<T extends Node>(node: T): T {
    if (!(node instanceof HTMLStyleElement)) return append(node);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(node.textContent ?? "");
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const holder = document.createElement("meta");
    holder.id = node.id;
    for (const el of [node, holder]) Object.defineProperty(el, "sheet", { value: sheet });
    append(holder);
    return node;
  };
}

/**
 * plotly.js, fetched once per page by a classic script (it is a UMD bundle that sets
 * `window.Plotly`). This module is a chunk under `chunks/` (client-assets.ts), so plotly.js,
 * served at the asset base, is one folder up.
 */
export function loadPlotly(): Promise<Plotly> {
  adoptInlineStyles();
  loading ??= new Promise<Plotly>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL("../vendor/plotly.min.js", import.meta.url).href;
    script.addEventListener("load", () => {
      const plotly = (globalThis as { Plotly?: Plotly }).Plotly;
      if (plotly) resolve(plotly);
      else reject(new Error("vendor/plotly.min.js set no window.Plotly"));
    });
    script.addEventListener("error", () => {
      script.remove();
      reject(new Error("vendor/plotly.min.js could not load"));
    });
    document.head.append(script);
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

/** plotly.js if it was asked for (to resize or let go of a plot), else undefined. */
export function plotlyLoaded(): Promise<Plotly> | undefined {
  return loading;
}
