/** `DropdownOption`: one choice of a `Dropdown`: a key (the dropdown's `value` when chosen) and the text shown. */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type DropdownOptionOptions = OptionsOf<DropdownOption, "text">;

export class DropdownOption extends Control {
  /** What the dropdown's `value` becomes when this option is chosen. Default "". */
  declare key: string;
  /** The text shown, also the option's accessible name. Default: the key. */
  declare text: string | undefined;

  /**
   * `new DropdownOption("red", { text: "Red" })`, or just `new DropdownOption("Red")`.
   * Also Flet's keyword form, with the main value by name: `new DropdownOption({ key: …, ...options })`.
   */
  constructor(key?: string | WithMain<DropdownOptionOptions, "key", string>, options?: DropdownOptionOptions) {
    super();
    const [main, rest] = keywordForm(key, options, this, "key");
    if (main !== undefined) this.key = main;
    this.applyOptions(rest);
  }
}
defineControl(DropdownOption, { type: "dropdownoption", props: { key: "", text: undefined } });
