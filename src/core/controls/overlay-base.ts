/**
 * What every overlay shares (AlertDialog, BottomSheet, SnackBar, Banner, DatePicker, TimePicker,
 * NavigationDrawer): an `open` prop and `onDismiss`. The app shows one with `page.open(overlay)`
 * and hides it with `page.close(overlay)`; when the person closes it in the browser (Escape, a
 * click on the scrim, a snack bar's timeout), the client reports a `dismiss` event, `open`
 * becomes false before any handler runs, and `onDismiss` runs. See docs/decisions/0007-overlays.md.
 */
import { EventName } from "../../protocol/index.js";
import { Control } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { Page } from "../page.js";

/** How the person closed an overlay: Escape, a click outside it, its timeout, its action, or its Cancel/close button. */
export type DismissReason = "escape" | "scrim" | "timeout" | "action" | "cancel";
const REASONS: ReadonlySet<unknown> = new Set<DismissReason>(["escape", "scrim", "timeout", "action", "cancel"]);

/** The ways the browser closes a modal dialog by itself: Escape, and a click on its scrim. */
export function closedByBrowser(reason: DismissReason): boolean {
  return reason === "escape" || reason === "scrim";
}

/**
 * Whether an overlay, while open, is a modal dialog over an inert page (the browser takes no
 * input behind it, and the server drops events from behind it: `event-guard.ts`). A symbol, not
 * a prop: it never travels, and `AlertDialog.modal` already means "not dismissible".
 */
export const BLOCKS_PAGE = Symbol("weft.blocksPage");

/** Overlays that `page.open` put into `page.overlay`, and that leave it again once closed. */
const openedByPage = new WeakSet<Control>();

/** Marks an overlay as put into `page.overlay` by `page.open`; internal to `overlays.ts`. */
export function markOpenedByPage(control: Control): void {
  openedByPage.add(control);
}

/** Whether `page.open` put this overlay into `page.overlay` (and so `close` takes it out). */
export function wasOpenedByPage(control: Control): boolean {
  return openedByPage.has(control);
}

/** Takes an overlay that `page.open` added back out of `page.overlay`. */
export function releaseFromPage(control: Control, page: Page | undefined): void {
  if (!openedByPage.delete(control)) return;
  const overlay = page?.overlay;
  const at = overlay ? overlay.indexOf(control) : -1;
  if (at >= 0) overlay!.splice(at, 1);
}

/** The option every overlay takes besides its own. */
export interface OverlayOptions {
  /** Shown (true) or hidden (false); `page.open` sets it. Default false. */
  open?: boolean;
}

export abstract class OverlayBase extends Control {
  /** Shown (true) or hidden (false). `page.open` sets it; it turns false when the person dismisses the overlay. Default false. */
  declare open: boolean;
  // Each overlay declares its own `onDismiss`, typed with its own class: a handler typed with
  // `this` here would make every overlay unassignable to `OverlayBase` (handlers are contravariant).

  /** False for the kinds of overlay that leave the page behind them usable (SnackBar, Banner). */
  get [BLOCKS_PAGE](): boolean {
    return true;
  }

  /** A dismissal must be one this overlay's props allow (a modal AlertDialog allows none). */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.dismiss) return true;
    if (!REASONS.has(data) || !this.dismissibleBy(data as DismissReason)) return false;
    this.closedInBrowser();
    return true;
  }

  /** Whether the person may close this overlay this way now; each overlay says which ways it has. */
  protected dismissibleBy(_reason: DismissReason): boolean {
    return true;
  }

  /**
   * The browser has closed this overlay (dismissed, or confirmed as a picker is): `open` follows
   * without sending anything back, and an overlay that `page.open` added leaves `page.overlay`.
   */
  protected closedInBrowser(): void {
    this.syncProp("open", false);
    releaseFromPage(this, this.page);
  }
}
defineControl(OverlayBase, { type: "overlay", props: { open: false }, events: [EventName.dismiss], clientProps: ["open"] });
