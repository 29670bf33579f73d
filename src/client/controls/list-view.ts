/**
 * `listview`: a scrolling flex box holding the `controls` slot. Children off screen are skipped
 * by layout and paint (lists.css), so 10,000 rows open and scroll fast; `itemExtent` fixes each
 * row's size, `reverse` starts from the end, `autoScroll` follows appended rows. A long list keeps
 * its rows in group boxes (`parts/child-groups.ts`, decision 0056), so a changed row relays out its group.
 */
import type { JsonValue } from "../../protocol/index.js";
import { defineRenderer } from "../declare-renderer.js";
import { h, px } from "../dom.js";
import { groupedScrollingView, type ScrollingView } from "./parts/scroll-list.js";

/** Sets a size variable and the class that uses it, or clears both. */
function sized(element: HTMLElement, modifier: string, variable: string, value: JsonValue | null): void {
  const size = px(value);
  element.classList.toggle(modifier, size !== "");
  if (size) element.style.setProperty(variable, size);
  else element.style.removeProperty(variable);
}

export const listView = defineRenderer("listview", {
  create: (ctx): ScrollingView => groupedScrollingView(h("div", "weft-listview"), ctx),
  props: {
    horizontal: ({ element }, value) => element.classList.toggle("weft-listview--horizontal", value === true),
    reverse: ({ element }, value) => element.classList.toggle("weft-listview--reverse", value === true),
    spacing: ({ element }, value) => (element.style.gap = px(value)),
    itemExtent: ({ element }, value) => sized(element, "weft-listview--fixed", "--weft-item-extent", value),
    dividerThickness: ({ element }, value) => sized(element, "weft-listview--divided", "--weft-divider-thickness", value),
    // Read as children arrive.
    autoScroll: () => {},
  },
});
