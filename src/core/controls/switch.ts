/** `Switch`: an on/off toggle with a label. `value` follows the person's clicks before any handler runs. */
import { EventName } from "../../protocol/index.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";

export type SwitchOptions = OptionsFor<typeof Switch>;

export class Switch extends control("switch", {
  /** The label beside the switch, also its accessible name. Default "". */
  label: prop(""),
  /** On (true) or off (false). Default false. */
  value: prop(false),
  /** Focus the switch when it appears. Default false. */
  autofocus: prop(false),
  /** Runs when the person flips the switch; `e.data` is the new value. */
  onChange: on<boolean>(),
}, undefined, { clientProps: ["value"] }) {
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
