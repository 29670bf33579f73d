/** `NavigationBarDestination`: A destination of a `NavigationBar`: an icon with a label under it. */
import { defineControl } from "../control-spec.js";
import { DestinationBase } from "./destination-base.js";

/** `new NavigationBarDestination({ icon: "inbox", label: "Inbox" })` */
export class NavigationBarDestination extends DestinationBase {}
defineControl(NavigationBarDestination, { type: "navigationbardestination" });
