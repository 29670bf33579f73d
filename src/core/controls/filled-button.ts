/** `FilledButton`: A filled button: the highest-emphasis action on a screen (Save, Confirm). */
import { defineControl } from "../control-spec.js";
import { ButtonBase } from "./button-base.js";

/** `new FilledButton("Save", { onClick: (e) => … })` */
export class FilledButton extends ButtonBase {}
defineControl(FilledButton, { type: "filledbutton" });
