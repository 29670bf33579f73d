/**
 * `TimePicker`: a dialog for choosing a time of day, opened with `page.open(picker)`. `value` is
 * `"HH:MM"` (24-hour); it follows the person's choice before `onChange` runs, and the picker
 * closes. Cancel, Escape or a click outside dismisses it (`onDismiss`). The dialog holds the
 * browser's own time input (docs/decisions/0007-overlays.md).
 */
import { EventName } from "../../protocol/index.js";
import { control, prop, type OptionsFor } from "../declare-control.js";
import { pickerTable } from "./picker-table.js";
import { ControlError, ErrorCode } from "../errors.js";
import { closedByBrowser, OverlayBase, type DismissReason, type OverlayOptions } from "./overlay-base.js";

export type TimePickerOptions = OptionsFor<typeof TimePicker> & OverlayOptions;

/** Whether `value` is a time of day written `HH:MM` (00:00 to 23:59). */
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

export class TimePicker extends control(
  "timepicker",
  {
    /** The chosen time, `"HH:MM"`; kept in sync with the person's choice. Default none. */
    value: prop<string>(),
    ...pickerTable("Select time", "Time"),
  },
  OverlayBase,
  { clientProps: ["value"] },
) {
  /** `new TimePicker({ value: "09:30", onChange })` */
  constructor(options?: TimePickerOptions) {
    super();
    this.applyOptions(options);
    if (this.value !== undefined && !isTimeOfDay(this.value)) {
      throw new ControlError(ErrorCode.badValue, `TimePicker.value must be a time written HH:MM, got ${JSON.stringify(this.value)}`);
    }
  }

  /** A confirmed time must be `HH:MM`; it closes the picker. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return super.acceptEvent(name, data);
    if (!isTimeOfDay(data)) return false;
    this.syncProp("value", data);
    this.closedInBrowser();
    return true;
  }

  /** Cancel, Escape and the scrim close it. */
  protected override dismissibleBy(reason: DismissReason): boolean {
    return reason === "cancel" || closedByBrowser(reason);
  }
}
