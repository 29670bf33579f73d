/**
 * `plotlychart`: a Plotly figure drawn by plotly.js, which the server serves beside the client
 * (`vendor/plotly.min.js`) when the app has the optional package installed. It is fetched the
 * first time a PlotlyChart shows, so no other page ever loads it; without it the box says what to
 * install. The box follows its size (a ResizeObserver), and a click on a point is sent as
 * `click` with the points' trace, index, x and y.
 * Its loader (`../plotly-loader.ts`) makes it a lazy renderer: a page without a PlotlyChart
 * carries none of it.
 */
import { EventName, type JsonValue } from "../../protocol/index.js";
import { attr, h, str } from "../dom.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import { loadPlotly, PLOTLY_MISSING, plotlyLoaded } from "../plotly-loader.js";
import type { RenderContext } from "../registry.js";
import { ClientCode, reportError } from "../diagnostics.js";

type Point = { curveNumber?: unknown; pointNumber?: unknown; pointIndex?: unknown; x?: unknown; y?: unknown };
type PlotDiv = HTMLElement & { on?(event: string, listener: (data: { points?: Point[] }) => void): void };

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
        reportError(ClientCode.libraryLoad, "PlotlyChart: plotly.js could not load", error);
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
    if (ctx.props.originalSize !== true) plotlyLoaded()?.then((plotly) => plot.isConnected && plotly.Plots.resize(plot), () => {});
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
      plotlyLoaded()?.then((plotly) => plotly.purge(plot), () => {});
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
