/**
 * `listtile`: an M3 list item (lists.css): leading, a text column (title over subtitle) and
 * trailing, each part a slot holder that hides while empty. With `onClick` it is a button.
 */
import { EventName, handlerProp } from "../../protocol/index.js";
import { attr, h, spacing } from "../dom.js";
import type { Renderer } from "../registry.js";
import { clickable } from "./clickable.js";

const CLICK = handlerProp(EventName.click);

export const listTile: Renderer = (ctx) => {
  const element = h("div", "weft-listtile");
  const parts = {
    leading: h("div", "weft-listtile__leading"),
    title: h("div", "weft-listtile__title"),
    subtitle: h("div", "weft-listtile__subtitle"),
    trailing: h("div", "weft-listtile__trailing"),
  };
  const text = h("div", "weft-listtile__text");
  text.append(parts.title, parts.subtitle);
  element.append(parts.leading, text, parts.trailing);
  const setClickable = clickable(element, ctx);
  return {
    element,
    update(changed) {
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case CLICK:
            setClickable(value === true);
            break;
          case "selected":
            element.classList.toggle("weft-listtile--selected", value === true);
            attr(element, "aria-current", value === true ? "true" : null);
            break;
          case "dense":
            element.classList.toggle("weft-listtile--dense", value === true);
            break;
          case "isThreeLine":
            element.classList.toggle("weft-listtile--three-line", value === true);
            break;
          case "contentPadding":
            element.style.padding = spacing(value);
            break;
        }
      }
    },
    slot: (name) => (name in parts ? parts[name as keyof typeof parts] : undefined),
  };
};
