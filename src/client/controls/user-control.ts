/** `user`: a user control's built content, in a `display: contents` wrapper that adds no box. */
import { defineRenderer } from "../declare-renderer.js";
import { h } from "../dom.js";

export const user = defineRenderer("user", {
  create() {
    const element = h("div", "weft-user");
    return { element, slot: (name: string) => (name === "content" ? element : undefined) };
  },
  props: {},
});
