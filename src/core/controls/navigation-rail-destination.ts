/** `NavigationRailDestination`: A destination of a `NavigationRail`: an icon with a label under or beside it. */
import { defineControl } from "../control-spec.js";
import { DestinationBase } from "./destination-base.js";

/** `new NavigationRailDestination({ icon: "inbox", label: "Inbox" })` */
export class NavigationRailDestination extends DestinationBase {}
defineControl(NavigationRailDestination, { type: "navigationraildestination" });
