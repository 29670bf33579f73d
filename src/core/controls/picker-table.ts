/** What `DatePicker` and `TimePicker` declare alike: their labels, `onChange` and `onDismiss`. */
import { on, prop } from "../declare-control.js";
import type { DismissReason } from "./overlay-base.js";

/** The shared part of a picker's table; `headline` and `field` are its own default labels. */
export function pickerTable(headline: string, field: string) {
  return {
    /** The dialog's headline, also its accessible name. Default "Select date" or "Select time". */
    helpText: prop(headline),
    /** The label of the date or time field. Default "Date" or "Time". */
    fieldLabelText: prop(field),
    /** The label of the button that dismisses the picker. Default "Cancel". */
    cancelText: prop("Cancel"),
    /** The label of the button that confirms the choice. Default "OK". */
    confirmText: prop("OK"),
    /** Runs when the person confirms a choice; `e.data` is the date or time, already in `value`. */
    onChange: on<string>(),
    /**
     * Runs when the person closes the picker without choosing in the browser (not when the app calls `page.close`);
     * `e.data` says how: `"cancel"`, `"escape"` or `"scrim"`.
     */
    onDismiss: on<DismissReason>(),
  };
}
