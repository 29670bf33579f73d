/**
 * `datarow`: a `<tr>` holding the `cells` slot after its selection cell (a check box, shown when
 * the table has `showCheckboxColumn`). With `onSelectChanged`, a click on the row or its box
 * toggles `selected` at once and reports it.
 */
import { EventName, handlerProp } from "../../protocol/index.js";
import { color } from "../colors.js";
import { defineRenderer, type SlottedView } from "../declare-renderer.js";
import { h, INNER_CONTROLS } from "../dom.js";
import { keepFirst } from "./parts/leading-cell.js";

const SELECT = handlerProp(EventName.selectChanged);

interface RowView extends SlottedView<HTMLTableRowElement> {
  readonly box: HTMLInputElement;
  show(on: boolean): void;
}

export const dataRow = defineRenderer("datarow", {
  create(ctx): RowView {
    const element = h("tr", "weft-datarow");
    const cell = h("td", "weft-datatable__select");
    const box = h("input", "weft-datatable__check");
    box.type = "checkbox";
    box.setAttribute("aria-label", "Select row");
    box.disabled = true;
    cell.append(box);
    keepFirst(element, cell);

    let selected = false;
    const show = (on: boolean) => {
      selected = on;
      box.checked = on;
      element.classList.toggle("weft-datarow--selected", on);
    };
    const toggle = () => {
      if (!ctx.listens(EventName.selectChanged)) return;
      show(!selected);
      ctx.fire(EventName.selectChanged, selected);
    };
    box.addEventListener("change", toggle);
    element.addEventListener("click", (e) => {
      if (!(e.target as Element).closest(INNER_CONTROLS)) toggle();
    });
    return { element, box, show, slot: (name) => (name === "cells" ? element : undefined) };
  },
  props: {
    selected: (view, value) => view.show(value === true),
    [SELECT]({ element, box }, value) {
      box.disabled = value !== true;
      element.classList.toggle("weft-datarow--selectable", value === true);
    },
    color: ({ element }, value) => (element.style.backgroundColor = color(value)),
  },
});
