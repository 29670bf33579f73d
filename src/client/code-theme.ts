/** `codeTheme` (Markdown's and CodeBlock's): a class on the element that holds the code, which the highlighter's sheet styles. */
import type { JsonValue } from "../protocol/index.js";

const THEMES = new Set(["system", "github", "githubDark", "atomOneLight", "atomOneDark", "monokai"]);

/** `codeTheme` as a class on the element that holds the code (the highlighter's sheet styles it). */
export function setCodeTheme(element: HTMLElement, value: JsonValue | null): void {
  for (const name of THEMES) element.classList.toggle(`weft-code-theme--${name}`, name === value);
}
