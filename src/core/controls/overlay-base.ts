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

export abstract class OverlayBase extends Control {
  /** Shown (true) or hidden (false). `page.open` sets it; it turns false when the person dismisses the overlay. Default false. */
  declare open: boolean;
  // Each overlay declares its own `onDismiss`, typed with its own class: a handler typed with
  // `this` here would make every overlay unassignable to `OverlayBase` (handlers are contravariant).

  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.dismiss) return true;
    if (!REASONS.has(data)) return false;
    this.closedInBrowser();
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
defineControl(OverlayBase, { type: "overlay", props: { open: false }, events: [EventName.dismiss] });
