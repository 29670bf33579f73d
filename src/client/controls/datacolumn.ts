/**
 * `datacolumn`: a `<th scope="col">` holding its `label`. With `onSort` the label sits in a
 * button with an arrow; activating it asks for ascending order, or the opposite of the current
 * order when the table already sorts by this column (it set `aria-sort` on this header).
 */
import { EventName, handlerProp } from "../../protocol/index.js";
import { h, icon } from "../dom.js";
import type { Renderer } from "../registry.js";

const SORT = handlerProp(EventName.sort);

export const dataColumn: Renderer = (ctx) => {
  const element = h("th", "weft-datatable__column");
  element.scope = "col";
  const label = h("span", "weft-datatable__label");
  const button = h("button", "weft-datatable__sort");
  button.type = "button";
  button.addEventListener("click", () => ctx.fire(EventName.sort, element.getAttribute("aria-sort") !== "ascending"));
  const arrow = icon("arrow_upward", "weft-datatable__arrow");
  element.append(label);
  return {
    element,
    update(changed) {
      for (const name in changed) {
        const value = changed[name];
        if (name === "numeric") {
          element.dataset.numeric = String(value === true);
        } else if (name === SORT) {
          // The label moves into the button (or back out); it stays the slot's holder either way.
          if (value === true) {
            button.replaceChildren(label, arrow);
            element.replaceChildren(button);
          } else element.replaceChildren(label);
        }
      }
    },
    slot: (name) => (name === "label" ? label : undefined),
  };
};
