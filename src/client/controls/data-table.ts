/**
 * `datatable`: a real `<table>` (data-table.css) in a box that scrolls sideways (and, `virtual`,
 * down through every row: parts/data-table-rows.ts), with the pager of a paginated table under it
 * (parts/data-table-pager.ts). The table, its rows, columns and cells, the pager and the row window
 * are one lazy chunk, the tables' family (`data-tables.ts`): a page without a table never
 * downloads any of it (issue 19), and a page with one gets all of it in one request. The header row holds the `columns` slot after a select-all cell;
 * `<tbody>` holds the `rows` slot. The table marks the sort column's header with `aria-sort`,
 * and numeric columns with a class per index.
 */
import { EventName } from "../../protocol/index.js";
import { color } from "../colors.js";
import { h, px } from "../dom.js";
import type { Renderer } from "../registry.js";
import { keepFirst } from "./parts/leading-cell.js";
import { DataTablePager } from "./parts/data-table-pager.js";
import { DataTableRows } from "./parts/data-table-rows.js";

/** Columns up to this index get right-aligned cells when numeric (data-table.css has a rule each). */
const NUMERIC_RULES = 16;

export const dataTable: Renderer = (ctx) => {
  const element = h("div", "weft-datatable");
  const box = h("div", "weft-datatable__box");
  const table = h("table", "weft-datatable__table");
  const head = h("thead");
  const headRow = h("tr", "weft-datatable__head");
  const body = h("tbody");
  head.append(headRow);
  table.append(head, body);
  box.append(table);
  element.append(box);

  let rows: DataTableRows | undefined;
  /** Lays the rows out again, making the pager and the row window the first time. */
  const placeRows = () => {
    if (rows) return rows.changed();
    const pager = new DataTablePager(ctx, body);
    element.append(pager.element);
    rows = new DataTableRows(ctx, box, table, body, () => pager.show(ctx.props));
    rows.changed();
  };

  const allCell = h("th", "weft-datatable__select");
  allCell.scope = "col";
  const all = h("input", "weft-datatable__check");
  all.type = "checkbox";
  all.setAttribute("aria-label", "Select all rows");
  all.disabled = true;
  all.addEventListener("change", () => ctx.fire(EventName.selectAll, all.checked));
  allCell.append(all);
  keepFirst(headRow, allCell);

  /** The column headers made by the `datacolumn` renderer, in order. */
  const columns = () => [...headRow.children].filter((c) => c !== allCell) as HTMLElement[];

  const mark = () => {
    const sortIndex = typeof ctx.props.sortColumnIndex === "number" ? ctx.props.sortColumnIndex : -1;
    const direction = ctx.props.sortAscending === true ? "ascending" : "descending";
    columns().forEach((th, i) => {
      if (i === sortIndex) th.setAttribute("aria-sort", direction);
      else th.removeAttribute("aria-sort");
      if (i < NUMERIC_RULES) element.classList.toggle(`weft-datatable--num-${i}`, th.dataset.numeric === "true");
    });
  };
  new MutationObserver(mark).observe(headRow, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-numeric"] });

  return {
    element,
    update(changed) {
      const style = element.style;
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "sortColumnIndex":
          case "sortAscending":
            mark();
            break;
          case "showCheckboxColumn":
            element.classList.toggle("weft-datatable--checkboxes", value === true);
            break;
          case "rowCount":
          case "firstRowIndex":
          case "rowsPerPage":
          case "availableRowsPerPage":
            placeRows();
            break;
          case "virtual":
            element.classList.toggle("weft-datatable--virtual", value === true);
            placeRows();
            break;
          case "onSelectAll":
            all.disabled = value !== true;
            break;
          case "columnSpacing":
            if (px(value)) style.setProperty("--weft-column-spacing", px(value));
            else style.removeProperty("--weft-column-spacing");
            break;
          case "headingRowHeight":
            headRow.style.height = px(value);
            break;
          case "dataRowMinHeight":
            if (px(value)) style.setProperty("--weft-row-height", px(value));
            else style.removeProperty("--weft-row-height");
            break;
          case "headingRowColor":
            // On the row, and for a virtual table's sticky header cells, which need a colour of their own.
            headRow.style.backgroundColor = color(value);
            if (color(value)) style.setProperty("--weft-heading-row-color", color(value));
            else style.removeProperty("--weft-heading-row-color");
            break;
          case "dividerThickness":
            if (px(value)) style.setProperty("--weft-divider-thickness", px(value));
            else style.removeProperty("--weft-divider-thickness");
            break;
        }
      }
    },
    slot: (name) => (name === "columns" ? headRow : name === "rows" ? body : undefined),
  };
};
