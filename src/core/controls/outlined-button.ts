/** `OutlinedButton`: An outlined button: a medium-emphasis action beside a filled one (Cancel, Back). */
import { control } from "../declare-control.js";
import { ButtonBase } from "./button-base.js";

/** `new OutlinedButton("Save", { onClick: (e) => … })` */
export class OutlinedButton extends control("outlinedbutton", {}, ButtonBase) {}
