/** `timepicker`: a dialog with the browser's time input; see `picker-dialog.ts`. */
import { pickerRenderer } from "./picker-dialog.js";

export const timePicker = pickerRenderer("time");
