/** `Switch`: an on/off toggle with a label. `value` follows the person's clicks before any handler runs. */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";

export type SwitchOptions = OptionsOf<Switch, "label" | "value" | "autofocus" | "onChange">;

export class Switch extends Control {
  /** The label beside the switch, also its accessible name. Default "". */
  declare label: string;
  /** On (true) or off (false). Default false. */
  declare value: boolean;
  /** Focus the switch when it appears. Default false. */
  declare autofocus: boolean;
  /** Runs when the person flips the switch; `e.data` is the new value. */
  declare onChange: Handler<ControlEvent<Switch, boolean>> | undefined;

  /** `new Switch({ label: "Wi-Fi", value: true, onChange })` */
  constructor(options?: SwitchOptions) {
    super();
    this.applyOptions(options);
  }

  /** Keeps `value` in step with the browser before a handler runs; refuses data of the wrong type. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return true;
    if (typeof data !== "boolean") return false;
    this.syncProp("value", data);
    return true;
  }
}
defineControl(Switch, { type: "switch", props: { label: "", value: false, autofocus: false }, events: [EventName.change], clientProps: ["value"] });
