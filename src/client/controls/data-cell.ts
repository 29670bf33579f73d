/** `datacell`: a `<td>` holding its `content`. */
import { defineRenderer } from "../declare-renderer.js";
import { h } from "../dom.js";

export const dataCell = defineRenderer("datacell", {
  create() {
    const element = h("td", "weft-datacell");
    return { element, slot: (name: string) => (name === "content" ? element : undefined) };
  },
  props: {},
});
