/**
 * `tab`: one `<button role="tab">` for the tab bar, and the `role="tabpanel"` holding its
 * content. The panel lives outside the tab's element: the `tabs` renderer finds it with
 * `panelOf(tabElement)` and places it under the bar.
 */
import { attr, h, icon, str } from "../dom.js";
import type { Renderer } from "../registry.js";

const panels = new WeakMap<Element, HTMLElement>();

/** The panel of a tab element made by this renderer. */
export function panelOf(tab: Element): HTMLElement | undefined {
  return panels.get(tab);
}

export const tab: Renderer = (ctx) => {
  const element = h("button", "weft-tab");
  element.type = "button";
  element.id = `weft-tab-${ctx.id}`;
  element.setAttribute("role", "tab");
  element.setAttribute("aria-selected", "false");
  element.tabIndex = -1;
  const label = h("span", "weft-tab__label");
  element.append(label);
  const panel = h("div", "weft-tabpanel");
  panel.id = `weft-tabpanel-${ctx.id}`;
  panel.setAttribute("role", "tabpanel");
  panel.setAttribute("aria-labelledby", element.id);
  panel.tabIndex = 0;
  panel.hidden = true;
  element.setAttribute("aria-controls", panel.id);
  panels.set(element, panel);
  let glyph: HTMLElement | undefined;
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "text":
            label.textContent = str(value);
            break;
          case "icon":
            glyph?.remove();
            glyph = str(value) ? icon(str(value), "weft-tab__icon") : undefined;
            if (glyph) element.prepend(glyph);
            break;
          case "disabled":
            element.disabled = value === true;
            attr(element, "aria-disabled", value === true ? "true" : null);
            break;
        }
      }
    },
    slot: (name) => (name === "content" ? panel : undefined),
    destroy: () => panel.remove(),
  };
};
