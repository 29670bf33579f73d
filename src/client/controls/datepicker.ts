/** `datepicker`: a dialog with the browser's date input; see `picker-dialog.ts`. */
import { pickerRenderer } from "./picker-dialog.js";

export const datePicker = pickerRenderer("date");
