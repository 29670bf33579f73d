/**
 * `BottomSheet`: a modal sheet that slides up from the bottom edge, holding one control. Show it
 * with `page.open(sheet)`; unless `dismissible` is false, Escape or a click above it dismisses it.
 */
import type { Control, OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { closedByBrowser, OverlayBase, type DismissReason } from "./overlay-base.js";

export type BottomSheetOptions = OptionsOf<BottomSheet, "dismissible" | "showDragHandle" | "bgcolor" | "open" | "onDismiss">;

/** `new BottomSheet(new Column([...]), { showDragHandle: true })` */
export class BottomSheet extends OverlayBase {
  /** What the sheet shows. */
  declare content: Control | undefined;
  /** Whether Escape or a click above the sheet dismisses it. Default true. */
  declare dismissible: boolean;
  /** Show the small handle bar at the top of the sheet. Default false. */
  declare showDragHandle: boolean;
  /** The sheet's background colour. Default: the theme's surface-container-low. */
  declare bgcolor: string | undefined;
  /**
   * Runs when the person closes the sheet in the browser (not when the app calls `page.close`);
   * `e.data` says how: `"escape"` or `"scrim"`.
   */
  declare onDismiss: Handler<ControlEvent<BottomSheet, DismissReason>> | undefined;

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
defineControl(BottomSheet, {
  type: "bottomsheet",
  props: { dismissible: true, showDragHandle: false, bgcolor: undefined },
  slots: { content: "single" },
});
