/** `TextButton`: A text-only button: the lowest-emphasis action, as in dialogs and cards. */
import { defineControl } from "../control-spec.js";
import { ButtonBase } from "./button-base.js";

/** `new TextButton("Save", { onClick: (e) => … })` */
export class TextButton extends ButtonBase {}
defineControl(TextButton, { type: "textbutton" });
