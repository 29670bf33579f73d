/**
 * `Checkbox`: a labelled check box. `value` follows the person's clicks before any handler runs.
 * With `tristate`, a click cycles false → true → null (indeterminate) → false.
 */
import { EventName } from "../../protocol/index.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";

export type CheckboxOptions = OptionsFor<typeof Checkbox>;

export class Checkbox extends control("checkbox", {
  /** The label beside the box, also its accessible name. Default "". */
  label: prop(""),
  /** Ticked (true), clear (false) or, with `tristate`, indeterminate (null). Default false. */
  value: prop<boolean | null>(false),
  /** Allow the indeterminate state. Default false. */
  tristate: prop(false),
  /** Focus the box when it appears. Default false. */
  autofocus: prop(false),
  /** Runs when the person changes the box; `e.data` is the new value. */
  onChange: on<boolean | null>(),
}, undefined, { clientProps: ["value"] }) {
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
