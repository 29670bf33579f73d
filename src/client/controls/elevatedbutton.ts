/** `elevatedbutton`: the M3 elevated button; see `button-base.ts`. */
import { buttonRenderer } from "./button-base.js";

export const elevatedButton = buttonRenderer("elevated");
