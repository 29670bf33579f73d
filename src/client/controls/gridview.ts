/**
 * `gridview`: a scrolling CSS grid holding the `controls` slot, cells of one aspect ratio sized
 * by container units (lists.css). With `maxExtent` the column count follows the grid's width (a
 * ResizeObserver), so no cell is wider than `maxExtent`; otherwise `runsCount` columns.
 * Off-screen cells are skipped by layout and paint.
 */
import { h, px } from "../dom.js";
import type { Renderer } from "../registry.js";
import { scrollList } from "./scroll-list.js";

export const gridView: Renderer = (ctx) => {
  const element = h("div", "weft-gridview");
  const scroller = scrollList(element, ctx);
  let resize: ResizeObserver | undefined;

  const columns = () => {
    const props = ctx.props;
    const maxExtent = typeof props.maxExtent === "number" && props.maxExtent > 0 ? props.maxExtent : 0;
    const runSpacing = typeof props.runSpacing === "number" ? props.runSpacing : 10;
    if (maxExtent && !resize) {
      resize = new ResizeObserver(columns);
      resize.observe(element);
    } else if (!maxExtent && resize) {
      resize.disconnect();
      resize = undefined;
    }
    let count = typeof props.runsCount === "number" && props.runsCount >= 1 ? Math.floor(props.runsCount) : 1;
    if (maxExtent) {
      const style = getComputedStyle(element);
      const horizontal = props.horizontal === true;
      const across = horizontal
        ? element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
        : element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      count = Math.max(1, Math.ceil((across + runSpacing) / (maxExtent + runSpacing)));
    }
    element.style.setProperty("--weft-grid-runs", String(Math.min(count, 1000)));
  };

  return {
    element,
    update(changed) {
      const style = element.style;
      const horizontal = ctx.props.horizontal === true;
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "horizontal":
          case "spacing":
          case "runSpacing": {
            // `spacing` runs along the scroll direction, `runSpacing` across it.
            const along = px(ctx.props.spacing);
            const across = px(ctx.props.runSpacing);
            element.classList.toggle("weft-gridview--horizontal", horizontal);
            style.rowGap = horizontal ? across : along;
            style.columnGap = horizontal ? along : across;
            if (across) style.setProperty("--weft-grid-cross-gap", across);
            else style.removeProperty("--weft-grid-cross-gap");
            break;
          }
          case "childAspectRatio":
            if (typeof value === "number" && value > 0) style.setProperty("--weft-grid-ratio", String(value));
            else style.removeProperty("--weft-grid-ratio");
            break;
        }
      }
      if ("runsCount" in changed || "maxExtent" in changed || "runSpacing" in changed || "horizontal" in changed) columns();
    },
    slot: (name) => (name === "controls" ? element : undefined),
    call: (method, args) => (method === "scrollTo" ? scroller.scrollTo(args) : undefined),
    destroy() {
      scroller.destroy();
      resize?.disconnect();
    },
  };
};
