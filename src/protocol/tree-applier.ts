/**
 * The rules that apply patch ops to a tree of controls, written once for every host: the browser's
 * DOM (`client/dom-tree.ts`) and the headless test mirror (`testing/mirror.ts`) both run this
 * applier, so a headless test cannot pass where the browser fails (docs/decisions/0020).
 *
 * The applier owns the ids and the child lists and decides what each op means: where an index
 * lands (clamped to the slot), what a remove forgets (the whole subtree), which id wins when one
 * is inserted twice (the newer), what an op naming an unknown id does (skipped and counted). A
 * `TreeHost` only makes a node for a new control and shows what the applier decided; it never
 * decides itself. An op touches only the node it names: nothing is diffed, nothing re-created.
 *
 * Imported by its own path, not through `protocol/index.ts`: the lazy renderer chunks import the
 * index, and would each get a copy of this class (test/client/client-assets.test.ts).
 */
import { Op, ROOT_ID, type CallOp, type ControlNode, type PatchOp, type WireProps } from "./ops.js";

/** The ops that name a node by its id (`op[1]`): all but `call`, which names its control later. */
const OPS_ON_A_NODE: ReadonlySet<string> = new Set([Op.set, Op.insert, Op.move, Op.remove, Op.clean]);

/** One control as the applier holds it; a host's node type extends it with what it shows. */
export interface TreeNode<N extends TreeNode<N>> {
  readonly id: number;
  readonly type: string;
  /** Current props, without `null` values (a `null` means "no value", the same as absent). */
  readonly props: WireProps;
  /** The node whose slot holds this one; undefined for the root and once the node has left. */
  parent: N | undefined;
  /** The name of the parent's slot that holds this node (`""` for the root). */
  readonly slot: string;
  /** Children by slot name, in order. Written only by the applier (start with `NO_SLOTS`). */
  slots: Readonly<Record<string, N[]>>;
}

/**
 * Where the applier's decisions become visible: real DOM, a plain-object mirror, or (later) the
 * server's first-paint HTML. Every method is told exactly what to show; none changes child lists.
 */
export interface TreeHost<N extends TreeNode<N>> {
  /**
   * Makes the node of a new control, its own props shown. `props` (nulls dropped, owned from now
   * on) becomes `node.props`; `spec.p` is what was sent, nulls included, for the view. Its
   * children follow, through `insert`.
   */
  create(spec: ControlNode, props: WireProps, parent: N, slot: string): N;
  /** Whether `node` has a slot of this name (children sent to any other are skipped). */
  hasSlot(node: N, slot: string): boolean;
  /** Shows new `nodes`, in order, in `parent`'s slot just before `before`, or at its end. */
  insert(parent: N, slot: string, nodes: readonly N[], before: N | undefined): void;
  /** Shows `node` just before `before`, or at the end, of its own slot. */
  move(node: N, before: N | undefined): void;
  /** Stops showing `node` (and so its subtree); `forget` follows for each node in it. */
  remove(node: N): void;
  /** Stops showing every child of `parent`'s slot, at once; each was forgotten already. */
  clear(parent: N, slot: string): void;
  /** Shows changed props (`null`: back to the default); `node.props` holds them already. */
  update(node: N, changed: WireProps): void;
  /** `node` has left the tree for good (children before parents): release what its view holds. */
  forget(node: N): void;
  /** Runs a server-to-client `call` on `node` (undefined when its id is not on screen). */
  call(op: CallOp, node: N | undefined): void;
  /** An op, or part of one, was skipped; says which and why. */
  warn(message: string): void;
  /** An op threw; the ops after it still apply. */
  failed(op: PatchOp, error: unknown): void;
}

/** The slots of a node that has none yet: shared and frozen, so 10,000 leaves allocate nothing. */
export const NO_SLOTS: Readonly<Record<string, never[]>> = Object.freeze({});

/** A new node's props as the node keeps them: a `null` (no value) is the same as absent. */
export function withoutNulls(props: WireProps | undefined): WireProps {
  if (!props) return {};
  for (const name in props) {
    if (props[name] === null) {
      const kept: WireProps = {};
      for (const key in props) if (props[key] !== null) kept[key] = props[key]!;
      return kept;
    }
  }
  return props;
}

function setSlot<N extends TreeNode<N>>(node: N, slot: string, list: N[]): void {
  if (node.slots === NO_SLOTS) node.slots = {};
  (node.slots as Record<string, N[]>)[slot] = list;
}

/** `index` as a position in a list of `length`: a negative one is 0, one past the end is the end. */
function clamp(index: number, length: number): number {
  return index > length ? length : index > 0 ? index : 0;
}

export class TreeApplier<N extends TreeNode<N>> {
  readonly root: N;
  readonly #host: TreeHost<N>;
  readonly #nodes = new Map<number, N>();
  /** Ops that named an id not on screen (a healthy session keeps this at 0). */
  unknownIds = 0;

