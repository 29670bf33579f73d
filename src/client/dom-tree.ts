/**
 * Applies patch ops to the real DOM. Every control is a `ClientNode` in one `Map` by id; an op
 * touches only the node it names: `set` updates the props it carries, `insert` builds only the
 * new subtrees (off-document, in one fragment), `move` moves one element, `remove` and `clean`
 * drop subtrees and forget their ids. Nothing is diffed and nothing untouched is re-created.
 */
import { Op, ROOT_ID, ROOT_SLOT, type ControlNode, type JsonValue, type PatchOp, type ReplyBody, type WireProps } from "../protocol/index.js";
import { ClientNode, type EventSink } from "./client-node.js";
import { applyCommonProps } from "./common-props.js";
import { brokenControl, unknownControl } from "./controls/unknown.js";
import { awaitsLoad, rendererFor, type ControlView } from "./registry.js";

const FOCUSABLE = "input:not([disabled]), textarea:not([disabled]), button:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex='-1'])";

/** A new node's props as the node keeps them: a `null` (no value) is the same as absent. */
function withoutNulls(props: WireProps | undefined): WireProps {
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

export class DomTree {
  readonly #nodes = new Map<number, ClientNode>();
  readonly #root: ClientNode;
  readonly #sink: EventSink;
  readonly #focusQueue: HTMLElement[] = [];
  /** Called when a node leaves, so held-back events for it can be dropped. */
  onForget: (id: number) => void = () => {};
  /** Called with the result of each server-to-client `call` op. */
  onReply: (reply: ReplyBody) => void = () => {};

  constructor(rootElement: HTMLElement, sink: EventSink) {
    this.#sink = sink;
    this.#root = new ClientNode(ROOT_ID, "root", undefined, "", {}, sink, this.#focusQueue);
    this.#root.view = { element: rootElement, update() {}, slot: (name) => (name === ROOT_SLOT ? rootElement : undefined) };
    this.#nodes.set(ROOT_ID, this.#root);
  }

  /** Number of controls on screen (the root excluded). */
  get size(): number {
    return this.#nodes.size - 1;
  }

  /** The node with this id, if it is on screen. */
  node(id: number): ClientNode | undefined {
    return this.#nodes.get(id);
  }

  /**
   * The control types in `ops` whose renderers are registered lazily and not loaded yet; empty when
   * the patch can be applied now.
   */
  static unloadedTypes(ops: readonly PatchOp[]): Set<string> {
    const types = new Set<string>();
    const visit = (node: ControlNode) => {
      if (awaitsLoad(node.t)) types.add(node.t);
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
    for (const op of ops) {
      try {
        this.#applyOne(op);
      } catch (error) {
        console.error("[weft] could not apply", op[0], "op", error);
      }
    }
    for (const el of this.#focusQueue.splice(0)) if (el.isConnected) el.focus();
  }

  /** Drops everything on screen: the session is gone and a new one will insert its page. */
  reset(): void {
    this.#clean(this.#root, ROOT_SLOT);
  }

  #applyOne(op: PatchOp): void {
    switch (op[0]) {
      case Op.set: {
        const node = this.#find(op[1], op[0]);
        if (node) this.#set(node, op[2]);
        break;
      }
      case Op.insert: {
        const [, parentId, slot, index, ...nodes] = op;
        const parent = this.#find(parentId, op[0]);
        if (parent) this.#insert(parent, slot, index, nodes);
        break;
      }
      case Op.move: {
        const node = this.#find(op[1], op[0]);
        if (node) this.#move(node, op[2]);
        break;
      }
      case Op.remove: {
        const node = this.#find(op[1], op[0]);
        if (node && node !== this.#root) this.#remove(node);
        break;
      }
      case Op.clean: {
        const node = this.#find(op[1], op[0]);
        if (node) this.#clean(node, op[2]);
        break;
      }
      case Op.call: {
        const [, call, id, method, args] = op;
        this.onReply(this.#call(call, id, method, args));
        break;
      }
      default:
        console.warn("[weft] skipped an unknown op", (op as unknown[])[0]);
    }
  }

  /**
   * Runs a server-to-client call: the view's own `call` method when it has one, else the
   * built-in `focus` (the first focusable element of the control).
   */
  #call(call: number, id: number, method: string, args: JsonValue[]): ReplyBody {
    const node = this.#nodes.get(id);
    if (!node) return { call, ok: false, error: `control ${id} is not on screen` };
    try {
      const own = node.view.call?.(method, args);
      if (own !== undefined) return { call, ok: true, data: own };
      if (method === "focus") {
        const root = node.view.element;
        const target = root.matches(FOCUSABLE) ? root : root.querySelector<HTMLElement>(FOCUSABLE);
        if (!target) return { call, ok: false, error: "nothing in it can take focus" };
        target.focus();
        return { call, ok: true, data: document.activeElement === target };
      }
      return { call, ok: false, error: `${node.type} has no method ${method}` };
    } catch (error) {
      return { call, ok: false, error: String((error as Error)?.message ?? error) };
    }
  }

  #find(id: number, op: string): ClientNode | undefined {
    const node = this.#nodes.get(id);
    if (!node) console.warn(`[weft] ${op} op names unknown control id ${id}; skipped`);
    return node;
  }

  #set(node: ClientNode, changed: WireProps): void {
    for (const name in changed) {
      const value = changed[name]!;
      if (value === null) delete node.props[name];
      else node.props[name] = value;
    }
    node.view.update(changed);
    applyCommonProps(node.view.element, changed, node.view.ownsDisabled, node.view.ownsProps);
  }

  #build(spec: ControlNode, parent: ClientNode, slot: string): ClientNode {
    // The renderer sees every prop as sent (a tristate checkbox's `null` value means indeterminate);
    // the node keeps only those with a value.
    const props = spec.p ?? {};
    const node = new ClientNode(spec.id, spec.t, parent, slot, withoutNulls(props), this.#sink, this.#focusQueue);
    let view: ControlView;
    try {
      view = (rendererFor(spec.t) ?? unknownControl)(node);
      view.update(props);
    } catch (error) {
      // One failing renderer must not take its siblings of the same insert down with it.
      console.error(`[weft] the ${spec.t} renderer failed on control ${spec.id}`, error);
      view = brokenControl(node);
    }
    node.view = view;
    view.element.setAttribute("data-weft-type", spec.t);
    applyCommonProps(view.element, props, view.ownsDisabled, view.ownsProps);
    if (this.#nodes.has(spec.id)) console.warn(`[weft] control id ${spec.id} inserted twice; the newer wins`);
    this.#nodes.set(spec.id, node);
    for (const name in spec.c) {
      const holder = view.slot?.(name);
      if (!holder) {
        console.warn(`[weft] ${spec.t} has no slot "${name}"; its children were skipped`);
        continue;
      }
      const list: ClientNode[] = [];
      for (const childSpec of spec.c[name]!) {
        const child = this.#build(childSpec, node, name);
        holder.append(child.view.element);
        list.push(child);
      }
      node.setChildren(name, list);
    }
    return node;
  }

  #insert(parent: ClientNode, slot: string, index: number, specs: ControlNode[]): void {
    const holder = parent.view.slot?.(slot);
    if (!holder) {
      console.warn(`[weft] ${parent.type} #${parent.id} has no slot "${slot}"; insert skipped`);
      return;
    }
    const list = parent.children[slot] ?? [];
    const at = Math.max(0, Math.min(index, list.length));
    const fragment = document.createDocumentFragment();
    const built: ClientNode[] = [];
    for (const spec of specs) {
      const node = this.#build(spec, parent, slot);
      fragment.append(node.view.element);
      built.push(node);
    }
    holder.insertBefore(fragment, list[at]?.view.element ?? null);
    // Concatenation rather than splice(...built): an insert may carry tens of thousands of nodes.
    parent.setChildren(slot, at === list.length ? list.concat(built) : list.slice(0, at).concat(built, list.slice(at)));
  }

  #move(node: ClientNode, index: number): void {
    const list = node.parent?.children[node.slotName];
    const holder = node.parent?.view.slot?.(node.slotName);
    if (!list || !holder) return;
    const from = list.indexOf(node);
    if (from >= 0) list.splice(from, 1);
    const to = Math.max(0, Math.min(index, list.length));
    list.splice(to, 0, node);
    holder.insertBefore(node.view.element, list[to + 1]?.view.element ?? null);
  }

  #remove(node: ClientNode): void {
    const list = node.parent?.children[node.slotName];
    const at = list ? list.indexOf(node) : -1;
    if (at >= 0) list!.splice(at, 1);
    node.view.element.remove();
    this.#forget(node);
  }

  #clean(parent: ClientNode, slot: string): void {
    const list = parent.children[slot];
    if (!list) return;
    for (const child of list) this.#forget(child);
    parent.setChildren(slot, []);
    // A slot's holder contains only the slot's children, so it can be emptied in one call.
    parent.view.slot?.(slot)?.replaceChildren();
  }

  /** Drops a subtree's ids and lets its views release what they hold. */
  #forget(node: ClientNode): void {
    for (const name in node.children) for (const child of node.children[name]!) this.#forget(child);
    if (this.#nodes.get(node.id) === node) this.#nodes.delete(node.id);
    node.parent = undefined;
    node.view.destroy?.();
    this.onForget(node.id);
  }
}
