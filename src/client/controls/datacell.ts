/** `datacell`: a `<td>` holding its `content`. */
import { h } from "../dom.js";
import type { Renderer } from "../registry.js";

export const dataCell: Renderer = () => {
  const element = h("td", "weft-datacell");
  return { element, update() {}, slot: (name) => (name === "content" ? element : undefined) };
};
