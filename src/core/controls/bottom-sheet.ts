/**
 * `BottomSheet`: a modal sheet that slides up from the bottom edge, holding one control. Show it
 * with `page.open(sheet)`; unless `dismissible` is false, Escape or a click above it dismisses it.
 *
 * Its background (the common `bgcolor`) is by default the theme's surface-container-low.
 */
import type { Control } from "../control.js";
import { child, control, on, prop, type OptionsFor } from "../declare-control.js";
import { closedByBrowser, OverlayBase, type DismissReason, type OverlayOptions } from "./overlay-base.js";

export type BottomSheetOptions = OptionsFor<typeof BottomSheet, "content"> & OverlayOptions;

/** `new BottomSheet(new Column([...]), { showDragHandle: true })` */
export class BottomSheet extends control(
  "bottomsheet",
  {
    /** What the sheet shows. */
    content: child(),
    /** Whether Escape or a click above the sheet dismisses it. Default true. */
    dismissible: prop(true),
    /** Show the small handle bar at the top of the sheet. Default false. */
    showDragHandle: prop(false),
    /**
     * Runs when the person closes the sheet in the browser (not when the app calls `page.close`);
     * `e.data` says how: `"escape"` or `"scrim"`.
     */
    onDismiss: on<DismissReason>(),
  },
  OverlayBase,
) {
  constructor(content?: Control, options?: BottomSheetOptions) {
    super();
    if (content) this.content = content;
    this.applyOptions(options);
  }

  /** Escape and the scrim close it while `dismissible`. */
  protected override dismissibleBy(reason: DismissReason): boolean {
    return this.dismissible && closedByBrowser(reason);
  }
}
