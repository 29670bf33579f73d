/** `elevatedbutton`: the M3 elevated button; see `button-base.ts`. */
import { defineRenderer } from "../declare-renderer.js";
import { buttonRenderer } from "./button-base.js";

export const elevatedButton = defineRenderer("elevatedbutton", buttonRenderer("elevated"));
