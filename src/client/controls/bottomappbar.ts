/** `bottomappbar`: the M3 bottom app bar, a `<footer>` bar holding one control. */
import { h } from "../dom.js";
import type { Renderer } from "../registry.js";

export const bottomAppBar: Renderer = () => {
  const element = h("footer", "weft-bottomappbar");
  return { element, update() {}, slot: (name) => (name === "content" ? element : undefined) };
};
