/** `outlinedbutton`: the M3 outlined button; see `button-base.ts`. */
import { buttonRenderer } from "./button-base.js";

export const outlinedButton = buttonRenderer("outlined");
