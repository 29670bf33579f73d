/**
 * `Radio`: one choice of a `RadioGroup`, with a label. It has no events of its own: the group
 * holds the chosen `value` and tells the app through its `onChange`.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";

export type RadioOptions = OptionsFor<typeof Radio>;

export class Radio extends control("radio", {
  /** What the group's `value` becomes when this radio is chosen. Default "". */
  value: prop(""),
  /** The label beside the radio, also its accessible name. Default "". */
  label: prop(""),
  /** Focus the radio when it appears. Default false. */
  autofocus: prop(false),
}) {
  /** `new Radio({ value: "red", label: "Red" })`, inside a `RadioGroup`. */
  constructor(options?: RadioOptions) {
    super();
    this.applyOptions(options);
  }
}
