/**
 * `badge`: its `content` with a small label (or a dot, without text) on the top-right corner
 * (display.css). The label is plain text after the content, so it is read with it.
 */
import { color } from "../colors.js";
import { h, px, str } from "../dom.js";
import type { Renderer } from "../registry.js";

const OWNS: ReadonlySet<string> = new Set(["bgcolor"]);

export const badge: Renderer = () => {
  const element = h("span", "weft-badge");
  const content = h("span", "weft-badge__content");
  const label = h("span", "weft-badge__label weft-badge__label--dot");
  element.append(content, label);
  return {
    element,
    ownsProps: OWNS,
    update(changed) {
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "text":
            label.textContent = str(value);
            label.classList.toggle("weft-badge__label--dot", str(value) === "");
            break;
          case "textColor":
            label.style.color = color(value);
            break;
          case "labelVisible":
            label.hidden = value === false;
            break;
          case "smallSize":
            if (px(value)) label.style.setProperty("--weft-badge-small", px(value));
            else label.style.removeProperty("--weft-badge-small");
            break;
          case "largeSize":
            if (px(value)) label.style.setProperty("--weft-badge-large", px(value));
            else label.style.removeProperty("--weft-badge-large");
            break;
          case "bgcolor":
            // The common `bgcolor` colours the label, not the box around the content.
            label.style.backgroundColor = color(value);
            break;
        }
      }
    },
    slot: (name) => (name === "content" ? content : undefined),
  };
};
