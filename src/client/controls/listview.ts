/**
 * `listview`: a scrolling flex box holding the `controls` slot. Children off screen are skipped
 * by layout and paint (lists.css), so 10,000 rows open and scroll fast; `itemExtent` fixes each
 * row's size, `reverse` starts from the end, `autoScroll` follows appended rows.
 */
import { h, px } from "../dom.js";
import type { Renderer } from "../registry.js";
import { scrollList } from "./scroll-list.js";

export const listView: Renderer = (ctx) => {
  const element = h("div", "weft-listview");
  const scroller = scrollList(element, ctx);
  return {
    element,
    update(changed) {
      const style = element.style;
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "horizontal":
            element.classList.toggle("weft-listview--horizontal", value === true);
            break;
          case "reverse":
            element.classList.toggle("weft-listview--reverse", value === true);
            break;
          case "spacing":
            style.gap = px(value);
            break;
          case "itemExtent":
            element.classList.toggle("weft-listview--fixed", px(value) !== "");
            if (px(value)) style.setProperty("--weft-item-extent", px(value));
            else style.removeProperty("--weft-item-extent");
            break;
          case "dividerThickness":
            element.classList.toggle("weft-listview--divided", px(value) !== "");
            if (px(value)) style.setProperty("--weft-divider-thickness", px(value));
            else style.removeProperty("--weft-divider-thickness");
            break;
        }
      }
    },
    slot: (name) => (name === "controls" ? element : undefined),
    call: (method, args) => (method === "scrollTo" ? scroller.scrollTo(args) : undefined),
    destroy: () => scroller.destroy(),
  };
};
