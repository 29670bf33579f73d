/**
 * `gridview`: a scrolling CSS grid holding the `controls` slot, cells of one aspect ratio sized
 * by container units (lists.css). With `maxExtent` the column count follows the grid's width (a
 * ResizeObserver), so no cell is wider than `maxExtent`; otherwise `runsCount` columns.
 * Off-screen cells are skipped by layout and paint.
 */
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import { h, px } from "../dom.js";
import type { RenderContext } from "../registry.js";
import { scrollingView, type ScrollingView } from "./parts/scroll-list.js";

interface GridView extends ScrollingView {
  /** Counts the columns again (from `runsCount`, or from the width and `maxExtent`). */
  columns(): void;
}

function create(ctx: RenderContext): GridView {
  const element = h("div", "weft-gridview");
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
  return { ...scrollingView(element, ctx, () => resize?.disconnect()), columns };
}

/** `spacing` runs along the scroll direction, `runSpacing` across it. */
const gaps: PropSetter<GridView> = ({ element }, _value, { props }) => {
  const style = element.style;
  const horizontal = props.horizontal === true;
  const along = px(props.spacing);
  const across = px(props.runSpacing);
  element.classList.toggle("weft-gridview--horizontal", horizontal);
  style.rowGap = horizontal ? across : along;
  style.columnGap = horizontal ? along : across;
  if (across) style.setProperty("--weft-grid-cross-gap", across);
  else style.removeProperty("--weft-grid-cross-gap");
};

const columns: PropSetter<GridView> = (view) => view.columns();

export const gridView = defineRenderer("gridview", {
  create,
  props: {
    horizontal(view, value, ctx) {
      gaps(view, value, ctx);
      view.columns();
    },
    spacing: gaps,
    runSpacing(view, value, ctx) {
      gaps(view, value, ctx);
      view.columns();
    },
    childAspectRatio({ element }, value) {
      if (typeof value === "number" && value > 0) element.style.setProperty("--weft-grid-ratio", String(value));
      else element.style.removeProperty("--weft-grid-ratio");
    },
    runsCount: columns,
    maxExtent: columns,
    // Read as children arrive.
    autoScroll: () => {},
  },
});
