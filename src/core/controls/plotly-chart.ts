/**
 * `PlotlyChart` (Flet's): a Plotly figure, given as its JSON (`fig.to_json()` in Python,
 * `JSON.stringify(figure)` in JavaScript, or the object itself), drawn in the browser by
 * plotly.js. Plotly is an optional package (`npm install plotly.js-dist-min`): the page fetches
 * it the first time a PlotlyChart shows, and a page without one never does. Without the package
 * the chart's box says what to install, and the server's log too.
 *
 * ```ts
 * new PlotlyChart({ data: [{ type: "bar", x: ["a", "b"], y: [3, 5] }], layout: { title: { text: "Sales" } } }, {
 *   height: 360, onClick: (e) => console.log(e.data.points[0]),
 * })
 * ```
 */
import { EventName } from "../../protocol/index.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import { plotlyFigure, type PlotlyFigure } from "./plotly-figure.js";

/** A clicked point: its trace (`curveNumber`), its index in the trace, and its x and y. */
export interface PlotlyPoint {
  readonly curveNumber: number;
  readonly pointNumber: number;
  readonly x: number | string | null;
  readonly y: number | string | null;
}

/** `onClick`'s data: the points under the click (one for most traces). */
export interface PlotlyClickEvent {
  readonly points: readonly PlotlyPoint[];
}

export type { PlotlyFigure };

export type PlotlyChartOptions = OptionsFor<typeof PlotlyChart>;

function isAxisValue(value: unknown): boolean {
  return value === null || (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && value.length <= 1000);
}

function isClick(data: unknown): boolean {
  const points = (data as { points?: unknown } | null)?.points;
  return Array.isArray(points) && points.length <= 1000 && points.every((p: Record<string, unknown>) =>
    typeof p === "object" && p !== null && Number.isInteger(p.curveNumber) && Number.isInteger(p.pointNumber) && isAxisValue(p.x) && isAxisValue(p.y));
}

export class PlotlyChart extends control("plotlychart", {
  /** The figure: traces in `data`, with `layout`, `frames` and `config` as Plotly takes them. Assign a new one to redraw. */
  figure: prop<PlotlyFigure>(),
  /** Draw at the figure's own `layout.width`/`height` rather than filling the control's box. Default false. */
  originalSize: prop(false),
  /** What the chart shows, for screen readers. Default: the figure's title. */
  semanticsLabel: prop<string>(),
  /** Runs when the person clicks a point, a bar or a slice; `e.data.points` names them. */
  onClick: on<PlotlyClickEvent>(),
}) {
  /** `new PlotlyChart(figure, options)`: the figure as an object or as its JSON text. */
  constructor(figure?: PlotlyFigure | string, options?: PlotlyChartOptions) {
    super();
    if (figure !== undefined) this.figure = plotlyFigure(figure);
    this.applyOptions(options);
  }

  override acceptEvent(name: string, data: unknown): boolean {
    return name !== EventName.click || isClick(data);
  }
}
