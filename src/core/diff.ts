/**
 * Keyed diff of one child list: what it held at its first change since the last flush against
 * what it holds now. Items are compared by identity. Common prefix and suffix are skipped, so an
 * append or a single removal costs one op; only the changed middle is reordered.
 */

export interface ListDiffSink<T> {
  /** `item` left the list. Called first, for every removed item. */
  remove(item: T): void;
  /** `item` is new at `index` (counted in the list as it stands after earlier ops). */
  insert(item: T, index: number): void;
  /** `item` was already there and now stands at `index`. */
  move(item: T, index: number): void;
  /** Every item left: one op instead of one per item. */
  clear(items: readonly T[]): void;
}

export function diffList<T>(before: readonly T[], after: readonly T[], sink: ListDiffSink<T>): void {
  if (after.length === 0) {
    if (before.length > 0) sink.clear(before);
    return;
  }
  let start = 0;
  const common = Math.min(before.length, after.length);
  while (start < common && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  if (start === endBefore && start === endAfter) return;
  if (start === endBefore) {
    // Only insertions in one run (an append, most often): nothing to reorder.
    for (let i = start; i < endAfter; i++) sink.insert(after[i]!, i);
    return;
  }

  const wanted = new Set<T>();
  for (let i = start; i < endAfter; i++) wanted.add(after[i]!);
  // The middle of the list as the client holds it, updated op by op.
  const current: T[] = [];
  const kept = new Set<T>();
  for (let i = start; i < endBefore; i++) {
    const item = before[i]!;
    if (wanted.has(item)) {
      current.push(item);
      kept.add(item);
    } else sink.remove(item);
  }
  for (let j = 0; j < endAfter - start; j++) {
    const item = after[start + j]!;
    if (current[j] === item) continue;
    if (kept.has(item)) {
      current.splice(current.indexOf(item, j), 1);
      sink.move(item, start + j);
    } else sink.insert(item, start + j);
    current.splice(j, 0, item);
  }
}
