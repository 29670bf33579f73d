/**
 * Which control each element on screen renders, by its session id: what lets a `FilePicker` bound
 * to a button recognise a click on it in the browser itself (docs/decisions/0028).
 */
export const controlIds = new WeakMap<Element, number>();

/** The id of the control whose element holds `target` and is in `ids`, if any. */
export function boundControlOf(target: EventTarget | null, ids: ReadonlySet<number>): number | undefined {
  for (let el = target instanceof Element ? target : null; el; el = el.parentElement) {
    const id = controlIds.get(el);
    if (id !== undefined && ids.has(id)) return id;
  }
  return undefined;
}