  /** `root` is the host's node with id `ROOT_ID`, into whose `page` slot the page is inserted. */
  constructor(host: TreeHost<N>, root: N) {
    this.#host = host;
    this.root = root;
    this.#nodes.set(ROOT_ID, root);
  }

  /** Number of controls on screen (the root excluded). */
  get size(): number {
    return this.#nodes.size - 1;
  }

  /** The node with this id, if it is on screen. */
  node(id: number): N | undefined {
    return this.#nodes.get(id);
  }

  /** Applies one patch's ops in order. A failing op is reported and skipped; the rest still apply. */
  apply(ops: readonly PatchOp[]): void {
    for (const op of ops) {
      try {
        this.#applyOne(op);
      } catch (error) {
        this.#host.failed(op, error);
      }
    }
  }

  /** Empties one slot of `parent` (the root's `page` slot: everything on screen goes). */
  clean(parent: N, slot: string): void {
    const list = parent.slots[slot];
    if (!list) return;
    for (const child of list) this.#forget(child);
    setSlot(parent, slot, []);
    this.#host.clear(parent, slot);
  }

  #applyOne(op: PatchOp): void {
    if (op[0] === Op.call) {
      this.#host.call(op, this.#nodes.get(op[2]));
      return;
    }
    if (!OPS_ON_A_NODE.has(op[0])) {
      this.#host.warn(`skipped an unknown op ${String((op as unknown[])[0])}`);
      return;
    }
    const node = this.#find(op[1], op[0]);
    if (!node) return;
    switch (op[0]) {
      case Op.set:
        this.#set(node, op[2]);
        break;
      case Op.insert:
        this.#insert(node, op);
        break;
      case Op.move:
        this.#move(node, op[2]);
        break;
      case Op.remove:
        if (node === this.root) this.#host.warn("remove op names the root; skipped");
        else this.#remove(node);
        break;
      case Op.clean:
        this.clean(node, op[2]);
        break;
    }
  }

  #find(id: number, op: string): N | undefined {
    const node = this.#nodes.get(id);
    if (!node) {
      this.unknownIds++;
      this.#host.warn(`${op} op names unknown control id ${id}; skipped`);
    }
    return node;
  }

  #set(node: N, changed: WireProps): void {
    const props = node.props;
    for (const name in changed) {
      const value = changed[name]!;
      if (value === null) delete props[name];
      else props[name] = value;
    }
    this.#host.update(node, changed);
  }

  #insert(parent: N, op: PatchOp): void {
    const slot = op[2] as string;
    if (!this.#host.hasSlot(parent, slot)) {
      this.#host.warn(`${parent.type} #${parent.id} has no slot "${slot}"; insert skipped`);
      return;
    }
    const list = parent.slots[slot] ?? [];
    const at = clamp(op[3] as number, list.length);
    // Read from the op in place: an insert may carry tens of thousands of nodes.
    const built: N[] = [];
    for (let i = 4; i < op.length; i++) built.push(this.#build(op[i] as ControlNode, parent, slot));
    this.#host.insert(parent, slot, built, list[at]);
    // Concatenation rather than splice(...built), which would spread them all as arguments.
    setSlot(parent, slot, at === list.length ? list.concat(built) : list.slice(0, at).concat(built, list.slice(at)));
  }

  #build(spec: ControlNode, parent: N, slot: string): N {
    const node = this.#host.create(spec, withoutNulls(spec.p), parent, slot);
    if (this.#nodes.has(spec.id)) this.#host.warn(`control id ${spec.id} inserted twice; the newer wins`);
    this.#nodes.set(spec.id, node);
    for (const name in spec.c) {
      if (!this.#host.hasSlot(node, name)) {
        this.#host.warn(`${spec.t} has no slot "${name}"; its children were skipped`);
        continue;
      }
      const list: N[] = [];
      for (const child of spec.c[name]!) list.push(this.#build(child, node, name));
      if (list.length > 0) this.#host.insert(node, name, list, undefined);
      setSlot(node, name, list);
    }
    return node;
  }

  #move(node: N, index: number): void {
    const list = node.parent?.slots[node.slot];
    if (!list) return;
    const from = list.indexOf(node);
    if (from >= 0) list.splice(from, 1);
    const to = clamp(index, list.length);
    list.splice(to, 0, node);
    this.#host.move(node, list[to + 1]);
  }

  #remove(node: N): void {
    const list = node.parent?.slots[node.slot];
    const at = list ? list.indexOf(node) : -1;
    if (at >= 0) list!.splice(at, 1);
    this.#host.remove(node);
    this.#forget(node);
  }

  /** Drops a subtree's ids, children first, and lets the host release their views. */
  #forget(node: N): void {
    for (const name in node.slots) for (const child of node.slots[name]!) this.#forget(child);
    // A newer node inserted under the same id keeps it.
    if (this.#nodes.get(node.id) === node) this.#nodes.delete(node.id);
    node.parent = undefined;
    this.#host.forget(node);
  }
}
