/**
 * `banner`: a prominent message under the app bar with its actions (role alert, so screen
 * readers announce it when it appears). It stays until the app closes it; Escape inside it
 * dismisses it.
 */
import { h } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import { defineRenderer, type SlottedView } from "../declare-renderer.js";

interface BannerView extends SlottedView {
  setOpen(open: boolean): void;
}

export const banner = defineRenderer("banner", {
  create(ctx): BannerView {
    const element = h("div", "weft-banner");
    element.setAttribute("role", "alert");
    const leading = h("div", "weft-banner__leading");
    const content = h("div", "weft-banner__content");
    const actions = h("div", "weft-banner__actions");
    element.append(leading, content, actions);
    const slots: Record<string, HTMLElement> = { leading, content, actions };
    let open = false;
    const setOpen = (next: boolean) => {
      open = next;
      element.classList.toggle("weft-banner--open", open);
    };
    element.addEventListener("keydown", (e) => {
      if (e.key !== "Escape" || !open) return;
      e.preventDefault();
      setOpen(false);
      ctx.send(EventName.dismiss, "escape");
    });
    return { element, setOpen, slot: (name) => slots[name] };
  },
  props: {
    open: (view, value) => view.setOpen(value === true),
  },
});
