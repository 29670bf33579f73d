/** `FilledButton`: A filled button: the highest-emphasis action on a screen (Save, Confirm). */
import { control } from "../declare-control.js";
import { ButtonBase } from "./button-base.js";

/** `new FilledButton("Save", { onClick: (e) => … })` */
export class FilledButton extends control("filledbutton", {}, ButtonBase) {}
