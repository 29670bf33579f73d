/**
 * Where a `datatable`'s rows stand in the whole data (`firstRowIndex` of `rowCount`), and, for a
 * `virtual` one, which rows to ask the server for as the person scrolls. The `<tbody>` of the
 * `rows` slot holds only the window the server sent; an empty `<tbody>` before and after it is as
 * high as the rows that are not there, so the scroll bar is the whole data's and a row stands at
 * the height it would in a table of every row. On each scroll the box works out the rows on screen and,
 * when they reach past the window held, asks for a window of three screens around them
 * (`rowWindow`); the server answers with those rows and the `firstRowIndex` they start at.
 * Every row carries `aria-rowindex` of the whole data, and the table `aria-rowcount`.
 * docs/decisions/0049-data-table-row-source.md.
 */
import { EventName, type JsonValue } from "../../../protocol/index.js";
import { h } from "../../dom.js";
import type { RenderContext } from "../../registry.js";

/** The most rows one request asks for; the server refuses more (MAX_ROWS_AT_ONCE). */
const MOST_ROWS = 500;
/**
 * At most one request for rows is out at a time, and they are this far apart at least: a fast
 * scroll asks for the window where it stops, not one per frame (the server takes 50 events a
 * second from a tab by default, and drops the rest).
 */
const ASK_GAP_MS = 100;
/** A request not answered by then (refused, or lost) no longer holds the next one back. */
const ANSWER_WAIT_MS = 1000;
/** A row's height (its divider inside) until one is measured, in CSS pixels. */
const ROW_PITCH = 52;

function whole(value: JsonValue | undefined): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** An empty `<tbody>` of one cell as high as the rows it stands for. */
function spacer(): { body: HTMLTableSectionElement; cell: HTMLTableCellElement } {
  const body = h("tbody", "weft-datatable__space");
  body.setAttribute("aria-hidden", "true");
  const row = h("tr");
  const cell = h("td");
  row.append(cell);
  body.append(row);
  return { body, cell };
}

export class DataTableRows {
  readonly #ctx: RenderContext;
  readonly #box: HTMLElement;
  readonly #table: HTMLTableElement;
  readonly #body: HTMLTableSectionElement;
  readonly #before = spacer();
  readonly #after = spacer();
  #pitch = 0;
  #asked = "";
  #queued = false;
  #frame = 0;
  /** The timer of the request out, while it is not answered. */
  #waiting: ReturnType<typeof setTimeout> | undefined;
  /** The timer of a request held back by `ASK_GAP_MS`. */
  #later: ReturnType<typeof setTimeout> | undefined;
  #askedAt = -Infinity;
  readonly #laidOut: () => void;

  /** `laidOut` runs after each lay-out (the pager redraws from it). */
  constructor(ctx: RenderContext, box: HTMLElement, table: HTMLTableElement, body: HTMLTableSectionElement, laidOut: () => void) {
    this.#ctx = ctx;
    this.#laidOut = laidOut;
    this.#box = box;
    this.#table = table;
    this.#body = body;
    body.before(this.#before.body);
    body.after(this.#after.body);
    new MutationObserver(() => this.changed()).observe(body, { childList: true });
    box.addEventListener("scroll", () => {
      if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#scrolled());
    });
  }

  /** Lays the rows out again once the current patch is applied (a prop or the rows changed). */
  changed(): void {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#layOut();
    });
  }

  #virtual(): boolean {
    return this.#ctx.props.virtual === true && typeof this.#ctx.props.rowCount === "number";
  }

  #layOut(): void {
    // Rows or their place changed: the answer came, or the server sent rows of its own accord.
    clearTimeout(this.#waiting);
    this.#waiting = undefined;
    const props = this.#ctx.props;
    const first = whole(props.firstRowIndex);
    const rows = this.#body.rows;
    const hasCount = typeof props.rowCount === "number";
    if (hasCount) this.#table.setAttribute("aria-rowcount", String(whole(props.rowCount) + 1));
    else this.#table.removeAttribute("aria-rowcount");
    for (let i = 0; i < rows.length; i++) {
      if (hasCount) rows[i]!.setAttribute("aria-rowindex", String(first + i + 2));
      else rows[i]!.removeAttribute("aria-rowindex");
    }
    this.#laidOut();
    const virtual = this.#virtual();
    // A keyboard reaches the scrolling box (arrows, Page Down) as it does any scroller.
    if (virtual) this.#box.tabIndex = 0;
    else this.#box.removeAttribute("tabindex");
    this.#before.body.hidden = this.#after.body.hidden = !virtual;
    if (!virtual) return;
    if (rows.length) this.#pitch = this.#body.getBoundingClientRect().height / rows.length;
    const pitch = this.#pitch || ROW_PITCH;
    this.#box.style.setProperty("--weft-row-pitch", `${pitch}px`);
    const after = Math.max(0, whole(props.rowCount) - first - rows.length);
    this.#before.cell.style.height = `${first * pitch}px`;
    this.#after.cell.style.height = `${after * pitch}px`;
    this.#scrolled();
  }

  /** Asks for the rows on screen when the window held does not cover them. */
  #scrolled(): void {
    this.#frame = 0;
    if (!this.#virtual() || !this.#box.clientHeight || this.#waiting || this.#later) return;
    const props = this.#ctx.props;
    const count = whole(props.rowCount);
    const pitch = this.#pitch || ROW_PITCH;
    const head = this.#table.tHead?.getBoundingClientRect().height ?? 0;
    const top = Math.floor(this.#box.scrollTop / pitch);
    const screen = Math.max(1, Math.ceil((this.#box.clientHeight - head) / pitch));
    const bottom = Math.min(count, top + screen);
    const first = whole(props.firstRowIndex);
    const held = first + this.#body.rows.length;
    if (top >= first && bottom <= held) return;
    const size = Math.min(MOST_ROWS, screen * 3, count);
    const start = Math.max(0, Math.min(top - screen, count - size));
    const ask = `${start}+${size}`;
    if (ask === this.#asked || size === 0) return;
    const wait = this.#askedAt + ASK_GAP_MS - performance.now();
    if (wait > 0) {
      this.#later = setTimeout(() => {
        this.#later = undefined;
        this.#scrolled();
      }, wait);
      return;
    }
    this.#asked = ask;
    this.#askedAt = performance.now();
    this.#waiting = setTimeout(() => {
      this.#waiting = undefined;
      this.#asked = "";
      this.#scrolled();
    }, ANSWER_WAIT_MS);
    this.#ctx.send(EventName.rowWindow, { firstRowIndex: start, count: size });
  }
}
