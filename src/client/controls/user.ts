/** `user`: a user control's built content, in a `display: contents` wrapper that adds no box. */
import { h } from "../dom.js";
import type { Renderer } from "../registry.js";

export const user: Renderer = () => {
  const element = h("div", "weft-user");
  return { element, update() {}, slot: (name) => (name === "content" ? element : undefined) };
};
