/**
 * `RadioGroup`: holds any layout of `Radio`s (a `Row`, a `Column`, …) and the value of the chosen
 * one. Arrow keys move the choice within the group; `value` follows the person before any handler
 * runs.
 */
import { EventName } from "../../protocol/index.js";
import { childrenOf, type Control } from "../control.js";
import { child, control, on, prop, type OptionsFor } from "../declare-control.js";
import { Radio } from "./radio.js";

export type RadioGroupOptions = OptionsFor<typeof RadioGroup, "content">;

export class RadioGroup extends control(
  "radiogroup",
  {
    /** The radios, in any layout of controls. */
    content: child(),
    /** The `value` of the chosen radio; undefined while none is chosen. Default: none. */
    value: prop<string>(),
    /** Runs when the person chooses a radio; `e.data` is its value. */
    onChange: on<string>(),
  },
  undefined,
  { clientProps: ["value"] },
) {
  /** `new RadioGroup(new Row([new Radio({ value: "a", label: "A" }), …]), { onChange })` */
  constructor(content?: Control, options?: RadioGroupOptions) {
    super();
    if (content) this.content = content;
    this.applyOptions(options);
  }

  /** Keeps `value` in step with the browser; refuses anything but the value of one of its radios. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return true;
    if (typeof data !== "string" || !radiosIn(this).some((radio) => radio.value === data && !radio.disabled)) return false;
    this.syncProp("value", data);
    return true;
  }
}

/** Every radio under a group, stopping at nested groups (their radios are theirs). */
function radiosIn(control: Control, found: Radio[] = []): Radio[] {
  for (const child of childrenOf(control)) {
    if (child instanceof Radio) found.push(child);
    else if (!(child instanceof RadioGroup)) radiosIn(child, found);
  }
  return found;
}
