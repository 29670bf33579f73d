/**
 * `badge`: its `content` with a small label (or a dot, without text) on the top-right corner
 * (display.css). The label is plain text after the content, so it is read with it.
 */
import { color } from "../colors.js";
import { customProperty, h, px, str } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";

const OWNS: ReadonlySet<string> = new Set(["bgcolor"]);


export const badge = defineRenderer("badge", {
  create() {
    const element = h("span", "weft-badge");
    const content = h("span", "weft-badge__content");
    const label = h("span", "weft-badge__label weft-badge__label--dot");
    element.append(content, label);
    return { element, label, ownsProps: OWNS, slot: (name: string) => (name === "content" ? content : undefined) };
  },
  props: {
    text({ label }, value) {
      label.textContent = str(value);
      label.classList.toggle("weft-badge__label--dot", str(value) === "");
    },
    textColor: ({ label }, value) => (label.style.color = color(value)),
    labelVisible: ({ label }, value) => (label.hidden = value === false),
    smallSize: ({ label }, value) => customProperty(label, "--weft-badge-small", px(value)),
    largeSize: ({ label }, value) => customProperty(label, "--weft-badge-large", px(value)),
    // The common `bgcolor` colours the label, not the box around the content.
    bgcolor: ({ label }, value) => (label.style.backgroundColor = color(value)),
  },
});
