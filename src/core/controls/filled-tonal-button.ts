/** `FilledTonalButton`: a button filled with the secondary container colour: a middle ground between filled and outlined (Next, Add to cart). */
import { control } from "../declare-control.js";
import { ButtonBase } from "./button-base.js";

/** `new FilledTonalButton("Next", { onClick: (e) => … })` */
export class FilledTonalButton extends control("filledtonalbutton", {}, ButtonBase) {}
