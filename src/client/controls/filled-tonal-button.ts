/** `filledtonalbutton`: the M3 filled tonal button; see `button-base.ts`. */
import { defineRenderer } from "../declare-renderer.js";
import { buttonRenderer } from "./button-base.js";

export const filledTonalButton = defineRenderer("filledtonalbutton", buttonRenderer("tonal"));
