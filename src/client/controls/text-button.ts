/** `textbutton`: the M3 text button; see `button-base.ts`. */
import { defineRenderer } from "../declare-renderer.js";
import { buttonRenderer } from "./button-base.js";

export const textButton = defineRenderer("textbutton", buttonRenderer("text"));
