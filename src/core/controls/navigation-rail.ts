/**
 * `NavigationRail`: the M3 side rail of destinations for wide screens, usually at the start of a
 * `Row` beside the content. `selectedIndex` follows the person's choice before `onChange` runs.
 */
import { EventName } from "../../protocol/index.js";
import type { Control, OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { DestinationList } from "./destination-base.js";
import type { NavigationRailDestination } from "./navigation-rail-destination.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** Which labels an unextended rail shows. */
export type NavigationRailLabelType = "none" | "selected" | "all";

export type NavigationRailOptions = OptionsOf<
  NavigationRail,
  "selectedIndex" | "extended" | "labelType" | "leading" | "trailing" | "bgcolor" | "minWidth" | "minExtendedWidth" | "onChange"
>;

/** `new NavigationRail([new NavigationRailDestination({ icon: "home", label: "Home" }), …], { labelType: "all" })` */
export class NavigationRail extends DestinationList {
  /** The destinations, in order. */
  declare destinations: NavigationRailDestination[];
  /** The index of the selected destination, or null for none; follows the person's choice. Default 0. */
  declare selectedIndex: number | null;
  /** Wide, with labels beside the icons. Default false. */
  declare extended: boolean;
  /** Which labels show while not extended. Default "none" (the accessible names stay). */
  declare labelType: NavigationRailLabelType;
  /** A control above the destinations, e.g. a `FloatingActionButton`. Default none. */
  declare leading: Control | undefined;
  /** A control below the destinations. Default none. */
  declare trailing: Control | undefined;
  /** The rail's background colour. Default: the theme's surface. */
  declare bgcolor: string | undefined;
  /** The rail's width while not extended, in CSS pixels. Default 80. */
  declare minWidth: number | undefined;
  /** The rail's width while extended, in CSS pixels. Default 256. */
  declare minExtendedWidth: number | undefined;
  /** Runs when the person picks a destination; `e.data` is its index, already in `selectedIndex`. */
  declare onChange: Handler<ControlEvent<NavigationRail, number>> | undefined;

  /** `new NavigationRail(destinations, options)`. Also Flet's keyword form, with the main value by name: `new NavigationRail({ destinations: …, ...options })`. */
  constructor(destinations?: NavigationRailDestination[] | WithMain<NavigationRailOptions, "destinations", NavigationRailDestination[]>, options?: NavigationRailOptions) {
    super();
    const [main, rest] = keywordForm(destinations, options, this, "destinations");
    if (main) this.destinations = main;
    this.applyOptions(rest);
  }
}
defineControl(NavigationRail, {
  type: "navigationrail",
  props: { selectedIndex: 0, extended: false, labelType: "none", bgcolor: undefined, minWidth: undefined, minExtendedWidth: undefined },
  events: [EventName.change],
  clientProps: ["selectedIndex"],
  slots: { leading: "single", destinations: "list", trailing: "single" },
});
