/** `TextButton`: A text-only button: the lowest-emphasis action, as in dialogs and cards. */
import { control } from "../declare-control.js";
import { ButtonBase } from "./button-base.js";

/** `new TextButton("Save", { onClick: (e) => … })` */
export class TextButton extends control("textbutton", {}, ButtonBase) {}
