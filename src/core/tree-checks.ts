/**
 * What a flush checks before it places children: a control listed twice in one slot, one still
 * placed elsewhere or on another session's page, and the size of a new subtree against
 * `maxControls`.
 */
import { PARENT, SESSION, SLOTS, STAMP, appendAll, describeControl, type Control } from "./control.js";
import { ControlError, ErrorCode } from "./errors.js";
import type { Session } from "./session.js";
import type { TreeHooks } from "./tree.js";

/** The last stamp `listsTwice` used: every call takes a new one, so no mark needs clearing. */
let lastStamp = 0;

/** Whether a control appears twice in `items`, found by stamping each one (no Set to build). */
function listsTwice(items: readonly Control[]): boolean {
  const stamp = ++lastStamp;
  for (let i = 0; i < items.length; i++) {
    const control = items[i]!;
    if (control[STAMP] === stamp) return true;
    control[STAMP] = stamp;
  }
  return false;
}

/** Keeps the first of any control listed twice in one slot, reporting the rest. */
export function dedupe(items: Control[], owner: Control, slot: string, hooks: TreeHooks): void {
  if (items.length < 2 || !listsTwice(items)) return;
  const seen = new Set<Control>();
  const unique = items.filter((c) => !seen.has(c) && seen.add(c));
  items.length = 0;
  appendAll(items, unique);
  hooks.reportMisuse(
    new ControlError(ErrorCode.alreadyMounted, `a control appears twice in ${describeControl(owner)}.${slot}; kept the first`),
  );
}

/**
 * Controls in a subtree not yet on a page (a user control's unbuilt content counts as nothing
 * yet), counted up to one past `limit`: a subtree of a million controls over a budget of 100,000
 * costs 100,001 steps, and no recursion, however deep the tree.
 */
export function subtreeSize(root: Control, limit: number): number {
  let size = 0;
  const pending: Control[] = [root];
  while (pending.length) {
    const control = pending.pop()!;
    if (++size > limit) return size;
    const slots = control[SLOTS];
    if (!slots) continue;
    for (const name in slots) {
      const items = slots[name]!.items;
      for (let i = 0; i < items.length; i++) if (!items[i]![SESSION]) pending.push(items[i]!);
    }
  }
  return size;
}

/** Why `child` cannot be placed under `parent` now, or undefined when it can. */
export function placementProblem(child: Control, parent: Control, session: Session): string | undefined {
  if (!child[SESSION] || child[PARENT] === parent) return undefined;
  if (child[SESSION] !== session) return `${describeControl(child)} is on another session's page`;
  const oldParent = child[PARENT];
  const oldSlots = oldParent?.[SLOTS];
  const stillThere = !oldParent || (oldSlots !== undefined && Object.values(oldSlots).some((s) => s.items.includes(child)));
  if (!stillThere) return undefined;
  return `${describeControl(child)} is already on the page; remove it from ${oldParent ? describeControl(oldParent) : "the page"} first`;
}
