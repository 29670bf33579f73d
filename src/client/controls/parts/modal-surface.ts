/**
 * A native modal `<dialog>` for the overlays that block the page (AlertDialog, BottomSheet,
 * NavigationDrawer, the pickers). `showModal()` puts it in the top layer, makes the page behind
 * it inert and moves focus into it; Escape and a click on the scrim close it and are reported as
 * a dismissal when `dismissible()` allows, otherwise ignored; Tab and Shift+Tab wrap around
 * inside it; focus goes back where it was when it closes or leaves the page. Why not `md-dialog`: docs/decisions/0007-overlays.md.
 */
import { EventName } from "../../../protocol/index.js";
import { h } from "../../dom.js";
import type { RenderContext } from "../../registry.js";

/** How the person dismissed an overlay, as `onDismiss` receives it. */
export type DismissReason = "escape" | "scrim" | "timeout" | "action" | "cancel";

export interface ModalSurface {
  readonly dialog: HTMLDialogElement;
  /** Shows or hides the dialog to match the server's `open`. */
  setOpen(open: boolean): void;
  /** Closes the dialog here without telling the server (a picker's OK sends its own event). */
  close(): void;
  /** Closes the dialog and tells the server the person dismissed it. */
  dismiss(reason: DismissReason): void;
  /** Closes a dialog that leaves the page and gives focus back. */
  destroy(): void;
}

/** What may take focus; custom elements (an `@material/web` button) are tried too. */
const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])";

/** Whether focus is on `el` or inside it, through shadow roots. */
function holdsFocus(el: Element): boolean {
  for (let active = document.activeElement; active; active = active.shadowRoot?.activeElement ?? null) {
    if (active === el || el.contains(active)) return true;
  }
  return false;
}

export function modalSurface(ctx: RenderContext, className: string, dismissible: () => boolean): ModalSurface {
  const dialog = h("dialog", className);
  let wanted = false;
  let opener: HTMLElement | undefined;
  let pressedOnScrim = false;

  // Focus sentinels at both ends, present while open: reaching one wraps focus to the other end.
  const sentinel = () => {
    const el = h("span", "weft-focus-trap");
    el.tabIndex = 0;
    el.setAttribute("aria-hidden", "true");
    return el;
  };
  const first = sentinel();
  const last = sentinel();
  const focusEdge = (edge: "first" | "last") => {
    const candidates = [...dialog.querySelectorAll("*")].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== first && el !== last && (el.localName.includes("-") || el.matches(FOCUSABLE)),
    );
    if (edge === "last") candidates.reverse();
    for (const candidate of candidates) {
      candidate.focus();
      if (holdsFocus(candidate)) return;
    }
    dialog.focus();
  };
  first.addEventListener("focus", () => focusEdge("last"));
  last.addEventListener("focus", () => focusEdge("first"));

  const restoreFocus = () => {
    const active = document.activeElement;
    if (opener?.isConnected && (!active || active === document.body || dialog.contains(active))) opener.focus();
    opener = undefined;
  };
  const show = () => {
    if (!wanted || dialog.open) return;
    // A dialog is built off-document; it can be shown once its patch has put it in the page.
    if (!dialog.isConnected) return void requestAnimationFrame(show);
    const active = document.activeElement;
    opener = active instanceof HTMLElement && active !== document.body ? active : undefined;
    dialog.showModal();
    // After showModal, which focuses the first field or the dialog itself, not a sentinel.
    dialog.prepend(first);
    dialog.append(last);
  };
  const close = () => {
    wanted = false;
    if (dialog.open) dialog.close();
    first.remove();
    last.remove();
    restoreFocus();
  };
  const dismiss = (reason: DismissReason) => {
    close();
    ctx.send(EventName.dismiss, reason);
  };

  dialog.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || e.defaultPrevented) return;
    // Handled here rather than through `cancel`: Chrome lets a second Escape close a dialog
    // whose cancel was refused, which a modal AlertDialog must not allow.
    e.preventDefault();
    if (dismissible()) dismiss("escape");
  });
  dialog.addEventListener("cancel", (e) => {
    e.preventDefault();
    if (dismissible()) dismiss("escape");
  });
  // The scrim is the dialog's ::backdrop: a press there targets the dialog itself, outside its box.
  const onScrim = (e: MouseEvent) => {
    if (e.target !== dialog) return false;
    const box = dialog.getBoundingClientRect();
    return e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom;
  };
  dialog.addEventListener("pointerdown", (e) => void (pressedOnScrim = onScrim(e)));
  dialog.addEventListener("click", (e) => {
    if (pressedOnScrim && onScrim(e) && dismissible()) dismiss("scrim");
    pressedOnScrim = false;
  });
  dialog.addEventListener("close", () => {
    // Closed by something other than us (the browser's own close request): a dismissal, or,
    // for a dialog the person may not dismiss, shown again.
    if (!wanted) return;
    if (dismissible()) {
      wanted = false;
      first.remove();
      last.remove();
      restoreFocus();
      ctx.send(EventName.dismiss, "escape");
    } else queueMicrotask(show);
  });

  return {
    dialog,
    setOpen(open) {
      if (open === wanted) return;
      if (open) {
        wanted = true;
        queueMicrotask(show);
      } else close();
    },
    close,
    dismiss,
    destroy: close,
  };
}
