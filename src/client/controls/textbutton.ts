/** `textbutton`: the M3 text button; see `button-base.ts`. */
import { buttonRenderer } from "./button-base.js";

export const textButton = buttonRenderer("text");
