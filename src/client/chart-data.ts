/**
 * The data side of a chart's children (`LineChartData`, `ChartAxis`, …): each is a hidden element
 * inside its chart that keeps its props as `data-*` attributes (JSON), so the chart reads them
 * from the DOM and a MutationObserver tells it what changed. Plain DOM, nothing drawn.
 */
import type { JsonValue } from "../protocol/index.js";
import { color } from "./colors.js";
import type { PropSetter } from "./declare-renderer.js";
import { h } from "./dom.js";

/** A hidden element that holds a chart part's props (and, for some, its children). */
export function partElement(): HTMLElement {
  const element = h("div", "weft-chart-part");
  element.hidden = true;
  return element;
}

/** `strokeWidth` → `data-stroke-width`. */
function attrName(prop: string): string {
  return `data-${prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** A setter that keeps a prop as a JSON `data-*` attribute; colour props (`convert`) as CSS colours. */
function keep(prop: string, convert?: (value: JsonValue) => JsonValue): PropSetter<{ element: HTMLElement }> {
  const name = attrName(prop);
  return ({ element }, value) => {
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, JSON.stringify(convert ? convert(value) : value));
  };
}

/** Setters keeping `props` as attributes; those in `colors` become CSS colours (`var(--md-sys-color-…)`). */
export function keptProps(props: readonly string[], colors: readonly string[] = []): Record<string, PropSetter<{ element: HTMLElement }>> {
  const out: Record<string, PropSetter<{ element: HTMLElement }>> = {};
  for (const prop of props) out[prop] = keep(prop);
  for (const prop of colors) out[prop] = keep(prop, color);
  return out;
}

/** A part's prop as kept by `keptProps`, or `fallback` when unset or unreadable. */
export function partProp<T extends JsonValue>(element: Element, prop: string, fallback: T): T {
  const raw = element.getAttribute(attrName(prop));
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

/** Parts of `type` directly in `holder`, in order. */
export function partsOf(holder: Element | undefined, type: string): HTMLElement[] {
  return [...(holder?.children ?? [])].filter((el) => el.getAttribute("data-weft-type") === type) as HTMLElement[];
}
