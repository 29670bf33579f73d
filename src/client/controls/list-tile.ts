/**
 * `listtile`: an M3 list item (lists.css): leading, a text column (title over subtitle) and
 * trailing, each part a slot holder that hides while empty. With `onClick` it is a button.
 */
import { EventName, handlerProp } from "../../protocol/index.js";
import { defineRenderer, type SlottedView } from "../declare-renderer.js";
import { attr, h, spacing } from "../dom.js";
import { clickable } from "./parts/clickable.js";
import { tileParts } from "./parts/tile-parts.js";

const CLICK = handlerProp(EventName.click);

interface TileView extends SlottedView {
  setClickable(on: boolean): void;
}

export const listTile = defineRenderer("listtile", {
  create(ctx): TileView {
    const element = h("div", "weft-listtile");
    const { parts, text } = tileParts("div");
    element.append(parts.leading!, text, parts.trailing!);
    return { element, setClickable: clickable(element, ctx), slot: (name) => (Object.hasOwn(parts, name) ? parts[name] : undefined) };
  },
  props: {
    [CLICK]: (view, value) => view.setClickable(value === true),
    selected({ element }, value) {
      element.classList.toggle("weft-listtile--selected", value === true);
      attr(element, "aria-current", value === true ? "true" : null);
    },
    dense: ({ element }, value) => element.classList.toggle("weft-listtile--dense", value === true),
    isThreeLine: ({ element }, value) => element.classList.toggle("weft-listtile--three-line", value === true),
    contentPadding: ({ element }, value) => (element.style.padding = spacing(value)),
  },
});
