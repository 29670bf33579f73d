/**
 * `tab`: one `<button role="tab">` for the tab bar, and the `role="tabpanel"` holding its
 * content. The panel lives outside the tab's element: the `tabs` renderer finds it with
 * `panelOf(tabElement)` and places it under the bar.
 */
import { defineRenderer, type SlottedView } from "../declare-renderer.js";
import { attr, h, icon, str } from "../dom.js";

const panels = new WeakMap<Element, HTMLElement>();

/** The panel of a tab element made by this renderer. */
export function panelOf(tab: Element): HTMLElement | undefined {
  return panels.get(tab);
}

interface TabView extends SlottedView<HTMLButtonElement> {
  readonly label: HTMLElement;
  glyph: HTMLElement | undefined;
  readonly ownsDisabled: true;
  destroy(): void;
}

export const tab = defineRenderer("tab", {
  create(ctx): TabView {
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
    return {
      element,
      label,
      glyph: undefined,
      ownsDisabled: true,
      slot: (name) => (name === "content" ? panel : undefined),
      destroy: () => panel.remove(),
    };
  },
  props: {
    text: ({ label }, value) => (label.textContent = str(value)),
    icon(view, value) {
      view.glyph?.remove();
      view.glyph = str(value) ? icon(str(value), "weft-tab__icon") : undefined;
      if (view.glyph) view.element.prepend(view.glyph);
    },
    disabled({ element }, value) {
      element.disabled = value === true;
      attr(element, "aria-disabled", value === true ? "true" : null);
    },
  },
});
