/**
 * `navigationbar`: the M3 navigation bar, a `<nav>` of destination buttons; the selected one is
 * `aria-current="page"`. A pick updates the bar at once and syncs `selectedIndex` to the server.
 */
import { h, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { destinationGroup } from "./parts/destination-group.js";

export const navigationBar: Renderer = (ctx) => {
  const element = h("nav", "weft-navbar");
  const group = destinationGroup(ctx, element, 0);
  return {
    element,
    update(changed) {
      if ("selectedIndex" in changed) group.select(changed.selectedIndex);
      if ("labelBehavior" in changed) element.dataset.labels = str(changed.labelBehavior, "alwaysShow");
    },
    slot: (name) => (name === "destinations" ? element : undefined),
    destroy: group.destroy,
  };
};
