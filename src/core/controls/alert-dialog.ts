/**
 * `AlertDialog`: a modal dialog with a title, content and actions. Show it with
 * `page.open(dialog)`, hide it with `page.close(dialog)`. Focus moves into it while it is open
 * and returns where it was after. Unless `modal`, Escape or a click outside dismisses it.
 *
 * ```ts
 * const dialog = new AlertDialog({
 *   title: "Delete the file?",
 *   content: new Text("This cannot be undone."),
 *   actions: [new TextButton("Cancel", { onClick: () => page.close(dialog) }), new TextButton("Delete", { onClick: remove })],
 * });
 * await page.open(dialog);
 * ```
 *
 * Its background (the common `bgcolor`) is by default the theme's surface-container-high.
 */
import type { Control } from "../control.js";
import { children, control, on, prop, type OptionsFor } from "../declare-control.js";
import type { MainAxisAlignment } from "../page.js";
import { closedByBrowser, OverlayBase, type DismissReason, type OverlayOptions } from "./overlay-base.js";
import { toControl, type TextOrControl } from "./text-content.js";

export type AlertDialogOptions = OptionsFor<typeof AlertDialog> &
  OverlayOptions & {
    /** The headline, also the dialog's accessible name; a string becomes a `Text`. Default none. */
    title?: TextOrControl;
    /** The body, between the title and the actions; a string becomes a `Text`. Default none. */
    content?: TextOrControl;
  };

export class AlertDialog extends control(
  "alertdialog",
  {
    /** The buttons along the bottom, usually `TextButton`s. Default none. */
    actions: children(),
    /** True: only an action closes the dialog (Escape and clicks outside do nothing). Default false. */
    modal: prop(false),
    /** A Material Symbols icon shown above the title, e.g. `"delete"`. Default none. */
    icon: prop<string>(),
    /** Placement of the actions along their row. Default "end". */
    actionsAlignment: prop<MainAxisAlignment>("end"),
    /**
     * Runs when the person closes the dialog in the browser (not when the app calls `page.close`);
     * `e.data` says how: `"escape"` or `"scrim"`.
     */
    onDismiss: on<DismissReason>(),
  },
  OverlayBase,
  { innerSlots: { title: "single", content: "single" } },
) {
  constructor(options: AlertDialogOptions = {}) {
    super();
    const { title, content, ...rest } = options;
    this.title = title;
    this.content = content;
    this.applyOptions(rest);
  }

  /** The headline, also the dialog's accessible name; a string becomes a `Text`. Default none. */
  get title(): Control | undefined {
    return this.getSlot("title") as Control | undefined;
  }
  set title(value: TextOrControl | undefined) {
    this.setSlot("title", toControl(value, "AlertDialog.title"));
  }

  /** The body, between the title and the actions; a string becomes a `Text`. Default none. */
  get content(): Control | undefined {
    return this.getSlot("content") as Control | undefined;
  }
  set content(value: TextOrControl | undefined) {
    this.setSlot("content", toControl(value, "AlertDialog.content"));
  }

  /** Escape and the scrim close it unless `modal`; a modal dialog closes only by its own actions. */
  protected override dismissibleBy(reason: DismissReason): boolean {
    return !this.modal && closedByBrowser(reason);
  }
}
