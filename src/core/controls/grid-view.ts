/**
 * `GridView`: a scrolling grid of children in equal cells. The number of columns is fixed
 * (`runsCount`) or follows the width (`maxExtent`: cells at most that wide). Built for 10,000
 * cells, like `ListView`.
 */
import type { Control } from "../control.js";
import { control, prop, type OptionsFor } from "../declare-control.js";
import { ScrollableList } from "./scrollable-list.js";
import type { WithMain } from "../keyword-form.js";

export type GridViewOptions = OptionsFor<typeof GridView, "controls">;

/** `new GridView(tiles, { maxExtent: 150, childAspectRatio: 1, spacing: 8, runSpacing: 8, height: 400 })` */
export class GridView extends control(
  "gridview",
  {
    /** Cells across (down, when horizontal). Default 1; ignored when `maxExtent` is set. */
    runsCount: prop(1),
    /** The largest a cell may be across; the number of columns follows the width. Default: use `runsCount`. */
    maxExtent: prop<number>(),
    /** Cell width divided by cell height. Default 1 (square). */
    childAspectRatio: prop(1),
    /** Space between cells along the scroll direction, in CSS pixels. Default 10. */
    spacing: prop(10),
    /** Space between cells across the scroll direction, in CSS pixels. Default 10. */
    runSpacing: prop(10),
  },
  ScrollableList,
) {
  /** `new GridView(controls, options)`. Also Flet's keyword form, with the main value by name: `new GridView({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<GridViewOptions, "controls", Control[]>, options?: GridViewOptions) {
    super(controls, options);
  }
}
