/** `ElevatedButton`: A raised button with a shadow: the default choice for a primary action that must stand out from a busy surface. */
import { defineControl } from "../control-spec.js";
import { ButtonBase } from "./button-base.js";

/** `new ElevatedButton("Save", { onClick: (e) => … })` */
export class ElevatedButton extends ButtonBase {}
defineControl(ElevatedButton, { type: "elevatedbutton" });
