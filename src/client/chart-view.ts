/**
 * What every chart renderer shares: the element (a box ECharts draws into, and a hidden box of
 * the chart's child controls), one redraw per animation frame after any change to its props,
 * its children's attributes, or the page's dark/light class. It imports the engine
 * (`chart-engine.ts`, ECharts) itself: the chart renderers are one lazy chunk, the charts'
 * family (`controls/charts.ts`), which arrives with the engine in one request the first time a
 * page shows a chart, and a page without one loads none of it (issue 19).
 */
import { EventName, type JsonValue } from "../protocol/index.js";
import { disposeChart, drawChart, resizeChart, type ChartKind } from "./chart-engine.js";
import { h } from "./dom.js";
import type { RenderContext } from "./registry.js";

export interface ChartView {
  readonly element: HTMLElement;
  slot(name: string): HTMLElement | undefined;
  destroy(): void;
  /** Asks for a redraw in the next animation frame (once, however often it is asked). */
  redraw(): void;
}

/** Builds a chart's element with one hidden holder per child slot, and draws it when it changes. */
export function chartView(kind: ChartKind, slotNames: readonly string[], ctx: RenderContext): ChartView {
  const element = h("div", "weft-chart");
  const canvas = h("div", "weft-chart__canvas");
  const parts = h("div", "weft-chart__parts");
  parts.hidden = true;
  const slots = new Map<string, HTMLElement>();
  for (const name of slotNames) {
    const holder = h("div");
    holder.dataset.slot = name;
    slots.set(name, holder);
    parts.append(holder);
  }
  element.append(canvas, parts);
  element.setAttribute("aria-busy", "true");

  let frame = 0;
  let gone = false;
  function draw(): void {
    frame = 0;
    if (gone) return;
    drawChart(kind, canvas, slots, ctx.props, fire);
    element.removeAttribute("aria-busy");
  }
  function redraw(): void {
    if (!frame && !gone) frame = requestAnimationFrame(draw);
  }
  function fire(data: JsonValue): void {
    ctx.fire(EventName.chartEvent, data);
  }
  const children = new MutationObserver(redraw);
  children.observe(parts, { childList: true, subtree: true, attributes: true, characterData: true });
  // The scheme's colours are re-read when the page turns dark or light.
  const theme = new MutationObserver(redraw);
  theme.observe(document.documentElement, { attributes: true, attributeFilter: ["class", "style"] });
  // A new size lays the chart out again (a pie's radius follows the box).
  const size = new ResizeObserver(function resized() {
    resizeChart(canvas);
    redraw();
  });
  size.observe(canvas);
  redraw();

  return {
    element,
    redraw,
    slot: (name) => slots.get(name),
    destroy() {
      gone = true;
      if (frame) cancelAnimationFrame(frame);
      children.disconnect();
      theme.disconnect();
      size.disconnect();
      disposeChart(canvas);
    },
  };
}

/** The setter of a chart's own props: they are read at the next draw, so each only asks for one. */
export function redrawChart(view: ChartView): void {
  view.redraw();
}
