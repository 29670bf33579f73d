/**
 * What the destinations of a `NavigationBar`, `NavigationRail` and `NavigationDrawer` share: an
 * icon, an icon shown while selected, and a label that is also the destination's accessible name.
 * Selection belongs to the container (`selectedIndex`), not to the destination.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";

export type DestinationOptions = OptionsOf<DestinationBase, "icon" | "selectedIcon" | "label">;

export abstract class DestinationBase extends Control {
  /** A Material Symbols icon name, e.g. `"explore"`. Default "". */
  declare icon: string;
  /** The icon shown while this destination is selected. Default: `icon`, filled. */
  declare selectedIcon: string | undefined;
  /** The text under or beside the icon, also the accessible name. Default "". */
  declare label: string;

  /** `new NavigationBarDestination({ icon: "explore", label: "Explore" })` */
  constructor(options?: DestinationOptions) {
    super();
    this.applyOptions(options);
  }
}
defineControl(DestinationBase, { type: "destination", props: { icon: "", selectedIcon: undefined, label: "" } });

/** The index of the selectable destination `data` names, or undefined when it names none. */
export function destinationIndex(destinations: readonly Control[], data: unknown): number | undefined {
  if (typeof data !== "number" || !Number.isInteger(data) || data < 0 || data >= destinations.length) return undefined;
  const target = destinations[data]!;
  return target.disabled || !target.visible ? undefined : data;
}

/** What a bar and a rail of destinations share: a pick must name an enabled, visible destination. */
export abstract class DestinationList extends Control {
  declare destinations: DestinationBase[];
  declare selectedIndex: number | null;

  /** A `change` is refused unless it names an enabled, visible destination; `selectedIndex` follows it. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return true;
    const index = destinationIndex(this.destinations, data);
    if (index === undefined) return false;
    this.syncProp("selectedIndex", index);
    return true;
  }
}
