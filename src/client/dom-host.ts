/**
 * The DOM host of the shared op applier (`protocol/tree-applier.ts`): what the applier decides,
 * shown as real elements. A new control's view comes from its registered renderer, new subtrees
 * are built off-document and enter in one `insertBefore`, and a slot's holder holds only its
 * slot's children, so a clean empties it in one call.
 */
import { STORAGE_METHOD, type CallOp, type ControlNode, type JsonValue, type PatchOp, type ReplyBody, type StorageArea, type WireProps } from "../protocol/index.js";
import { controlIds } from "./control-elements.js";
import type { TreeHost } from "../protocol/tree-applier.js";
import { ClientNode, type EventSink } from "./client-node.js";
import { applyCommonProps } from "./common-props.js";
import { fragmentOf, type ChildGroups } from "./controls/parts/child-groups.js";
import { brokenControl, unknownControl } from "./controls/parts/unknown.js";
import { applySetters } from "./declare-renderer.js";
import { rendererFor, type ControlView } from "./registry.js";
import { answerStorageCall } from "../shared/storage-answer.js";
import { ClientCode, reportError, reportWarning } from "./diagnostics.js";
import type { MarkupAdoption } from "./markup-adoption.js";

/** The page's own storages (reading one throws where storage is disabled). */
const browserStorage = (area: StorageArea): Storage => (area === "local" ? window.localStorage : window.sessionStorage);

const FOCUSABLE = "input:not([disabled]), textarea:not([disabled]), button:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex='-1'])";

const NO_PROPS: WireProps = {};

/** A user control's element: `display: contents`, so its content is an item of the column around it. */
const USER_CLASS = "weft-user";

function elementOf(node: ClientNode): HTMLElement {
  return node.view.element;
}

function expands(node: ClientNode): boolean {
  return node.view.element.classList.contains("weft-expand");
}

/** The groups of the slot that holds user control `user`, whose content is that slot's item. */
function columnGroupsOf(user: ClientNode): ChildGroups | undefined {
  return user.parent?.view.groups?.(user.slot);
}

/** The element after `element` in its slot's holder, looking past the end of its group box (`child-groups.ts`). */
function nextInSlot(element: HTMLElement, holder: HTMLElement): Element | null {
  const next = element.nextElementSibling;
  if (next !== null || element.parentElement === holder) return next;
  return element.parentElement?.nextElementSibling?.firstElementChild ?? null;
}

/** Whether `nodes`' elements stand in `holder` (or its group boxes), in order, right before `next`: nothing to move. */
function standInPlace(holder: HTMLElement, nodes: readonly ClientNode[], next: HTMLElement | null): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const element = nodes[i]!.view.element;
    const parent = element.parentElement;
    if (parent !== holder && parent?.parentElement !== holder) return false;
    if (nextInSlot(element, holder) !== (i + 1 < nodes.length ? nodes[i + 1]!.view.element : next)) return false;
  }
  return true;
}

export class DomHost implements TreeHost<ClientNode> {
  readonly #sink: EventSink;
  readonly #focusQueue: HTMLElement[];
  /** While a server-painted page is being adopted: its markup, whose elements the renderers may take over. */
  adoption: MarkupAdoption | undefined = undefined;
  /** Called when a node leaves, so held-back events for it can be dropped. */
  onForget: (id: number) => void = () => {};
  /** Called with the result of each server-to-client `call` op. */
  onReply: (reply: ReplyBody) => void = () => {};

  constructor(sink: EventSink, focusQueue: HTMLElement[]) {
    this.#sink = sink;
    this.#focusQueue = focusQueue;
  }

