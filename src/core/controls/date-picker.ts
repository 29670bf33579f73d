/**
 * `DatePicker`: a dialog for choosing a date, opened with `page.open(picker)`. `value` is an ISO
 * date (`"2024-05-31"`); it follows the person's choice before `onChange` runs, and the picker
 * closes. Cancel, Escape or a click outside dismisses it (`onDismiss`). @material/web has no date
 * picker: the dialog holds the browser's own date input (docs/decisions/0007-overlays.md).
 */
import { EventName } from "../../protocol/index.js";
import { control, prop, type OptionsFor } from "../declare-control.js";
import { pickerTable } from "./picker-table.js";
import { ControlError, ErrorCode } from "../errors.js";
import { closedByBrowser, OverlayBase, type DismissReason, type OverlayOptions } from "./overlay-base.js";

export type DatePickerOptions = OptionsFor<typeof DatePicker> & OverlayOptions;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export class DatePicker extends control(
  "datepicker",
  {
    /** The chosen date, `YYYY-MM-DD`; kept in sync with the person's choice. Default none. */
    value: prop<string>(),
    /** The earliest date that may be chosen, `YYYY-MM-DD`. Default: no limit. */
    firstDate: prop<string>(),
    /** The latest date that may be chosen, `YYYY-MM-DD`. Default: no limit. */
    lastDate: prop<string>(),
    ...pickerTable("Select date", "Date"),
  },
  OverlayBase,
  { clientProps: ["value"] },
) {
  /** `new DatePicker({ value: "2024-05-31", firstDate: "2024-01-01", onChange })` */
  constructor(options?: DatePickerOptions) {
    super();
    this.applyOptions(options);
    for (const name of ["value", "firstDate", "lastDate"] as const) {
      const date = this[name];
      if (date !== undefined && !isIsoDate(date)) {
        throw new ControlError(ErrorCode.badValue, `DatePicker.${name} must be a date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
      }
    }
  }

  /** A confirmed date must be a real date within `firstDate`…`lastDate`; it closes the picker. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return super.acceptEvent(name, data);
    if (!isIsoDate(data)) return false;
    if ((this.firstDate && data < this.firstDate) || (this.lastDate && data > this.lastDate)) return false;
    this.syncProp("value", data);
    this.closedInBrowser();
    return true;
  }

  /** Cancel, Escape and the scrim close it. */
  protected override dismissibleBy(reason: DismissReason): boolean {
    return reason === "cancel" || closedByBrowser(reason);
  }
}
