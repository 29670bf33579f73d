/** `DropdownOption`: one choice of a `Dropdown`: a key (the dropdown's `value` when chosen) and the text shown. */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";

export type DropdownOptionOptions = OptionsOf<DropdownOption, "text">;

export class DropdownOption extends Control {
  /** What the dropdown's `value` becomes when this option is chosen. Default "". */
  declare key: string;
  /** The text shown, also the option's accessible name. Default: the key. */
  declare text: string | undefined;

  /** `new DropdownOption("red", { text: "Red" })`, or just `new DropdownOption("Red")`. */
  constructor(key?: string, options?: DropdownOptionOptions) {
    super();
    if (key !== undefined) this.key = key;
    this.applyOptions(options);
  }
}
defineControl(DropdownOption, { type: "dropdownoption", props: { key: "", text: undefined } });
