/**
 * Keeps a table row's own leading cell (the selection check box) first in a row that is also a
 * slot holder: inserts go before the next control's element, so they never pass it, but a
 * `clean` empties the row, after which the cell is put back.
 */
export function keepFirst(row: HTMLElement, cell: HTMLElement): void {
  row.append(cell);
  new MutationObserver(() => {
    if (row.firstElementChild !== cell) row.prepend(cell);
  }).observe(row, { childList: true });
}
