/** `ElevatedButton`: A raised button with a shadow: the default choice for a primary action that must stand out from a busy surface. */
import { control } from "../declare-control.js";
import { ButtonBase } from "./button-base.js";

/** `new ElevatedButton("Save", { onClick: (e) => … })` */
export class ElevatedButton extends control("elevatedbutton", {}, ButtonBase) {}
