/**
 * `tabs`: a `role="tablist"` bar holding the `tabs` slot, over the panels of those tabs (see
 * `tab.ts`). The selected tab has `aria-selected` and the only tab stop; the arrow keys, Home and
 * End move along the bar and select (automatic activation), as does a click. The choice shows at
 * once and reaches the server as `change` (`selectedIndex` follows, `onChange` runs).
 */
import { color } from "../colors.js";
import { h } from "../dom.js";
import type { JsonValue } from "../../protocol/index.js";
import { defineRenderer, type PropSetter, type SlottedView } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";
import { panelOf } from "./tab.js";

const COLORS: Record<string, string> = {
  indicatorColor: "--weft-tabs-indicator",
  labelColor: "--weft-tabs-label",
  unselectedLabelColor: "--weft-tabs-unselected",
  dividerColor: "--weft-tabs-divider",
};

interface TabsView extends SlottedView {
  /** Selects the tab at `index` as the server says. */
  select(index: number): void;
}

/** A colour prop as its CSS variable (or none). */
function paint(variable: string): PropSetter<TabsView> {
  return ({ element }, value: JsonValue | null) => {
    if (color(value)) element.style.setProperty(variable, color(value));
    else element.style.removeProperty(variable);
  };
}

function create(ctx: RenderContext): TabsView {
  const element = h("div", "weft-tabs");
  const bar = h("div", "weft-tabs__bar");
  bar.setAttribute("role", "tablist");
  const panelHost = h("div", "weft-tabs__panels");
  element.append(bar, panelHost);
  let selected = 0;

  const tabList = () => [...bar.children] as HTMLButtonElement[];

  /** Puts the tabs' panels under the bar in tab order, and shows the selected one. */
  const sync = () => {
    const list = tabList();
    const wanted = list.map(panelOf).filter((p): p is HTMLElement => p !== undefined);
    const current = [...panelHost.children];
    // Re-placing panels only when the tabs changed keeps focus and scroll inside them.
    if (wanted.length !== current.length || wanted.some((p, i) => current[i] !== p)) panelHost.replaceChildren(...wanted);
    list.forEach((tab, i) => {
      const on = i === selected;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = panelOf(tab);
      if (panel) panel.hidden = !on;
    });
  };
  new MutationObserver(sync).observe(bar, { childList: true });

  const choose = (index: number, focus: boolean) => {
    const list = tabList();
    const tab = list[index];
    if (!tab || tab.disabled) return;
    if (focus) tab.focus();
    if (index === selected) return;
    selected = index;
    sync();
    ctx.changed(() => selected);
  };

  bar.addEventListener("click", (e) => {
    const tab = (e.target as Element).closest<HTMLButtonElement>("[role=tab]");
    if (tab && tab.parentElement === bar) choose(tabList().indexOf(tab), false);
  });
  bar.addEventListener("keydown", (e) => {
    const list = tabList();
    const from = list.indexOf(e.target as HTMLButtonElement);
    if (from < 0) return;
    const enabled = list.map((t, i) => (t.disabled ? -1 : i)).filter((i) => i >= 0);
    const at = enabled.indexOf(from);
    let next: number | undefined;
    if (e.key === "ArrowRight") next = enabled[(at + 1) % enabled.length];
    else if (e.key === "ArrowLeft") next = enabled[(at - 1 + enabled.length) % enabled.length];
    else if (e.key === "Home") next = enabled[0];
    else if (e.key === "End") next = enabled[enabled.length - 1];
    if (next === undefined) return;
    e.preventDefault();
    choose(next, true);
  });
  bar.addEventListener("focusout", () => ctx.commit());

  return {
    element,
    select(index) {
      selected = index;
      sync();
    },
    slot: (name) => (name === "tabs" ? bar : undefined),
  };
}

export const tabs = defineRenderer("tabs", {
  create,
  props: {
    selectedIndex: (view, value) => view.select(typeof value === "number" ? value : 0),
    // Scrollable is the default (never sent); a fixed bar shares its width equally.
    scrollable: ({ element }, value) => element.classList.toggle("weft-tabs--fixed", value === false),
    ...Object.fromEntries(Object.entries(COLORS).map(([name, variable]) => [name, paint(variable)])),
  },
});
