/** `OutlinedButton`: An outlined button: a medium-emphasis action beside a filled one (Cancel, Back). */
import { defineControl } from "../control-spec.js";
import { ButtonBase } from "./button-base.js";

/** `new OutlinedButton("Save", { onClick: (e) => … })` */
export class OutlinedButton extends ButtonBase {}
defineControl(OutlinedButton, { type: "outlinedbutton" });
