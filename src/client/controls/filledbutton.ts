/** `filledbutton`: the M3 filled button; see `button-base.ts`. */
import { buttonRenderer } from "./button-base.js";

export const filledButton = buttonRenderer("filled");
