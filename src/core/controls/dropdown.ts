/**
 * `Dropdown`: a labelled field that opens a menu of `DropdownOption`s; `value` is the chosen
 * option's key and follows the person before any handler runs. Opens with a click, Enter, Space or
 * the arrow keys.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { DropdownOption } from "./dropdown-option.js";

export type DropdownOptions = OptionsOf<
  Dropdown,
  "label" | "options" | "value" | "helperText" | "errorText" | "autofocus" | "onChange" | "onFocus" | "onBlur"
>;

export class Dropdown extends Control {
  /** The choices, in order. Mutate freely (`push`, `splice`), then update. */
  declare options: DropdownOption[];
  /** The field's label, also its accessible name. Default "". */
  declare label: string;
  /** The chosen option's key; undefined while none is chosen. Default: none. */
  declare value: string | undefined;
  /** Help shown under the field. Default: none. */
  declare helperText: string | undefined;
  /** An error shown under the field, which also marks it invalid. Default: none. */
  declare errorText: string | undefined;
  /** Focus the field when it appears. Default false. */
  declare autofocus: boolean;
  /** Runs when the person chooses an option; `e.data` is its key. */
  declare onChange: Handler<ControlEvent<Dropdown, string>> | undefined;
  /** Runs when the field gains focus. */
  declare onFocus: Handler<ControlEvent<Dropdown>> | undefined;
  /** Runs when the field loses focus. */
  declare onBlur: Handler<ControlEvent<Dropdown>> | undefined;

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
defineControl(Dropdown, {
  type: "dropdown",
  props: { label: "", value: undefined, helperText: undefined, errorText: undefined, autofocus: false },
  events: [EventName.change, EventName.focus, EventName.blur],
  clientProps: ["value"],
  slots: { options: "list" },
});
