/**
 * `Chip`: a compact action (with `onClick`) or a filter that toggles `selected` (with `onSelect`),
 * with an optional leading control, usually an `Icon`. `selected` follows the person before any
 * handler runs.
 */
import { EventName } from "../../protocol/index.js";
import { child, control, on, prop, type OptionsFor } from "../declare-control.js";

export type ChipOptions = OptionsFor<typeof Chip, "label">;

export class Chip extends control(
  "chip",
  {
    /** The chip's text, also its accessible name. Default "". */
    label: prop(""),
    /** A control before the label, usually `new Icon(Icons.…)`. Default: none. */
    leading: child(),
    /** With `onSelect`, whether the chip is selected. Default false. */
    selected: prop(false),
    /** With `onSelect`, show a check mark while selected (it replaces `leading`). Default true. */
    showCheckmark: prop(true),
    /** Focus the chip when it appears. Default false. */
    autofocus: prop(false),
    /** Runs when the chip is clicked (an action chip). Not used together with `onSelect`. */
    onClick: on(),
    /** Makes the chip a filter that toggles `selected`; runs with `e.data` the new state. */
    onSelect: on<boolean>(),
  },
  undefined,
  { clientProps: ["selected"] },
) {
  /** `new Chip("Vegan", { leading: new Icon(Icons.ECO), onSelect })` */
  constructor(label?: string, options?: ChipOptions) {
    super();
    if (label !== undefined) this.label = label;
    this.applyOptions(options);
  }

  /** Keeps `selected` in step with the browser; refuses data that is not a boolean. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.select) return true;
    if (typeof data !== "boolean") return false;
    this.syncProp("selected", data);
    return true;
  }
}
