/** `bottomappbar`: the M3 bottom app bar, a `<footer>` bar holding one control. */
import { defineRenderer } from "../declare-renderer.js";
import { h } from "../dom.js";

export const bottomAppBar = defineRenderer("bottomappbar", {
  create() {
    const element = h("footer", "weft-bottomappbar");
    return { element, slot: (name: string) => (name === "content" ? element : undefined) };
  },
  props: {},
});
