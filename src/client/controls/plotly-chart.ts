/**
 * `plotlychart`: a Plotly figure drawn by plotly.js, which the server serves beside the client
 * (`vendor/plotly.min.js`) when the app has the optional package installed. It is fetched the
 * first time a PlotlyChart shows, so no other page ever loads it; without it the box says what to
 * install. The box follows its size (a ResizeObserver), and a click on a point is sent as
 * `click` with the points' trace, index, x and y.
 */
import { EventName, type JsonValue } from "../../protocol/index.js";
import { attr, h, str } from "../dom.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";

/** The part of plotly.js this renderer calls. */
interface Plotly {
  react(el: HTMLElement, data: unknown, layout: unknown, config: unknown): Promise<unknown>;
  purge(el: HTMLElement): void;
  Plots: { resize(el: HTMLElement): void };
}

type Point = { curveNumber?: unknown; pointNumber?: unknown; pointIndex?: unknown; x?: unknown; y?: unknown };
type PlotDiv = HTMLElement & { on?(event: string, listener: (data: { points?: Point[] }) => void): void };

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

/** plotly.js, fetched once per page; its script sets `window.Plotly`. */
function loadPlotly(): Promise<Plotly> {
  adoptInlineStyles();
  loading ??= import(/* @vite-ignore */ new URL("vendor/plotly.min.js", import.meta.url).href).then(() => {
    const plotly = (globalThis as { Plotly?: Plotly }).Plotly;
    if (!plotly) throw new Error("vendor/plotly.min.js set no window.Plotly");
    return plotly;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

interface PlotlyView {
  readonly element: HTMLElement;
  readonly plot: PlotDiv;
  redraw(): void;
  destroy(): void;
}

function axisValue(value: unknown): JsonValue {
  return typeof value === "number" && Number.isFinite(value) ? value : typeof value === "string" ? value.slice(0, 1000) : null;
}

function create(ctx: RenderContext): PlotlyView {
  const element = h("div", "weft-plotly");
  const plot: PlotDiv = h("div", "weft-plotly__plot");
  element.append(plot);
  element.setAttribute("role", "img");
  element.setAttribute("aria-busy", "true");
  let frame = 0;
  let gone = false;
  let listening = false;

  function draw(): void {
    frame = 0;
    loadPlotly().then(
      (plotly) => {
        if (gone) return;
        const figure = (ctx.props.figure ?? { data: [] }) as { data?: unknown; layout?: Record<string, unknown>; config?: Record<string, unknown> };
        const own = ctx.props.originalSize === true;
        const layout = { ...figure.layout, ...(own ? {} : { autosize: true, width: undefined, height: undefined }) };
        const config = { responsive: !own, ...figure.config };
        void plotly.react(plot, figure.data ?? [], layout, config).then(() => {
          element.removeAttribute("aria-busy");
          const title = (figure.layout?.title as { text?: unknown } | string | undefined) ?? "";
          if (!str(ctx.props.semanticsLabel)) attr(element, "aria-label", typeof title === "string" ? title : str(title.text as JsonValue) || "A Plotly chart");
          if (listening || !plot.on) return;
          listening = true;
          plot.on("plotly_click", (data) => {
            const points = (data.points ?? []).slice(0, 100).map((p) => ({
              curveNumber: Number(p.curveNumber) | 0,
              pointNumber: Number(p.pointNumber ?? p.pointIndex) | 0,
              x: axisValue(p.x),
              y: axisValue(p.y),
            }));
            ctx.fire(EventName.click, { points });
          });
        });
      },
      (error: unknown) => {
        if (gone) return;
        console.error("[weft] PlotlyChart: plotly.js could not load", error);
        element.removeAttribute("aria-busy");
        element.setAttribute("role", "alert");
        plot.textContent = PLOTLY_MISSING;
        element.classList.add("weft-plotly--missing");
      },
    );
  }
  function redraw(): void {
    if (!frame && !gone) frame = requestAnimationFrame(draw);
  }
  const size = new ResizeObserver(function resized() {
    if (ctx.props.originalSize !== true) loading?.then((plotly) => plot.isConnected && plotly.Plots.resize(plot), () => {});
  });
  size.observe(element);
  redraw();
  return {
    element,
    plot,
    redraw,
    destroy() {
      gone = true;
      if (frame) cancelAnimationFrame(frame);
      size.disconnect();
      loading?.then((plotly) => plotly.purge(plot), () => {});
    },
  };
}

const redraw: PropSetter<PlotlyView> = (view) => view.redraw();

export const plotlyChart = defineRenderer("plotlychart", {
  create,
  props: {
    figure: redraw,
    originalSize: redraw,
    semanticsLabel: ({ element }, value) => attr(element, "aria-label", str(value) || null),
  },
});