  /** The root node: `element` holds the page, its one slot. */
  root(id: number, element: HTMLElement, slot: string): ClientNode {
    const root = new ClientNode(id, "root", undefined, "", {}, this.#sink, this.#focusQueue);
    root.view = { element, update() {}, slot: (name) => (name === slot ? element : undefined) };
    return root;
  }

  create(spec: ControlNode, props: WireProps, parent: ClientNode, slot: string): ClientNode {
    const node = new ClientNode(spec.id, spec.t, parent, slot, props, this.#sink, this.#focusQueue);
    // The renderer sees every prop as sent (a tristate checkbox's `null` value means indeterminate).
    const sent = spec.p ?? NO_PROPS;
    const adoption = this.adoption;
    const served = adoption?.take(spec.id, spec.t);
    let view: ControlView;
    try {
      const renderer = rendererFor(spec.t) ?? unknownControl;
      if (typeof renderer === "function") {
        view = renderer(node, served);
        if (served && view.element === served) adoption!.adopt(served);
        view.update!(sent);
      } else {
        view = renderer.create(node, served);
        if (served && view.element === served) adoption!.adopt(served);
        node.setters = renderer.props;
        applySetters(renderer.props, view, sent, node);
      }
    } catch (error) {
      node.setters = undefined;
      // One failing renderer must not take its siblings of the same insert down with it.
      reportError(ClientCode.rendererFailed, `the ${spec.t} renderer failed on control ${spec.id}`, error);
      view = brokenControl(node);
    }
    node.view = view;
    if (served && view.element !== served) adoption!.replace(served, view.element);
    if (view.element !== served) view.element.setAttribute("data-weft-type", spec.t);
    controlIds.set(view.element, spec.id);
    applyCommonProps(view.element, sent, view.ownsDisabled, view.ownsProps);
    return node;
  }

  hasSlot(node: ClientNode, slot: string): boolean {
    return node.view.slot?.(slot) !== undefined;
  }

  insert(parent: ClientNode, slot: string, nodes: readonly ClientNode[], before: ClientNode | undefined): void {
    const next = before?.view.element ?? null;
    const groups = parent.view.groups?.(slot);
    const holder = parent.view.slot!(slot)!;
    // Adopted from the server's markup, they may stand where this insert would put them already.
    const placed = this.adoption !== undefined && standInPlace(holder, nodes, next);
    if (groups) {
      if (placed) groups.adopted(nodes.map(elementOf));
      else groups.insert(nodes.map(elementOf), next, (parent.slots[slot]?.length ?? 0) + nodes.length);
      return;
    }
    if (!placed) holder.insertBefore(fragmentOf(nodes.map(elementOf)), next);
    // A user control's content that expands: the column around the user control is told.
    if (holder.classList.contains(USER_CLASS) && nodes.some(expands)) columnGroupsOf(parent)?.childExpanded();
  }

  move(node: ClientNode, before: ClientNode | undefined): void {
    const parent = node.parent!;
    const element = node.view.element;
    const next = before?.view.element ?? null;
    const groups = parent.view.groups?.(node.slot);
    if (!groups) parent.view.slot!(node.slot)!.insertBefore(element, next);
    else {
      groups.detach(element);
      groups.insert([element], next, parent.slots[node.slot]?.length ?? 1);
    }
  }

  remove(node: ClientNode): void {
    const groups = node.parent?.view.groups?.(node.slot);
    if (groups) groups.detach(node.view.element);
    else node.view.element.remove();
  }

  clear(parent: ClientNode, slot: string): void {
    const groups = parent.view.groups?.(slot);
    if (groups) groups.clear();
    else parent.view.slot?.(slot)?.replaceChildren();
  }

  update(node: ClientNode, changed: WireProps): void {
    const setters = node.setters;
    if (setters !== undefined) applySetters(setters, node.view, changed, node);
    else node.view.update!(changed);
    applyCommonProps(node.view.element, changed, node.view.ownsDisabled, node.view.ownsProps);
    if ("expand" in changed && expands(node)) {
      const parent = node.parent;
      (parent?.view.element.classList.contains(USER_CLASS) ? columnGroupsOf(parent) : parent?.view.groups?.(node.slot))?.childExpanded();
    }
  }

  forget(node: ClientNode): void {
    node.view.destroy?.();
    this.onForget(node.id);
  }

  call(op: CallOp, node: ClientNode | undefined): void {
    const reply = this.#call(op, node);
    if (reply instanceof Promise) void reply.then((answer) => this.onReply(answer));
    else this.onReply(reply);
  }

  warn(message: string): void {
    reportWarning(ClientCode.opFailed, message);
  }

  failed(op: PatchOp, error: unknown): void {
    reportError(ClientCode.opFailed, `could not apply a ${op[0]} op`, error);
  }

  /**
   * Runs a server-to-client call: the view's own `call` method when it has one, else the
   * built-in `focus` (the first focusable element of the control).
   */
  #call([, call, id, method, args]: CallOp, node: ClientNode | undefined): ReplyBody | Promise<ReplyBody> {
    if (!node) return { call, ok: false, error: `control ${id} is not on screen` };
    try {
      if (method === STORAGE_METHOD) return { call, ok: true, data: answerStorageCall(args as JsonValue[], browserStorage) };
      const own = node.view.call?.(method, args as JsonValue[]);
      if (own instanceof Promise) return own.then((data): ReplyBody => ({ call, ok: true, data }), (error: unknown): ReplyBody => ({ call, ok: false, error: String((error as Error)?.message ?? error) }));
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
}
