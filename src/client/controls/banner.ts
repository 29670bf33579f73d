/**
 * `banner`: a prominent message under the app bar with its actions (role alert, so screen
 * readers announce it when it appears). It stays until the app closes it; Escape inside it
 * dismisses it.
 */
import { h } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";

export const banner: Renderer = (ctx) => {
  const element = h("div", "weft-banner");
  element.setAttribute("role", "alert");
  const leading = h("div", "weft-banner__leading");
  const content = h("div", "weft-banner__content");
  const actions = h("div", "weft-banner__actions");
  element.append(leading, content, actions);
  const slots: Record<string, HTMLElement> = { leading, content, actions };
  let open = false;
  element.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || !open) return;
    e.preventDefault();
    open = false;
    element.classList.remove("weft-banner--open");
    ctx.send(EventName.dismiss, "escape");
  });
  return {
    element,
    update(changed) {
      if (!("open" in changed)) return;
      open = changed.open === true;
      element.classList.toggle("weft-banner--open", open);
    },
    slot: (name) => slots[name],
  };
};
