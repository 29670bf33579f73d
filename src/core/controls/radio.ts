/**
 * `Radio`: one choice of a `RadioGroup`, with a label. It has no events of its own: the group
 * holds the chosen `value` and tells the app through its `onChange`.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";

export type RadioOptions = OptionsOf<Radio, "value" | "label" | "autofocus">;

export class Radio extends Control {
  /** What the group's `value` becomes when this radio is chosen. Default "". */
  declare value: string;
  /** The label beside the radio, also its accessible name. Default "". */
  declare label: string;
  /** Focus the radio when it appears. Default false. */
  declare autofocus: boolean;

  /** `new Radio({ value: "red", label: "Red" })`, inside a `RadioGroup`. */
  constructor(options?: RadioOptions) {
    super();
    this.applyOptions(options);
  }
}
defineControl(Radio, { type: "radio", props: { value: "", label: "", autofocus: false } });
