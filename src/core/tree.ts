/**
 * A session's control tree: ids, the id → control registry, the dirty queue, and the flush that
 * turns what changed into patch ops. This is the hot path: a flush visits only the controls that
 * were marked dirty, plus the subtrees that are new on the page.
 */
import { Op, type ControlNode, type PatchOp, type WireProps } from "../protocol/index.js";
import { DIRTY_PROPS, ID, NO_BEFORE_UPDATE, PARENT, PROPS, QUEUED_IN, SESSION, SLOTS, WAS_MOUNTED, type Control } from "./control.js";
import { specOf } from "./control-spec.js";
import { ControlRegistry } from "./registry.js";
import { diffList, type ListDiffSink } from "./diff.js";
import { ControlError, ErrorCode } from "./errors.js";
import { ensureBuilt, UserControl } from "./user-control.js";
import type { Session } from "./session.js";
import { dedupe, placementProblem, subtreeSize } from "./tree-checks.js";
import { copyWireProps, wireNode, wireProp } from "./wire-node.js";

export interface TreeHooks {
  /** A user control is about to leave the page. */
  willUnmount(control: UserControl): void;
  /** App misuse found during a flush (a control in two places); reported, never thrown mid-flush. */
  reportMisuse(error: ControlError): void;
  /** `build()` of a user control threw. */
  buildFailed(control: UserControl, thrown: unknown): void;
  /**
   * A flush left these controls out (each with its subtree): the session would have held more
   * than `maxControls`. Called once per flush, however many there were.
   */
  refusedOverLimit(controls: readonly Control[], maxControls: number): void;
}


/** A dirty queue longer than this is released after a flush rather than kept for the next. */
const QUEUE_KEPT = 256;

export class SessionTree {
  readonly registry = new ControlRegistry();
  /**
   * Controls changed since the last flush, in the order they first changed, each once (its
   * `queuedIn` says so): the first `#queued` entries. An array kept between flushes rather than
   * a Set: a Set's table is reallocated as it fills and empties, on every flush of every session.
   */
  readonly #queue: (Control | undefined)[] = [];
  #queued = 0;
  /** Controls visited by flushes, for tests that prove an update does not walk the tree. */
  visited = 0;
  #nextId = 1;
  /** Mounted controls that override `beforeUpdate`, run before every flush. */
  readonly beforeUpdates = new Set<Control>();
  /** Those of them mounted by the current flush, whose first `beforeUpdate` is still to run. */
  #freshBeforeUpdates: Control[] = [];
  /** User controls mounted by the current flush, children before parents, for `didMount`. */
  #mounted: UserControl[] = [];
  /** Controls the current flush left out for `maxControls`, reported together at its end. */
  #overLimit: Control[] = [];

  constructor(
    private readonly session: Session,
    private readonly maxControls: number,
    private readonly hooks: TreeHooks,
  ) {}

  /** The mounted tree under `control` as nodes, ids kept: what a snapshot after a lost replay sends. */
  serialize(control: Control): ControlNode {
    const node = wireNode(control);
    if (control[SLOTS]) {
      for (const name in control[SLOTS]) {
        const items = control[SLOTS][name]!.items;
        if (items.length) (node.c ??= {})[name] = items.map((child) => this.serialize(child));
      }
    }
    return node;
  }

  /** Mounts the page itself as the first op of the session (a copy of its props: it is sent later). */
  mountRoot(page: Control, parentId: number, slot: string): PatchOp {
    const node = this.mount(page, undefined, []);
    if (node.p) node.p = copyWireProps(node.p);
    this.reportOverLimit();
    return [Op.insert, parentId, slot, 0, node];
  }

  /** Turns every dirty control's changes into ops, in the order the controls became dirty. */
  collect(ops: PatchOp[]): UserControl[] {
    const queue = this.#queue;
    // Controls that become dirty while collecting (a user control built on mount) join the end.
    for (let i = 0; i < this.#queued; i++) {
      const control = queue[i]!;
      queue[i] = undefined;
      if (control[QUEUED_IN] === queue) control[QUEUED_IN] = undefined;
      if (control[SESSION] === this.session) this.collectOne(control, ops);
    }
    this.#queued = 0;
    if (queue.length > QUEUE_KEPT) queue.length = 0;
    this.reportOverLimit();
    const mounted = this.#mounted;
    if (mounted.length) this.#mounted = [];
    return mounted;
  }

