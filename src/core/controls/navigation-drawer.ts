/**
 * `NavigationDrawer`: a modal side sheet of destinations (and headings, dividers, any control).
 * Set it as `page.drawer` and show it with `page.open(drawer)`, often from an `AppBar`'s menu
 * button; Escape or a click on the scrim dismisses it. `selectedIndex` counts only the
 * `NavigationDrawerDestination`s among `controls` and follows the person's choice before
 * `onChange` runs; picking does not close the drawer (call `page.close(drawer)` for that).
 */
import { EventName } from "../../protocol/index.js";
import type { Control, OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { destinationIndex } from "./destination-base.js";
import { NavigationDrawerDestination } from "./navigation-drawer-destination.js";
import { closedByBrowser, OverlayBase, type DismissReason } from "./overlay-base.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type NavigationDrawerOptions = OptionsOf<NavigationDrawer, "selectedIndex" | "position" | "bgcolor" | "open" | "onChange" | "onDismiss">;

/** `new NavigationDrawer([new Text("Mail"), new NavigationDrawerDestination({ icon: "inbox", label: "Inbox" })])` */
export class NavigationDrawer extends OverlayBase {
  /** The drawer's contents, top to bottom: destinations and any other controls. */
  declare controls: Control[];
  /** The index of the selected destination (destinations only), or null for none. Default null. */
  declare selectedIndex: number | null;
  /** The edge the drawer slides in from. Default "start". */
  declare position: "start" | "end";
  /** The drawer's background colour. Default: the theme's surface-container-low. */
  declare bgcolor: string | undefined;
  /** Runs when the person picks a destination; `e.data` is its index, already in `selectedIndex`. */
  declare onChange: Handler<ControlEvent<NavigationDrawer, number>> | undefined;
  /**
   * Runs when the person closes the drawer in the browser (not when the app calls `page.close`);
   * `e.data` says how: `"escape"` or `"scrim"`.
   */
  declare onDismiss: Handler<ControlEvent<NavigationDrawer, DismissReason>> | undefined;

  /** `new NavigationDrawer(controls, options)`. Also Flet's keyword form, with the main value by name: `new NavigationDrawer({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<NavigationDrawerOptions, "controls", Control[]>, options?: NavigationDrawerOptions) {
    super();
    const [main, rest] = keywordForm(controls, options, this, "controls");
    if (main) this.controls = main;
    this.applyOptions(rest);
  }

  /** A pick must name an enabled, visible destination. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return super.acceptEvent(name, data);
    const destinations = this.controls.filter((c) => c instanceof NavigationDrawerDestination);
    const index = destinationIndex(destinations, data);
    if (index === undefined) return false;
    this.syncProp("selectedIndex", index);
    return true;
  }

  /** Escape and the scrim close it. */
  protected override dismissibleBy(reason: DismissReason): boolean {
    return closedByBrowser(reason);
  }
}
defineControl(NavigationDrawer, {
  type: "navigationdrawer",
  props: { selectedIndex: null, position: "start", bgcolor: undefined },
  events: [EventName.change],
  clientProps: ["selectedIndex"],
  slots: { controls: "list" },
});
