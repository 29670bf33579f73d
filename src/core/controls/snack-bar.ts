/**
 * `SnackBar`: a short message at the bottom of the screen that goes away by itself after
 * `duration` (the browser reports the timeout, so `onDismiss` runs with `"timeout"` and `open`
 * turns false). Announced to screen readers as a status; Escape inside it dismisses it.
 *
 * ```ts
 * await page.open(new SnackBar("Saved", { action: "Undo", onAction: undo }));
 * ```
 *
 * Its background (the common `bgcolor`) is by default the theme's inverse-surface.
 */
import { EventName } from "../../protocol/index.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import { BLOCKS_PAGE, OverlayBase, type DismissReason, type OverlayOptions } from "./overlay-base.js";
import { withTextContent, type TextOrControl } from "./text-content.js";
import type { WithMain } from "../keyword-form.js";

export type SnackBarOptions = OptionsFor<typeof SnackBar> & OverlayOptions;

export class SnackBar extends control(
  "snackbar",
  {
    /** The label of a button on the snack bar, e.g. `"Undo"`. Default none. */
    action: prop<string>(),
    /** The action's colour. Default: the theme's inverse-primary. */
    actionColor: prop<string>(),
    /** Show a close button. Default false. */
    showCloseIcon: prop(false),
    /** How long the snack bar stays, in milliseconds (paused while hovered or focused). Default 4000. */
    duration: prop(4000),
    /** Runs when the person presses the action; the snack bar then closes (`onDismiss` with `"action"`). */
    onAction: on(),
    /**
     * Runs when the person closes the snack bar in the browser (not when the app calls `page.close`);
     * `e.data` says how: `"timeout"`, `"action"`, `"escape"` or `"cancel"` (its close button).
     */
    onDismiss: on<DismissReason>(),
  },
  withTextContent(OverlayBase, "SnackBar"),
  { innerSlots: { content: "single" } },
) {
  /**
   * `new SnackBar("Saved")` or `new SnackBar(new Row([...]), { duration: 8000 })`
   * Also Flet's keyword form, with the main value by name: `new SnackBar({ content: …, ...options })`.
   */
  constructor(content?: TextOrControl | WithMain<SnackBarOptions, "content", TextOrControl>, options?: SnackBarOptions) {
    super(content, options);
  }


  /** An action event is refused when the snack bar has no action. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name === EventName.action) return typeof this.action === "string" && this.action !== "";
    return super.acceptEvent(name, data);
  }

  /** A message at the bottom edge: the page stays usable. */
  override get [BLOCKS_PAGE](): boolean {
    return false;
  }

  /** Its timeout, its action, its close button and Escape close it; it has no scrim. */
  protected override dismissibleBy(reason: DismissReason): boolean {
    return reason !== "scrim";
  }
}
