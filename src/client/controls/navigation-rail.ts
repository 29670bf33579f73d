/**
 * `navigationrail`: the M3 navigation rail, a `<nav>` column with an optional leading and
 * trailing control around the destination buttons; `extended` shows the labels beside the icons,
 * `labelType` which labels show under them otherwise.
 */
import { h, px, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { destinationGroup } from "./parts/destination-group.js";

export const navigationRail: Renderer = (ctx) => {
  const element = h("nav", "weft-rail");
  const leading = h("div", "weft-rail__leading");
  const destinations = h("div", "weft-rail__destinations");
  const trailing = h("div", "weft-rail__trailing");
  element.append(leading, destinations, trailing);
  const group = destinationGroup(ctx, destinations, 0);
  const slots: Record<string, HTMLElement> = { leading, destinations, trailing };
  element.dataset.labels = "none";
  const setWidth = () => {
    const extended = ctx.props.extended === true;
    element.style.minWidth = px(extended ? ctx.props.minExtendedWidth : ctx.props.minWidth);
  };
  return {
    element,
    update(changed) {
      if ("selectedIndex" in changed) group.select(changed.selectedIndex);
      if ("labelType" in changed) element.dataset.labels = str(changed.labelType, "none");
      if ("extended" in changed) element.classList.toggle("weft-rail--extended", changed.extended === true);
      if ("extended" in changed || "minWidth" in changed || "minExtendedWidth" in changed) setWidth();
    },
    slot: (name) => slots[name],
    destroy: group.destroy,
  };
};
