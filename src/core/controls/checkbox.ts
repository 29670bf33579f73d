/**
 * `Checkbox`: a labelled check box. `value` follows the person's clicks before any handler runs.
 * With `tristate`, a click cycles false → true → null (indeterminate) → false.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";

export type CheckboxOptions = OptionsOf<Checkbox, "label" | "value" | "tristate" | "autofocus" | "onChange">;

export class Checkbox extends Control {
  /** The label beside the box, also its accessible name. Default "". */
  declare label: string;
  /** Ticked (true), clear (false) or, with `tristate`, indeterminate (null). Default false. */
  declare value: boolean | null;
  /** Allow the indeterminate state. Default false. */
  declare tristate: boolean;
  /** Focus the box when it appears. Default false. */
  declare autofocus: boolean;
  /** Runs when the person changes the box; `e.data` is the new value. */
  declare onChange: Handler<ControlEvent<Checkbox, boolean | null>> | undefined;

  /** `new Checkbox({ label: "Agree", onChange })` */
  constructor(options?: CheckboxOptions) {
    super();
    this.applyOptions(options);
  }

  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return true;
    if (typeof data !== "boolean" && !(data === null && this.tristate)) return false;
    this.syncProp("value", data);
    return true;
  }
}
defineControl(Checkbox, {
  type: "checkbox",
  props: { label: "", value: false, tristate: false, autofocus: false },
  events: [EventName.change],
  clientProps: ["value"],
});
