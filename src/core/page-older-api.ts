/**
 * Flet's older (and desktop-only) page API, each name with what to write in Weft instead, for
 * `guardPythonNames`: reading or writing one throws `control.unknown-option` with the advice,
 * where a ported program would otherwise get `undefined` or "is not a function" (issue 14).
 */

/** Flet's older ways to show an overlay, each pointing to `page.open`. */
const OPEN_INSTEAD = "Flet's older API; in Weft, show it with page.open(control) and hide it with page.close(control)";

/** Flet's `*_async` twins, from before its methods could be awaited. */
const AWAIT_INSTEAD = "Flet's older async API; in Weft the method itself returns a promise: await page.update(), await page.add(…)";

/** What `page.window` says: a browser tab has no desktop window to size. */
const NO_WINDOW =
  "Flet's desktop window; a Weft page is a browser tab, which the browser sizes: read page.windowWidth and page.windowHeight (or page.width, page.height), and page.onResize";

/** Name on `page` → the advice its error gives. */
export const PAGE_OLDER_API: Readonly<Record<string, string>> = {
  window: NO_WINDOW,
  dialog: OPEN_INSTEAD,
  snack_bar: OPEN_INSTEAD,
  snackBar: OPEN_INSTEAD,
  banner: OPEN_INSTEAD,
  bottom_sheet: OPEN_INSTEAD,
  bottomSheet: OPEN_INSTEAD,
  splash: OPEN_INSTEAD,
  show_snack_bar: OPEN_INSTEAD,
  show_dialog: OPEN_INSTEAD,
  close_dialog: OPEN_INSTEAD,
  show_banner: OPEN_INSTEAD,
  close_banner: OPEN_INSTEAD,
  show_bottom_sheet: OPEN_INSTEAD,
  close_bottom_sheet: OPEN_INSTEAD,
  update_async: AWAIT_INSTEAD,
  add_async: AWAIT_INSTEAD,
  insert_async: AWAIT_INSTEAD,
  remove_async: AWAIT_INSTEAD,
  clean_async: AWAIT_INSTEAD,
  go_async: AWAIT_INSTEAD,
};

/** Name on any control → its advice (a control's own `update()` returns a promise too). */
export const CONTROL_OLDER_API: Readonly<Record<string, string>> = {
  update_async: "Flet's older async API; in Weft update() itself returns a promise: await control.update()",
};
