/**
 * `page.open` and `page.close`: how overlays live in the tree. An overlay opened with
 * `page.open` joins the page's `overlay` list with `open: true`; `page.close` sets `open: false`
 * and takes it out again, as does the person dismissing it in the browser (see `OverlayBase`).
 * A `NavigationDrawer` lives in `page.drawer` instead and only opens and closes. An overlay the
 * app put into `page.overlay` itself stays there when closed (Flet's older style), ready to reopen.
 */
import { ControlError, ErrorCode } from "./errors.js";
import { describeControl, type Control } from "./control.js";
import { NavigationDrawer } from "./controls/navigation-drawer.js";
import { markOpenedByPage, OverlayBase, releaseFromPage } from "./controls/overlay-base.js";
import type { Page } from "./page.js";

function checkOverlay(control: Control, method: string): asserts control is OverlayBase {
  if (!(control instanceof OverlayBase)) {
    throw new ControlError(
      ErrorCode.badValue,
      `page.${method}() takes an AlertDialog, BottomSheet, SnackBar, Banner, DatePicker, TimePicker or NavigationDrawer, not ${describeControl(control)}`,
    );
  }
}

/** Shows an overlay: into `page.overlay` (or `page.drawer` for a drawer), with `open: true`. */
export function openOverlay(page: Page, control: Control): void {
  checkOverlay(control, "open");
  if (control instanceof NavigationDrawer) {
    if (page.drawer !== control) page.drawer = control;
  } else if (!page.overlay.includes(control)) {
    page.overlay.push(control);
    markOpenedByPage(control);
  }
  control.open = true;
}

/** Hides an overlay: `open: false`, and out of `page.overlay` if `openOverlay` put it there. */
export function closeOverlay(page: Page, control: Control): void {
  checkOverlay(control, "close");
  control.open = false;
  releaseFromPage(control, page);
}
