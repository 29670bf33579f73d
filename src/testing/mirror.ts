/**
 * A headless client: the browser's own op applier (`protocol/tree-applier.ts`) on a host of plain
 * objects, so patches land here exactly as they land in the DOM. Tests read what a person would
 * see from it, and compare it with the server's own tree to prove the two never drift apart.
 */
import { specForType } from "../core/control-spec.js";
import { ROOT_ID, ROOT_SLOT, type ControlNode, type JsonValue, type PatchOp, type WireProps } from "../protocol/index.js";
import { NO_SLOTS, TreeApplier, type TreeHost, type TreeNode } from "../protocol/tree-applier.js";

export interface MirrorNode extends TreeNode<MirrorNode> {
  readonly id: number;
  readonly type: string;
  /** Props as the client holds them: defaults absent, handlers `true`, no `null` values. */
  readonly props: Record<string, JsonValue>;
}

/** The mirror's host: a node is a plain object, and there is nothing else to show. */
class MirrorHost implements TreeHost<MirrorNode> {
  readonly warnings: string[] = [];
  readonly errors: unknown[] = [];

  create(spec: ControlNode, props: WireProps, parent: MirrorNode, slot: string): MirrorNode {
    return { id: spec.id, type: spec.t, props: { ...props }, slots: NO_SLOTS, parent, slot };
  }

  /** The slots the control declares in core, as its renderer has them; any, for a type core does not know. */
  hasSlot(node: MirrorNode, slot: string): boolean {
    if (node.id === ROOT_ID) return slot === ROOT_SLOT;
    const spec = specForType(node.type);
    return spec === undefined || slot in spec.slots;
  }

  insert(): void {}
  move(): void {}
  remove(): void {}
  clear(): void {}
  update(): void {}
  forget(): void {}
  /** The pilot answers calls itself, after the patch (`Pilot`). */
  call(): void {}

  warn(message: string): void {
    this.warnings.push(message);
  }

  failed(op: PatchOp, error: unknown): void {
    this.warnings.push(`could not apply ${op[0]} op: ${String((error as Error)?.message ?? error)}`);
    this.errors.push(error);
  }
}

export class MirrorTree {
  readonly root: MirrorNode = { id: ROOT_ID, type: "root", props: {}, slots: NO_SLOTS, parent: undefined, slot: "" };
  readonly #host = new MirrorHost();
  readonly #applier = new TreeApplier(this.#host, this.root);

  /** Ops that named an id this client does not know (should stay 0). */
  get unknownIds(): number {
    return this.#applier.unknownIds;
  }

  /** What the applier skipped and why, as the browser logs it with `console.warn`. */
  get warnings(): readonly string[] {
    return this.#host.warnings;
  }

  /** Errors thrown while applying an op (the browser logs them and applies the next op). */
  get errors(): readonly unknown[] {
    return this.#host.errors;
  }

  /** Number of controls findable by id (the root excluded). */
  get size(): number {
    return this.#applier.size;
  }

  get(id: number): MirrorNode | undefined {
    return this.#applier.node(id);
  }

  /** The page node, once the first patch has arrived. */
  get page(): MirrorNode | undefined {
    return this.root.slots[ROOT_SLOT]?.[0];
  }

  apply(ops: readonly PatchOp[]): void {
    this.#applier.apply(ops);
  }

  /** Every node under `node` (default: the page), depth first. */
  *walk(node: MirrorNode | undefined = this.page): IterableIterator<MirrorNode> {
    if (!node) return;
    yield node;
    for (const slot of Object.values(node.slots)) for (const child of slot) yield* this.walk(child);
  }
}
