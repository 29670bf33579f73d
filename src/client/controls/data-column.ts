/**
 * `datacolumn`: a `<th scope="col">` holding its `label`. With `onSort` the label sits in a
 * button with an arrow; activating it asks for ascending order, or the opposite of the current
 * order when the table already sorts by this column (it set `aria-sort` on this header).
 */
import { EventName, handlerProp } from "../../protocol/index.js";
import { defineRenderer, type SlottedView } from "../declare-renderer.js";
import { h, icon } from "../dom.js";

const SORT = handlerProp(EventName.sort);

interface ColumnView extends SlottedView<HTMLTableCellElement> {
  readonly label: HTMLElement;
  readonly button: HTMLButtonElement;
  readonly arrow: HTMLElement;
}

export const dataColumn = defineRenderer("datacolumn", {
  create(ctx): ColumnView {
    const element = h("th", "weft-datatable__column");
    element.scope = "col";
    const label = h("span", "weft-datatable__label");
    const button = h("button", "weft-datatable__sort");
    button.type = "button";
    button.addEventListener("click", () => ctx.fire(EventName.sort, element.getAttribute("aria-sort") !== "ascending"));
    const arrow = icon("arrow_upward", "weft-datatable__arrow");
    element.append(label);
    return { element, label, button, arrow, slot: (name) => (name === "label" ? label : undefined) };
  },
  props: {
    numeric: ({ element }, value) => (element.dataset.numeric = String(value === true)),
    // The label moves into the button (or back out); it stays the slot's holder either way.
    [SORT]({ element, label, button, arrow }, value) {
      if (value === true) {
        button.replaceChildren(label, arrow);
        element.replaceChildren(button);
      } else element.replaceChildren(label);
    },
  },
});
