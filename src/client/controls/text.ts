/**
 * `text`: a run of text in a text node (never parsed as HTML), followed by its styled `spans`
 * (text-spans.ts); selectable unless `selectable: false`.
 */
import { color } from "../colors.js";
import { h, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { spanNodes } from "./text-spans.js";

/** `"bold"` → 700, `"w500"` → 500, `"normal"` → 400. */
export function fontWeight(value: unknown): string {
  if (value === "bold") return "700";
  if (value === "normal") return "400";
  return typeof value === "string" && /^w[1-9]00$/.test(value) ? value.slice(1) : "";
}

export const text: Renderer = () => {
  const element = h("span", "weft-text");
  const text = document.createTextNode("");
  element.append(text);
  let spans: HTMLElement | undefined;
  return {
    element,
    update(changed) {
      const style = element.style;
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "value":
            text.data = str(value);
            break;
          case "spans":
            spans?.remove();
            spans = undefined;
            if (Array.isArray(value) && value.length > 0) {
              spans = h("span", "weft-text__spans");
              spans.append(...spanNodes(value));
              element.append(spans);
            }
            break;
          case "size":
            style.fontSize = typeof value === "number" ? `${value}px` : "";
            break;
          case "weight":
            style.fontWeight = fontWeight(value);
            break;
          case "italic":
            style.fontStyle = value === true ? "italic" : "";
            break;
          case "color":
            style.color = color(value);
            break;
          case "fontFamily":
            style.fontFamily = str(value);
            break;
          case "textAlign":
            style.textAlign = str(value);
            break;
          case "maxLines": {
            const lines = typeof value === "number" && value > 0 ? String(Math.floor(value)) : "";
            element.classList.toggle("weft-text--clamp", lines !== "");
            style.setProperty("-webkit-line-clamp", lines);
            break;
          }
          case "noWrap":
            element.classList.toggle("weft-text--nowrap", value === true);
            break;
          case "selectable":
            element.classList.toggle("weft-text--unselectable", value === false);
            break;
        }
      }
    },
  };
};
