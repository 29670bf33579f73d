/**
 * `appbar`: the M3 small top app bar, a `<header>` (the page's banner landmark) with the leading
 * control, the title as a level-1 heading, and the actions at the end.
 */
import { color } from "../colors.js";
import { h, px } from "../dom.js";
import type { Renderer } from "../registry.js";

export const appBar: Renderer = () => {
  const element = h("header", "weft-appbar");
  const leading = h("div", "weft-appbar__leading");
  const title = h("div", "weft-appbar__title");
  title.setAttribute("role", "heading");
  title.setAttribute("aria-level", "1");
  const actions = h("div", "weft-appbar__actions");
  element.append(leading, title, actions);
  const slots: Record<string, HTMLElement> = { leading, title, actions };
  return {
    element,
    update(changed) {
      if ("centerTitle" in changed) element.classList.toggle("weft-appbar--center", changed.centerTitle === true);
      if ("color" in changed) element.style.color = color(changed.color);
      if ("toolbarHeight" in changed) element.style.height = px(changed.toolbarHeight);
    },
    slot: (name) => slots[name],
  };
};
