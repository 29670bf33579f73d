/**
 * `NavigationBar`: the M3 bar of three to five destinations along the bottom of the screen,
 * usually set as `page.navigationBar`. `selectedIndex` follows the person's choice before
 * `onChange` runs.
 *
 * ```ts
 * page.navigationBar = new NavigationBar(
 *   [new NavigationBarDestination({ icon: "explore", label: "Explore" }), new NavigationBarDestination({ icon: "bookmark", label: "Saved" })],
 *   { onChange: (e) => show(e.data) },
 * );
 * ```
 */
import { EventName } from "../../protocol/index.js";
import type { OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { DestinationList } from "./destination-base.js";
import type { NavigationBarDestination } from "./navigation-bar-destination.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type NavigationBarOptions = OptionsOf<NavigationBar, "selectedIndex" | "bgcolor" | "labelBehavior" | "onChange">;

/** When a navigation bar shows its labels. */
export type NavigationBarLabelBehavior = "alwaysShow" | "alwaysHide" | "onlyShowSelected";

export class NavigationBar extends DestinationList {
  /** The destinations, in order. */
  declare destinations: NavigationBarDestination[];
  /** The index of the selected destination; follows the person's choice. Default 0. */
  declare selectedIndex: number;
  /** The bar's background colour. Default: the theme's surface-container. */
  declare bgcolor: string | undefined;
  /** When labels show. Default "alwaysShow". */
  declare labelBehavior: NavigationBarLabelBehavior;
  /** Runs when the person picks a destination; `e.data` is its index, already in `selectedIndex`. */
  declare onChange: Handler<ControlEvent<NavigationBar, number>> | undefined;

  /** `new NavigationBar(destinations, options)`. Also Flet's keyword form, with the main value by name: `new NavigationBar({ destinations: …, ...options })`. */
  constructor(destinations?: NavigationBarDestination[] | WithMain<NavigationBarOptions, "destinations", NavigationBarDestination[]>, options?: NavigationBarOptions) {
    super();
    const [main, rest] = keywordForm(destinations, options, this, "destinations");
    if (main) this.destinations = main;
    this.applyOptions(rest);
  }
}
defineControl(NavigationBar, {
  type: "navigationbar",
  props: { selectedIndex: 0, bgcolor: undefined, labelBehavior: "alwaysShow" },
  events: [EventName.change],
  clientProps: ["selectedIndex"],
  slots: { destinations: "list" },
});
