/**
 * The children of a long column (the page, a Column) kept in runs of about `GROUP_SIZE`, each run
 * in a group box of its own (decision 0056). A text change in a flex item makes Chromium run its
 * flex container's algorithm over every item again: one box of 10,000 children costs 10–25 ms of
 * layout per changed Text, groups of 100 cost under 1 ms (the changed group's 100 children and
 * the column's 100 groups). A group is a flex box that inherits its column's direction, gap and
 * cross-axis alignment and stretches across it (layout.css), so every child gets the box it would
 * get as the column's own item, as long as no child expands and the main axis is not spread
 * (`spaceBetween` and the like): while either holds, the children are the column's own again.
 *
 * Short columns are never grouped (their DOM is as it always was). Nothing here reads layout.
 */

/** The class of a group box. */
export const GROUP_CLASS = "weft-group";
/** The children a new group takes; an insert that swells a group past twice this splits it. */
export const GROUP_SIZE = 100;
/** A slot is grouped once it holds this many children. */
export const GROUP_FROM = 200;

/** Main-axis alignments that place the children as one run, so groups place them the same. */
const RUN_ALIGNMENTS: ReadonlySet<string> = new Set(["start", "center", "end"]);

/** Whether a column of this main-axis `alignment` may be grouped. */
export function groupsAllowAlignment(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && RUN_ALIGNMENTS.has(value));
}

/** Whether `element` expands in its column: its own `expand`, or a user control's content's. */
function expands(element: Element): boolean {
  if (element.classList.contains("weft-expand")) return true;
  if (!element.classList.contains("weft-user")) return false;
  for (const child of element.children) if (child.classList.contains("weft-expand")) return true;
  return false;
}

function newGroup(): HTMLElement {
  const group = document.createElement("div");
  group.className = GROUP_CLASS;
  return group;
}

/** What keeps a slot from being grouped: a spread main axis (until it changes), an expanded child (for good). */
const BLOCKERS = { alignment: 1, expand: 2 } as const;
export type GroupBlocker = keyof typeof BLOCKERS;

/** One per column: a few fields, since a page may hold thousands of Columns. */
export class ChildGroups {
  readonly #holder: HTMLElement;
  #grouped = false;
  /** The `BLOCKERS` bits in force. */
  #blocked = 0;

  /** `holder` may be the server's markup being adopted (decision 0047), already in groups. */
  constructor(holder: HTMLElement) {
    this.#holder = holder;
    this.#grouped = holder.firstElementChild?.classList.contains(GROUP_CLASS) === true;
  }

  /** Allows or forbids grouping for `reason`; forbidding puts the children back at once. */
  allow(reason: GroupBlocker, allowed: boolean): void {
    const bit = BLOCKERS[reason];
    if (allowed === ((this.#blocked & bit) === 0)) return;
    this.#blocked ^= bit;
    if (!allowed) this.#ungroup();
    else if (this.#blocked === 0 && this.#holder.childElementCount >= GROUP_FROM) this.#group();
  }

  /** A child of the slot (or a user control's content in it) expands: its share needs the column itself. */
  childExpanded(): void {
    this.allow("expand", false);
  }

  /** Inserts `elements` before `before` (a child of the slot, or null for the end); `total` counts the slot's children after it. */
  insert(elements: readonly HTMLElement[], before: HTMLElement | null, total: number): void {
    if (elements.some(expands)) this.childExpanded();
    if (!this.#grouped && this.#blocked === 0 && total >= GROUP_FROM) this.#group();
    if (!this.#grouped) {
      this.#holder.insertBefore(fragmentOf(elements), before);
      return;
    }
    if (before) {
      const group = before.parentElement as HTMLElement;
      group.insertBefore(fragmentOf(elements), before);
      if (group.childElementCount > 2 * GROUP_SIZE) this.#split(group);
      return;
    }
    this.#append(elements);
  }

  /** `elements` stand in the slot already (adopted from the server's markup, decision 0047): only what an insert of them would note. */
  adopted(elements: readonly HTMLElement[]): void {
    // A grouped slot has no child that expands (the server's groups would have gone): no need to look.
    if (!this.#grouped && elements.some(expands)) this.childExpanded();
  }

  /** Takes a child out of the slot (to remove or move it); an emptied group goes too. */
  detach(element: HTMLElement): void {
    const group = element.parentElement;
    element.remove();
    if (this.#grouped && group && group !== this.#holder && group.firstElementChild === null) group.remove();
  }

  /** The slot is emptied (its groups with it). */
  clear(): void {
    this.#holder.replaceChildren();
    this.#grouped = false;
  }

  /** Appends after the last child: the last group takes what it has room for, new groups the rest. */
  #append(elements: readonly HTMLElement[]): void {
    let at = 0;
    const last = this.#holder.lastElementChild as HTMLElement | null;
    if (last) {
      const room = Math.max(0, GROUP_SIZE - last.childElementCount);
      if (room > 0) last.append(fragmentOf(elements.slice(0, room)));
      at = room;
    }
    if (at < elements.length) this.#holder.append(groupsOf(elements, at));
  }

  /** Wraps the holder's children in groups. */
  #group(): void {
    this.#holder.append(groupsOf([...this.#holder.children] as HTMLElement[], 0));
    this.#grouped = true;
  }

  /** Puts every child back into the holder itself, in order. */
  #ungroup(): void {
    if (!this.#grouped) return;
    // Through a fragment, not as arguments: a slot may hold up to the session's 100,000 controls.
    const children = document.createDocumentFragment();
    for (const group of [...this.#holder.children]) while (group.firstChild) children.append(group.firstChild);
    this.#holder.replaceChildren(children);
    this.#grouped = false;
  }

  /** Splits an overgrown group into groups of `GROUP_SIZE`, after it. */
  #split(group: HTMLElement): void {
    const rest = [...group.children].slice(GROUP_SIZE) as HTMLElement[];
    group.after(groupsOf(rest, 0));
  }
}

/** `elements` as one node to insert: the element itself when there is one, else a fragment. */
export function fragmentOf(elements: readonly HTMLElement[]): Node {
  if (elements.length === 1) return elements[0]!;
  const fragment = document.createDocumentFragment();
  for (const element of elements) fragment.append(element);
  return fragment;
}

/** `elements` from `from` on, in new groups of `GROUP_SIZE`, as one fragment. */
function groupsOf(elements: readonly HTMLElement[], from: number): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (let i = from; i < elements.length; i += GROUP_SIZE) {
    const group = newGroup();
    const end = Math.min(i + GROUP_SIZE, elements.length);
    for (let j = i; j < end; j++) group.append(elements[j]!);
    fragment.append(group);
  }
  return fragment;
}
