/** `filledtonalbutton`: the M3 filled tonal button; see `button-base.ts`. */
import { buttonRenderer } from "./button-base.js";

export const filledTonalButton = buttonRenderer("tonal");
