/**
 * A paginated `datatable`'s footer, as Material's paginated data table draws it: "Rows per page"
 * (a real `<select>`, when the table offers `availableRowsPerPage`), "11–20 of 100,000", and
 * first / previous / next / last page buttons. It asks the server for a page (`pageChange`,
 * sent whether or not the app listens: the server's `getRows` may serve it) and shows the page
 * the server sets in `firstRowIndex`, never one it only asked for.
 */
import { EventName, type JsonValue, type WireProps } from "../../../protocol/index.js";
import { h, icon } from "../../dom.js";
import type { RenderContext } from "../../registry.js";

const COUNT = new Intl.NumberFormat("en-US");

function whole(value: JsonValue | undefined): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

export class DataTablePager {
  readonly element = h("div", "weft-datatable__pager");
  readonly #ctx: RenderContext;
  readonly #body: HTMLElement;
  readonly #sizes = h("select", "weft-datatable__sizes");
  readonly #sizesLabel = h("label", "weft-datatable__sizes-label");
  readonly #range = h("span", "weft-datatable__range");
  readonly #first: HTMLButtonElement;
  readonly #previous: HTMLButtonElement;
  readonly #next: HTMLButtonElement;
  readonly #last: HTMLButtonElement;

  constructor(ctx: RenderContext, body: HTMLElement) {
    this.#ctx = ctx;
    this.#body = body;
    this.#sizesLabel.append("Rows per page", this.#sizes);
    this.#sizes.addEventListener("change", () => {
      const size = Number(this.#sizes.value);
      this.#ask(Math.floor(this.#firstRow() / size) * size, size);
    });
    this.#first = this.#button("first_page", "First page", () => 0);
    this.#previous = this.#button("chevron_left", "Previous page", (first, size) => Math.max(0, first - size));
    this.#next = this.#button("chevron_right", "Next page", (first, size) => first + size);
    this.#last = this.#button("last_page", "Last page", (_, size, count) => Math.max(0, Math.ceil((count ?? 0) / size) - 1) * size);
    this.element.append(this.#sizesLabel, this.#range, this.#first, this.#previous, this.#next, this.#last);
    this.element.hidden = true;
    this.element.setAttribute("role", "group");
    this.element.setAttribute("aria-label", "Pages");
  }

  /** Draws the footer from the table's props (after a change of any of them, or of the rows shown). */
  show(props: Readonly<WireProps>): void {
    const size = whole(props.rowsPerPage);
    this.element.hidden = !size || props.virtual === true;
    if (!size) return;
    const first = this.#firstRow();
    const count = whole(props.rowCount);
    const shown = this.#body.childElementCount;
    const end = first + Math.min(shown, size);
    this.#range.textContent = `${shown ? COUNT.format(first + 1) : 0}–${COUNT.format(end)}${count === undefined ? "" : ` of ${COUNT.format(count)}`}`;
    const atEnd = count === undefined ? shown < size : first + size >= count;
    this.#first.disabled = this.#previous.disabled = first === 0;
    this.#next.disabled = this.#last.disabled = atEnd;
    if (count === undefined) this.#last.hidden = true;
    else this.#last.hidden = false;
    this.#showSizes(props.availableRowsPerPage, size);
  }

  #showSizes(available: JsonValue | undefined, size: number): void {
    const sizes = Array.isArray(available) ? available.filter((n): n is number => (whole(n) ?? 0) > 0) : [];
    this.#sizesLabel.hidden = sizes.length === 0;
    if (!sizes.includes(size)) sizes.unshift(size);
    if (this.#sizes.options.length !== sizes.length || sizes.some((n, i) => this.#sizes.options[i]!.value !== String(n))) {
      this.#sizes.replaceChildren(...sizes.map((n) => new Option(String(n), String(n))));
    }
    this.#sizes.value = String(size);
  }

  #firstRow(): number {
    return whole(this.#ctx.props.firstRowIndex) ?? 0;
  }

  #ask(firstRowIndex: number, rowsPerPage: number): void {
    this.#ctx.send(EventName.pageChange, { firstRowIndex, rowsPerPage });
  }

  #button(glyph: string, label: string, target: (first: number, size: number, count: number | undefined) => number): HTMLButtonElement {
    const button = h("button", "weft-datatable__page");
    button.type = "button";
    button.setAttribute("aria-label", label);
    button.title = label;
    button.append(icon(glyph));
    button.addEventListener("click", () => {
      const props = this.#ctx.props;
      const size = whole(props.rowsPerPage);
      if (size) this.#ask(target(this.#firstRow(), size, whole(props.rowCount)), size);
    });
    return button;
  }
}
