/**
 * `Tabs`: a tab bar (`role="tablist"`, one `role="tab"` per `Tab`) over the selected tab's
 * content (`role="tabpanel"`). Click a tab, or move along the bar with the arrow keys, Home and
 * End; `selectedIndex` follows before any handler runs.
 */
import { EventName } from "../../protocol/index.js";
import { children, control, on, prop, type OptionsFor } from "../declare-control.js";
import type { Tab } from "./tab.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type TabsOptions = OptionsFor<typeof Tabs, "tabs">;

/** `new Tabs([new Tab("One", a), new Tab("Two", b)], { selectedIndex: 0, onChange })` */
export class Tabs extends control(
  "tabs",
  {
    /** The tabs, in order. Mutate freely, then update. */
    tabs: children<Tab>(),
    /** The index of the selected tab; kept in step with the person's choice. Default 0. */
    selectedIndex: prop(0),
    /**
     * Each tab as wide as its label, from the start, the bar scrolling sideways when they do not
     * fit (Flet's default); false shares the width equally among the tabs. Default true.
     */
    scrollable: prop(true),
    /** The selected tab's underline colour. Default: the theme's primary. */
    indicatorColor: prop<string>(),
    /** The selected tab's label colour. Default: the theme's primary. */
    labelColor: prop<string>(),
    /** The other tabs' label colour. Default: the theme's on-surface-variant. */
    unselectedLabelColor: prop<string>(),
    /** The line under the whole tab bar. Default: the theme's surface-variant. */
    dividerColor: prop<string>(),
    /** Runs when the person picks another tab; `e.data` is its index. */
    onChange: on<number>(),
  },
  undefined,
  { clientProps: ["selectedIndex"] },
) {
  /** `new Tabs(tabs, options)`. Also Flet's keyword form, with the main value by name: `new Tabs({ tabs: …, ...options })`. */
  constructor(tabs?: Tab[] | WithMain<TabsOptions, "tabs", Tab[]>, options?: TabsOptions) {
    super();
    const [main, rest] = keywordForm(tabs, options, this, "tabs");
    if (main) this.tabs = main;
    this.applyOptions(rest);
  }

  /** The selected `Tab`, if the index is in range. */
  get selectedTab(): Tab | undefined {
    return this.tabs[this.selectedIndex];
  }

  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return true;
    if (typeof data !== "number" || !Number.isInteger(data)) return false;
    // Only a tab a person can pick: on the bar, enabled and shown.
    const tab = this.tabs[data];
    if (!tab || tab.disabled || !tab.visible) return false;
    this.syncProp("selectedIndex", data);
    return true;
  }
}
