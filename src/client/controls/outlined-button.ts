/** `outlinedbutton`: the M3 outlined button; see `button-base.ts`. */
import { defineRenderer } from "../declare-renderer.js";
import { buttonRenderer } from "./button-base.js";

export const outlinedButton = defineRenderer("outlinedbutton", buttonRenderer("outlined"));
