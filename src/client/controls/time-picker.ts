/** `timepicker`: a dialog with the browser's time input; see `picker-dialog.ts`. */
import { defineRenderer } from "../declare-renderer.js";
import { pickerDecl } from "./parts/picker-dialog.js";

export const timePicker = defineRenderer("timepicker", pickerDecl("time"));