  /** The controls with a `beforeUpdate` that the last collect mounted. */
  takeFreshBeforeUpdates(): Control[] {
    const fresh = this.#freshBeforeUpdates;
    if (fresh.length) this.#freshBeforeUpdates = [];
    return fresh;
  }

  /** Queues a control for the next flush, once. */
  markDirty(control: Control): void {
    if (control[QUEUED_IN] === this.#queue) return;
    control[QUEUED_IN] = this.#queue;
    this.#queue[this.#queued++] = control;
  }

  /** Forgets every queued change (the session is over). */
  dropDirty(): void {
    for (let i = 0; i < this.#queued; i++) {
      const control = this.#queue[i]!;
      if (control[QUEUED_IN] === this.#queue) control[QUEUED_IN] = undefined;
    }
    this.#queued = 0;
    this.#queue.length = 0;
  }

  /** Unmounts a whole subtree: `willUnmount` parents first, then ids released. */
  unmount(control: Control): void {
    if (control instanceof UserControl) this.hooks.willUnmount(control);
    if (this.beforeUpdates.size) this.beforeUpdates.delete(control);
    if (control[SLOTS]) for (const name in control[SLOTS]) for (const child of control[SLOTS][name]!.items) this.unmount(child);
    this.registry.delete(control[ID]);
    control[ID] = 0;
    control[PARENT] = undefined;
    control[SESSION] = undefined;
    control[DIRTY_PROPS] = undefined;
    if (control[SLOTS]) for (const name in control[SLOTS]) control[SLOTS][name]!.before = undefined;
  }

  /** Reports, once, what this flush left out for `maxControls`. */
  private reportOverLimit(): void {
    if (this.#overLimit.length === 0) return;
    const refused = this.#overLimit;
    this.#overLimit = [];
    this.hooks.refusedOverLimit(refused, this.maxControls);
  }

  private collectOne(control: Control, ops: PatchOp[]): void {
    this.visited++;
    const dirtyProps = control[DIRTY_PROPS];
    if (dirtyProps?.length) {
      const props: WireProps = {};
      const defaults = specOf(control).defaults;
      if (typeof dirtyProps === "string") wireProp(props, dirtyProps, control[PROPS], defaults);
      else for (let i = 0; i < dirtyProps.length; i++) wireProp(props, dirtyProps[i]!, control[PROPS], defaults);
      ops.push([Op.set, control[ID], props]);
    }
    control[DIRTY_PROPS] = undefined;
    if (!control[SLOTS]) return;
    for (const name in control[SLOTS]) {
      const slot = control[SLOTS][name]!;
      const before = slot.before;
      if (!before) continue;
      slot.before = undefined;
      dedupe(slot.items, control, name, this.hooks);
      this.dropMisplaced(control, name, slot.items);
      diffList(before, slot.items, this.sink(control, name, ops));
    }
  }

  private sink(parent: Control, slot: string, ops: PatchOp[]): ListDiffSink<Control> {
    const parentId = parent[ID];
    // Methods, not arrows: tsx names every arrow held by a property, at a cost (decision 0012).
    const tree = this;
    return {
      remove(child) {
        if (child[PARENT] !== parent || child[SESSION] !== tree.session) return;
        ops.push([Op.remove, child[ID]]);
        tree.unmount(child);
      },
      clear(children) {
        ops.push([Op.clean, parentId, slot]);
        for (const child of children) {
          if (child[PARENT] === parent && child[SESSION] === tree.session) tree.unmount(child);
        }
      },
      move(child, index) {
        ops.push([Op.move, child[ID], index]);
      },
      insert(child, index) {
        const node = tree.adopt(child, parent, slot, ops, true);
        if (!node) return;
        const last = ops[ops.length - 1];
        // Consecutive inserts into one slot travel as one op.
        if (last?.[0] === Op.insert && last[1] === parentId && last[2] === slot && last[3] + last.length - 4 === index) {
          last.push(node);
        } else ops.push([Op.insert, parentId, slot, index, node]);
      },
    };
  }

  /**
   * Before a slot is diffed, takes out every new child that cannot go there (it is still listed
   * under another parent, belongs to another session, or would take the session past
   * `maxControls`, counted before anything is mounted), so the diff's indices match what the
   * client will hold. Compacts in place: refusing 100,000 children costs one pass, not a splice each.
   */
  private dropMisplaced(parent: Control, slot: string, items: Control[]): void {
    let budget = this.maxControls - this.registry.size;
    let kept = 0;
    for (let i = 0; i < items.length; i++) {
      const child = items[i]!;
      const problem = placementProblem(child, parent, this.session);
      if (problem) {
        this.hooks.reportMisuse(new ControlError(ErrorCode.alreadyMounted, problem));
        continue;
      }
      if (!child[SESSION]) {
        const size = subtreeSize(child, budget);
        if (size > budget) {
          this.#overLimit.push(child);
          continue;
        }
        budget -= size;
      }
      items[kept++] = child;
    }
    items.length = kept;
  }


  /**
   * Takes a control new to this slot. One already elsewhere on this page is moved (removed there,
   * mounted here afresh) if its old place no longer lists it; otherwise it is in two places at
   * once, which is reported and undone here.
   */
  private adopt(child: Control, parent: Control, slot: string, ops: PatchOp[], inDiff = false): ControlNode | undefined {
    // Inside a diff the slot was checked beforehand (and must not change under the diff);
    // inside a new subtree each child is checked here, the limit included (a user control's
    // built content was not counted before it was built).
    if (!inDiff && !child[SESSION] && this.registry.size >= this.maxControls) {
      this.#overLimit.push(child);
      return undefined;
    }
    const problem = placementProblem(child, parent, this.session);
    if (problem) {
      this.refuse(parent, slot, child, problem, inDiff);
      return undefined;
    }
    if (child[SESSION]) {
      // Moved here from a parent that no longer lists it: removed there, mounted here afresh.
      ops.push([Op.remove, child[ID]]);
      this.unmount(child);
    }
    return this.mount(child, parent, ops);
  }

  /**
   * Drops a child the app placed where it cannot go, keeping server and client trees equal: out
   * of the slot here inside a diff; `mount`, which walks the slot, leaves it out itself.
   */
  private refuse(parent: Control, slot: string, child: Control, message: string, inDiff: boolean): void {
    if (inDiff) {
      const items = parent[SLOTS]![slot]!.items;
      const at = items.lastIndexOf(child);
      if (at >= 0) items.splice(at, 1);
    }
    this.hooks.reportMisuse(new ControlError(ErrorCode.alreadyMounted, message));
  }

  private mount(control: Control, parent: Control | undefined, ops: PatchOp[]): ControlNode {
    this.visited++;
    const id = this.#nextId++;
    control[ID] = id;
    control[PARENT] = parent;
    control[SESSION] = this.session;
    control[WAS_MOUNTED] = true;
    control[DIRTY_PROPS] = undefined;
    this.registry.set(id, control);
    if (control.beforeUpdate !== NO_BEFORE_UPDATE) {
      this.beforeUpdates.add(control);
      this.#freshBeforeUpdates.push(control);
    }
    if (control instanceof UserControl) {
      try {
        ensureBuilt(control);
      } catch (thrown) {
        this.hooks.buildFailed(control, thrown);
      }
    }
    const node = wireNode(control);
    if (control[SLOTS]) {
      for (const name in control[SLOTS]) {
        const slot = control[SLOTS][name]!;
        slot.before = undefined;
        if (slot.items.length === 0) continue;
        dedupe(slot.items, control, name, this.hooks);
        const items = slot.items;
        const children: ControlNode[] = [];
        let kept = 0;
        for (let i = 0; i < items.length; i++) {
          const child = items[i]!;
          const node = this.adopt(child, control, name, ops);
          if (!node) continue;
          items[kept++] = child;
          children.push(node);
        }
        items.length = kept;
        if (children.length) (node.c ??= {})[name] = children;
      }
    }
    if (control instanceof UserControl) this.#mounted.push(control);
    return node;
  }
}
