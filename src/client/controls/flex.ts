/**
 * What `row`, `column` and `page` share: a flex box whose element holds the `controls` slot,
 * with `spacing` as the gap and the alignment props mapped to flex alignment.
 */
import type { JsonValue } from "../../protocol/index.js";
import type { PropSetter } from "../declare-renderer.js";
import { hOrServed } from "../dom.js";
import { ChildGroups, groupsAllowAlignment } from "./parts/child-groups.js";

/**
 * Centred and end-aligned children are aligned "safe": when they overflow their box they start at
 * its start, where the box can scroll to them, instead of sticking out before it (a 600px column
 * centred in a 390px phone would otherwise start at x = -105).
 */
const MAIN: Record<string, string> = {
  start: "flex-start",
  center: "safe center",
  end: "safe flex-end",
  spaceBetween: "space-between",
  spaceAround: "space-around",
  spaceEvenly: "space-evenly",
};

const CROSS: Record<string, string> = {
  start: "flex-start",
  center: "safe center",
  end: "safe flex-end",
  stretch: "stretch",
  baseline: "baseline",
};

/** A main-axis alignment as `justify-content` ("" for the stylesheet's default). */
export function mainAxis(value: JsonValue | undefined): string {
  return typeof value === "string" ? (MAIN[value] ?? "") : "";
}

/** A cross-axis alignment as `align-items` ("" for the stylesheet's default). */
export function crossAxis(value: JsonValue | undefined): string {
  return typeof value === "string" ? (CROSS[value] ?? "") : "";
}

/** How a row or column overflows for its `scroll` mode. */
export function overflow(value: JsonValue | undefined): string {
  return value === "auto" || value === "adaptive" ? "auto" : value === "always" ? "scroll" : value === "hidden" ? "hidden" : "";
}

/**
 * Applies the props a row and a column share. `crossProp` is the one that differs by axis
 * (`verticalAlignment` for a row, `horizontalAlignment` for a column).
 */
export function applyFlexProp(el: HTMLElement, name: string, value: JsonValue | undefined, crossProp: string): void {
  const style = el.style;
  if (name === "spacing") style.gap = typeof value === "number" ? `${value}px` : "";
  else if (name === "alignment") style.justifyContent = mainAxis(value);
  else if (name === crossProp) style.alignItems = crossAxis(value);
  else if (name === "scroll") style.overflow = overflow(value);
  else if (name === "wrap") style.flexWrap = value === true ? "wrap" : "";
}

/** A row's or a column's view: the flex box, which is also its `controls` slot. */
export interface FlexView {
  readonly element: HTMLElement;
  slot(name: string): HTMLElement | undefined;
  /** A column's: its long runs of children in group boxes (`parts/child-groups.ts`). */
  groups?(name: string): ChildGroups | undefined;
}

/** Builds a flex box of class `className` that holds the `controls` slot (or adopts `served`'s, decision 0047). */
export function flexView(className: string, served?: HTMLElement): FlexView {
  const element = hOrServed(served, "div", className);
  return { element, slot: (name) => (name === "controls" ? element : undefined) };
}

/** A column's flex box: `flexView`, whose children go into groups once there are many (decision 0056). */
export function groupedFlexView(className: string, served?: HTMLElement): FlexView {
  const element = hOrServed(served, "div", className);
  const groups = new ChildGroups(element);
  return { element, slot: (name) => (name === "controls" ? element : undefined), groups: (name) => (name === "controls" ? groups : undefined) };
}

/** The setters a row and a column share (the props of core's `Flex`). */
export const flexProps = {
  spacing: ({ element }, value) => (element.style.gap = typeof value === "number" ? `${value}px` : ""),
  alignment: ({ element, groups }, value) => {
    element.style.justifyContent = mainAxis(value);
    groups?.("controls")?.allow("alignment", groupsAllowAlignment(value));
  },
  scroll: ({ element }, value) => (element.style.overflow = overflow(value)),
  tight: ({ element }, value) => element.classList.toggle("weft-tight", value === true),
} satisfies Record<string, PropSetter<FlexView>>;

/** The setter of a cross-axis alignment prop. */
export const crossAxisProp: PropSetter<FlexView> = ({ element }, value) => (element.style.alignItems = crossAxis(value));
