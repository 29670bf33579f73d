/**
 * `Dropdown`: a labelled field that opens a menu of `DropdownOption`s; `value` is the chosen
 * option's key and follows the person before any handler runs. Opens with a click, Enter, Space or
 * the arrow keys.
 */
import { EventName } from "../../protocol/index.js";
import { children, control, on, prop, type OptionsFor } from "../declare-control.js";
import { DropdownOption } from "./dropdown-option.js";

export type DropdownOptions = OptionsFor<typeof Dropdown>;

export class Dropdown extends control(
  "dropdown",
  {
    /** The choices, in order. Mutate freely (`push`, `splice`), then update. */
    options: children<DropdownOption>(),
    /** The field's label, also its accessible name. Default "". */
    label: prop(""),
    /** The chosen option's key; undefined while none is chosen. Default: none. */
    value: prop<string>(),
    /** Help shown under the field. Default: none. */
    helperText: prop<string>(),
    /** An error shown under the field, which also marks it invalid. Default: none. */
    errorText: prop<string>(),
    /** Focus the field when it appears. Default false. */
    autofocus: prop(false),
    /** Runs when the person chooses an option; `e.data` is its key. */
    onChange: on<string>(),
    /** Runs when the field gains focus. */
    onFocus: on(),
    /** Runs when the field loses focus. */
    onBlur: on(),
  },
  undefined,
  { clientProps: ["value"] },
) {
  /** `new Dropdown({ label: "Colour", options: [new DropdownOption("Red"), new DropdownOption("Green")], onChange })` */
  constructor(options?: DropdownOptions) {
    super();
    this.applyOptions(options);
  }

  /** Keeps `value` in step with the browser; refuses anything but the key of one of its options. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return true;
    if (typeof data !== "string" || !this.options.some((option) => option instanceof DropdownOption && option.key === data && !option.disabled)) return false;
    this.syncProp("value", data);
    return true;
  }
}
