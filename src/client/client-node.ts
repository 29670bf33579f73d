/**
 * `ClientNode`: one control as the client holds it: id, type, current props, its view, and its
 * children slot by slot. It is also the control's `RenderContext`: the renderer talks back to the
 * session through it.
 */
import type { DeclaredRenderer } from "./declare-renderer.js";
import { EventName, handlerProp, type JsonValue, type WireProps } from "../protocol/index.js";
import { NO_SLOTS, type TreeNode } from "../protocol/tree-applier.js";
import type { ControlView, RenderContext } from "./registry.js";

/** Where a node's events go: the session's event sender. */
export interface EventSink {
  /** Sends one event now (after any held-back value changes). */
  event(id: number, name: string, data?: JsonValue): void;
  /** Holds back a value change of control `id`, to send later as one `change`. */
  valueChanged(id: number, read: () => JsonValue): void;
  /** Sends every held-back value change now. */
  commit(): void;
}

export class ClientNode implements RenderContext, TreeNode<ClientNode> {
  /** Children by slot name, in order; the tree's applier writes them. */
  slots: Readonly<Record<string, ClientNode[]>> = NO_SLOTS;
  view!: ControlView;
  /** The per-prop setters of a declared renderer (`defineRenderer`); undefined for a `Renderer`. */
  setters: DeclaredRenderer["props"] | undefined = undefined;

  /** `props`: the node's props as they arrived (owned from now on), without `null` values. */
  constructor(
    readonly id: number,
    readonly type: string,
    public parent: ClientNode | undefined,
    readonly slot: string,
    readonly props: WireProps,
    private readonly sink: EventSink,
    private readonly focusQueue: HTMLElement[],
  ) {}

  listens(event: string): boolean {
    return this.props[handlerProp(event)] === true;
  }

  fire(event: string, data?: JsonValue): void {
    if (this.listens(event)) this.send(event, data);
  }

  send(event: string, data?: JsonValue): void {
    if (this.interactive()) this.sink.event(this.id, event, data);
  }

  changed(read: () => JsonValue): void {
    if (!this.interactive()) return;
    if (this.listens(EventName.change)) this.sink.event(this.id, EventName.change, read());
    else this.sink.valueChanged(this.id, read);
  }

  commit(): void {
    this.sink.commit();
  }

  focusLater(el: HTMLElement): void {
    this.focusQueue.push(el);
  }

  /** A hidden or disabled control, or one inside such, takes no events (the server agrees). */
  interactive(): boolean {
    for (let node: ClientNode | undefined = this; node; node = node.parent) {
      if (node.props.disabled === true || node.props.visible === false) return false;
    }
    return true;
  }
}
