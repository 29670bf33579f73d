/** `NavigationDrawerDestination`: A destination in a `NavigationDrawer`: an icon and a label on one row. */
import { defineControl } from "../control-spec.js";
import { DestinationBase } from "./destination-base.js";

/** `new NavigationDrawerDestination({ icon: "inbox", label: "Inbox" })` */
export class NavigationDrawerDestination extends DestinationBase {}
defineControl(NavigationDrawerDestination, { type: "navigationdrawerdestination" });
