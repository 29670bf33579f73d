/**
 * The page's controls as real DOM: the shared op applier (`protocol/tree-applier.ts`) on the DOM
 * host (`dom-host.ts`). Every control is a `ClientNode` found by id; an op touches only the node
 * it names: `set` updates the props it carries, `insert` builds only the new subtrees
 * (off-document, in one fragment), `move` moves one element, `remove` and `clean` drop subtrees
 * and forget their ids. Nothing is diffed and nothing untouched is re-created.
 */
import { Op, ROOT_ID, ROOT_SLOT, type ControlNode, type PatchOp, type ReplyBody } from "../protocol/index.js";
import { TreeApplier } from "../protocol/tree-applier.js";
import type { ClientNode, EventSink } from "./client-node.js";
import { DomHost } from "./dom-host.js";
import type { MarkupAdoption } from "./markup-adoption.js";
import { awaitsLoad, prefetchFor } from "./registry.js";

export class DomTree {
  readonly #host: DomHost;
  readonly #applier: TreeApplier<ClientNode>;
  readonly #focusQueue: HTMLElement[] = [];

  /** `adoption`: the server's markup in `rootElement`, for the renderers to take over until `adopted()`. */
  constructor(rootElement: HTMLElement, sink: EventSink, adoption?: MarkupAdoption) {
    this.#host = new DomHost(sink, this.#focusQueue);
    this.#host.adoption = adoption;
    this.#applier = new TreeApplier(this.#host, this.#host.root(ROOT_ID, rootElement, ROOT_SLOT));
  }

  /** Called when a node leaves, so held-back events for it can be dropped. */
  get onForget(): (id: number) => void {
    return this.#host.onForget;
  }
  set onForget(listener: (id: number) => void) {
    this.#host.onForget = listener;
  }

  /** Called with the result of each server-to-client `call` op. */
  get onReply(): (reply: ReplyBody) => void {
    return this.#host.onReply;
  }
  set onReply(listener: (reply: ReplyBody) => void) {
    this.#host.onReply = listener;
  }

  /** Number of controls on screen (the root excluded). */
  get size(): number {
    return this.#applier.size;
  }

  /** The node with this id, if it is on screen. */
  node(id: number): ClientNode | undefined {
    return this.#applier.node(id);
  }

  /**
   * The control types in `ops` whose renderers are registered lazily and not loaded yet; empty when
   * the patch can be applied now. Starts the prefetches of the types it inserts
   * (`registerPrefetch`), so their modules load beside those renderers.
   */
  static unloadedTypes(ops: readonly PatchOp[]): Set<string> {
    const types = new Set<string>();
    const visit = (node: ControlNode) => {
      if (awaitsLoad(node.t)) types.add(node.t);
      prefetchFor(node.t, node.p);
      for (const slot in node.c) for (const child of node.c[slot]!) visit(child);
    };
    for (const op of ops) {
      if (op[0] !== Op.insert) continue;
      for (let i = 4; i < op.length; i++) visit(op[i] as ControlNode);
    }
    return types;
  }

  /** Applies one patch's ops in order. A failing op is logged and skipped; the rest still apply. */
  apply(ops: readonly PatchOp[]): void {
    this.#applier.apply(ops);
    if (!this.#applier.root.view.element.isConnected) return;
    for (const el of this.#focusQueue.splice(0)) if (el.isConnected) el.focus();
  }

  /** The page's own node, once the first patch has inserted it. */
  pageNode(): ClientNode | undefined {
    return this.#applier.root.slots[ROOT_SLOT]?.[0];
  }

  /**
   * The tree has caught up with the server's markup it adopted: what is left of that markup goes
   * (`abandoned`: none of it was this session's), and the renderers build new elements from now on.
   */
  adopted(abandoned = false): void {
    this.#host.adoption?.finish(abandoned);
    this.#host.adoption = undefined;
  }

  /** Drops everything on screen: the session is gone and a new one will insert its page. */
  reset(): void {
    this.#applier.clean(this.#applier.root, ROOT_SLOT);
  }
}
