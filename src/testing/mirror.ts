/**
 * A headless client: applies patch frames to a plain tree, exactly as the browser client applies
 * them to the DOM. Tests read what a person would see from it, and compare it with the server's
 * own tree to prove the two never drift apart.
 */
import { Op, ROOT_ID, type ControlNode, type JsonValue, type PatchOp } from "../protocol/index.js";

export interface MirrorNode {
  readonly id: number;
  readonly type: string;
  /** Props as the client holds them: defaults absent, handlers `true`. */
  readonly props: Record<string, JsonValue>;
  readonly slots: Record<string, MirrorNode[]>;
  parent: MirrorNode | undefined;
  slot: string | undefined;
}

export class MirrorTree {
  readonly root: MirrorNode = { id: ROOT_ID, type: "root", props: {}, slots: {}, parent: undefined, slot: undefined };
  readonly #byId = new Map<number, MirrorNode>([[ROOT_ID, this.root]]);
  /** Ops that named an id this client does not know (should stay 0). */
  unknownIds = 0;

  get(id: number): MirrorNode | undefined {
    return this.#byId.get(id);
  }

  /** The page node, once the first patch has arrived. */
  get page(): MirrorNode | undefined {
    return Object.values(this.root.slots)[0]?.[0];
  }

  apply(ops: readonly PatchOp[]): void {
    for (const op of ops) this.#applyOne(op);
  }

  /** Every node under `node` (default: the page), depth first. */
  *walk(node: MirrorNode | undefined = this.page): IterableIterator<MirrorNode> {
    if (!node) return;
    yield node;
    for (const slot of Object.values(node.slots)) for (const child of slot) yield* this.walk(child);
  }

  #applyOne(op: PatchOp): void {
    switch (op[0]) {
      case Op.set: {
        const node = this.#node(op[1]);
        if (!node) return;
        for (const [name, value] of Object.entries(op[2])) {
          if (value === null) delete node.props[name];
          else node.props[name] = value;
        }
        return;
      }
      case Op.insert: {
        const parent = this.#node(op[1]);
        if (!parent) return;
        const list = (parent.slots[op[2]] ??= []);
        const nodes = op.slice(4) as ControlNode[];
        list.splice(op[3], 0, ...nodes.map((n) => this.#build(n, parent, op[2])));
        return;
      }
      case Op.move: {
        const node = this.#node(op[1]);
        if (!node?.parent || node.slot === undefined) return;
        const list = node.parent.slots[node.slot]!;
        list.splice(list.indexOf(node), 1);
        list.splice(op[2], 0, node);
        return;
      }
      case Op.remove: {
        const node = this.#node(op[1]);
        if (!node?.parent || node.slot === undefined) return;
        const list = node.parent.slots[node.slot]!;
        list.splice(list.indexOf(node), 1);
        this.#forget(node);
        return;
      }
      case Op.clean: {
        const parent = this.#node(op[1]);
        if (!parent) return;
        for (const child of parent.slots[op[2]] ?? []) this.#forget(child);
        parent.slots[op[2]] = [];
        return;
      }
    }
  }

  #node(id: number): MirrorNode | undefined {
    const node = this.#byId.get(id);
    if (!node) this.unknownIds++;
    return node;
  }

  #build(wire: ControlNode, parent: MirrorNode, slot: string): MirrorNode {
    const node: MirrorNode = { id: wire.id, type: wire.t, props: { ...wire.p }, slots: {}, parent, slot };
    this.#byId.set(node.id, node);
    for (const [name, children] of Object.entries(wire.c ?? {})) {
      node.slots[name] = children.map((child) => this.#build(child, node, name));
    }
    return node;
  }

  #forget(node: MirrorNode): void {
    this.#byId.delete(node.id);
    for (const slot of Object.values(node.slots)) for (const child of slot) this.#forget(child);
  }
}
