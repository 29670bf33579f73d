/** `datepicker`: a dialog with the browser's date input; see `picker-dialog.ts`. */
import { defineRenderer } from "../declare-renderer.js";
import { pickerDecl } from "./parts/picker-dialog.js";

export const datePicker = defineRenderer("datepicker", pickerDecl("date"));
