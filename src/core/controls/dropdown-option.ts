/** `DropdownOption`: one choice of a `Dropdown`: a key (the dropdown's `value` when chosen) and the text shown. */
import { control, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type DropdownOptionOptions = OptionsFor<typeof DropdownOption, "key">;

export class DropdownOption extends control("dropdownoption", {
  /** What the dropdown's `value` becomes when this option is chosen. Default "". */
  key: prop(""),
  /** The text shown, also the option's accessible name. Default: the key. */
  text: prop<string>(),
}) {
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
