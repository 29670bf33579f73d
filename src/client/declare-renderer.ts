/**
 * Renderers that declare, per prop, how it reaches the DOM:
 *
 *     export const slider = defineRenderer("slider", {
 *       create(ctx) { …build the element…; return { element }; },
 *       props: {
 *         value(view, v) { view.element.value = num(v); },
 *         min(view, v) { view.element.min = num(v); },
 *       },
 *     });
 *
 * `create` builds the view once per control; the tree (dom-host.ts) owns the one update loop and
 * calls the setter of each prop a patch carries, with `null` meaning "back to the default". The
 * setters live in one table per type, shared by every control of it: nothing per instance. The
 * table's names are plain data, so test/controls-declared.test.ts holds them against the props the
 * server declares for the same type.
 */
import type { JsonValue, WireProps } from "../protocol/index.js";
import type { ControlView, RenderContext } from "./registry.js";

/** A view as `create` builds it: a `ControlView` whose props are set by the declared setters. */
export type DeclaredView = Omit<ControlView, "update">;

/** The part most declared views share: the outer element, which holds or contains child slots. */
export interface SlottedView<E extends HTMLElement = HTMLElement> {
  readonly element: E;
  slot(name: string): HTMLElement | undefined;
}

/** Applies one prop's value (`null`: back to the default) to a view. */
export type PropSetter<V> = (view: V, value: JsonValue | null, ctx: RenderContext) => void;

export interface RendererDecl<V extends DeclaredView> {
  /**
   * Builds a control's view: its element, slots and listeners; props come after, by setter.
   * `served`: the server's element to adopt, when the page was painted by the server (`Renderer`).
   */
  create(ctx: RenderContext, served?: HTMLElement): V;
  /** Prop name → setter. A prop the server sends that has no setter here is a drift (tested). */
  readonly props: { readonly [name: string]: PropSetter<V> };
}

/** A declared renderer, registered by its type like any other. */
export interface DeclaredRenderer<V extends DeclaredView = DeclaredView> extends RendererDecl<V> {
  readonly type: string;
}

/** Declares the renderer of wire type `type` (register it with `registerRenderer`). */
export function defineRenderer<V extends DeclaredView>(type: string, decl: RendererDecl<V>): DeclaredRenderer<V> {
  return { type, create: decl.create, props: decl.props };
}

type Setters = DeclaredRenderer["props"];

/** The one update loop: calls the setter of each changed prop that has one. */
export function applySetters(setters: Setters, view: DeclaredView, changed: Readonly<WireProps>, ctx: RenderContext): void {
  for (const name in changed) {
    const set = setters[name];
    if (set !== undefined) set(view, changed[name]!, ctx);
  }
}
