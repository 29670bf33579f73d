/** `filledbutton`: the M3 filled button; see `button-base.ts`. */
import { defineRenderer } from "../declare-renderer.js";
import { buttonRenderer } from "./button-base.js";

export const filledButton = defineRenderer("filledbutton", buttonRenderer("filled"));
