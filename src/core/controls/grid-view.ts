/**
 * `GridView`: a scrolling grid of children in equal cells. The number of columns is fixed
 * (`runsCount`) or follows the width (`maxExtent`: cells at most that wide). Built for 10,000
 * cells, like `ListView`.
 */
import type { Control, OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { ScrollableList } from "./scrollable-list.js";
import type { WithMain } from "../keyword-form.js";

export type GridViewOptions = OptionsOf<
  GridView,
  "horizontal" | "runsCount" | "maxExtent" | "childAspectRatio" | "spacing" | "runSpacing" | "autoScroll"
>;

/** `new GridView(tiles, { maxExtent: 150, childAspectRatio: 1, spacing: 8, runSpacing: 8, height: 400 })` */
export class GridView extends ScrollableList {
  /** Cells across (down, when horizontal). Default 1; ignored when `maxExtent` is set. */
  declare runsCount: number;
  /** The largest a cell may be across; the number of columns follows the width. Default: use `runsCount`. */
  declare maxExtent: number | undefined;
  /** Cell width divided by cell height. Default 1 (square). */
  declare childAspectRatio: number;
  /** Space between cells along the scroll direction, in CSS pixels. Default 10. */
  declare spacing: number;
  /** Space between cells across the scroll direction, in CSS pixels. Default 10. */
  declare runSpacing: number;

  /** `new GridView(controls, options)`. Also Flet's keyword form, with the main value by name: `new GridView({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<GridViewOptions, "controls", Control[]>, options?: GridViewOptions) {
    super(controls, options);
  }
}
defineControl(GridView, {
  type: "gridview",
  props: { runsCount: 1, maxExtent: undefined, childAspectRatio: 1, spacing: 10, runSpacing: 10 },
});
