/**
 * `Chip`: a compact action (with `onClick`) or a filter that toggles `selected` (with `onSelect`),
 * with an optional leading control, usually an `Icon`. `selected` follows the person before any
 * handler runs.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";

export type ChipOptions = OptionsOf<Chip, "leading" | "selected" | "showCheckmark" | "autofocus" | "onClick" | "onSelect">;

export class Chip extends Control {
  /** The chip's text, also its accessible name. Default "". */
  declare label: string;
  /** A control before the label, usually `new Icon(Icons.…)`. Default: none. */
  declare leading: Control | undefined;
  /** With `onSelect`, whether the chip is selected. Default false. */
  declare selected: boolean;
  /** With `onSelect`, show a check mark while selected (it replaces `leading`). Default true. */
  declare showCheckmark: boolean;
  /** Focus the chip when it appears. Default false. */
  declare autofocus: boolean;
  /** Runs when the chip is clicked (an action chip). Not used together with `onSelect`. */
  declare onClick: Handler<ControlEvent<Chip>> | undefined;
  /** Makes the chip a filter that toggles `selected`; runs with `e.data` the new state. */
  declare onSelect: Handler<ControlEvent<Chip, boolean>> | undefined;

  /** `new Chip("Vegan", { leading: new Icon(Icons.ECO), onSelect })` */
  constructor(label?: string, options?: ChipOptions) {
    super();
    if (label !== undefined) this.label = label;
    this.applyOptions(options);
  }

  /** Keeps `selected` in step with the browser; refuses data that is not a boolean. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.select) return true;
    if (typeof data !== "boolean") return false;
    this.syncProp("selected", data);
    return true;
  }
}
defineControl(Chip, {
  type: "chip",
  props: { label: "", selected: false, showCheckmark: true, autofocus: false },
  events: [EventName.click, EventName.select],
  clientProps: ["selected"],
  slots: { leading: "single" },
});
