/**
 * `popupmenuitem`: an `md-menu-item` (role menuitem, named by its text) with an optional leading
 * icon and a check mark while `checked`. md-menu reports a pick by pointer or keyboard as a
 * `close-menu` event, which becomes `click`. An item made with neither text nor icon is a
 * divider line (role separator).
 */
import { attr, h, icon, str } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import { defineRenderer } from "../declare-renderer.js";

interface CloseMenuDetail {
  reason?: { kind?: string; key?: string };
}

/** An item's view; a divider has no headline, and its setters do nothing. */
interface ItemView {
  readonly element: HTMLElement & { disabled?: boolean };
  readonly headline?: HTMLElement;
  lead?: HTMLElement;
  check?: HTMLElement;
  readonly ownsDisabled?: true;
}

/** A pick: a click, or Enter or Space (md-menu's Escape is a close, not a pick). */
function isPick(detail: CloseMenuDetail | undefined): boolean {
  const reason = detail?.reason;
  return reason?.kind === "click-selection" || (reason?.kind === "keydown" && (reason.key === "Enter" || reason.key === "Space"));
}

/** Puts `glyph` (or nothing) in the item's `slot`, replacing what was there. */
function place(view: ItemView, old: HTMLElement | undefined, name: string, slot: string): HTMLElement | undefined {
  old?.remove();
  const glyph = name ? icon(name) : undefined;
  if (glyph) {
    glyph.slot = slot;
    view.element.append(glyph);
  }
  return glyph;
}

export const popupMenuItem = defineRenderer("popupmenuitem", {
  create(ctx): ItemView {
    if (!str(ctx.props.text) && !str(ctx.props.icon)) {
      const element = h("div", "weft-popupmenu__divider");
      element.setAttribute("role", "separator");
      return { element };
    }
    const element = document.createElement("md-menu-item") as HTMLElement & { disabled: boolean };
    const headline = h("div");
    headline.slot = "headline";
    element.append(headline);
    element.addEventListener("close-menu", (e) => {
      if (isPick((e as CustomEvent<CloseMenuDetail>).detail)) ctx.fire(EventName.click);
    });
    return { element, headline, ownsDisabled: true };
  },
  props: {
    text({ headline }, value) {
      if (headline) headline.textContent = str(value);
    },
    icon(view, value) {
      if (view.headline) view.lead = place(view, view.lead, str(value), "start");
    },
    checked(view, value) {
      if (!view.headline) return;
      view.check = place(view, view.check, value === true ? "check" : "", "end");
      attr(view.element, "data-checked", typeof value === "boolean" ? String(value) : null);
    },
    disabled(view, value) {
      if (view.headline) view.element.disabled = value === true;
    },
  },
});
