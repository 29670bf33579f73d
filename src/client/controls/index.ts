/** Registers the built-in renderers, exactly as an extension registers its own. */
import { registerRenderer } from "../registry.js";
import { checkbox } from "./checkbox.js";
import { column } from "./column.js";
import { container } from "./container.js";
import { elevatedButton } from "./elevatedbutton.js";
import { filledButton } from "./filledbutton.js";
import { iconButton } from "./iconbutton.js";
import { outlinedButton } from "./outlinedbutton.js";
import { page } from "./page.js";
import { row } from "./row.js";
import { text } from "./text.js";
import { textButton } from "./textbutton.js";
import { textField } from "./textfield.js";
import { user } from "./user.js";

export function registerBuiltinRenderers(): void {
  registerRenderer("page", page);
  registerRenderer("user", user);
  registerRenderer("text", text);
  registerRenderer("elevatedbutton", elevatedButton);
  registerRenderer("filledbutton", filledButton);
  registerRenderer("outlinedbutton", outlinedButton);
  registerRenderer("textbutton", textButton);
  registerRenderer("iconbutton", iconButton);
  registerRenderer("textfield", textField);
  registerRenderer("checkbox", checkbox);
  registerRenderer("row", row);
  registerRenderer("column", column);
  registerRenderer("container", container);
}
