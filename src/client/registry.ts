/**
 * The renderer registry: control type → renderer. The built-in controls register here exactly as
 * an extension would, so a package that adds a control on the server adds its renderer with one
 * `registerRenderer` call.
 */
import type { JsonValue, WireProps } from "../protocol/index.js";
import type { DeclaredRenderer } from "./declare-renderer.js";
import type { ChildGroups } from "./controls/parts/child-groups.js";
import { ClientCode, reportError } from "./diagnostics.js";

/** What a renderer gets to talk back to the session. One per control. */
export interface RenderContext {
  /** The control's session-unique id. */
  readonly id: number;
  /** The control's wire type, e.g. `"textfield"`. */
  readonly type: string;
  /** Every current prop (non-defaults only), already merged with the change being applied. */
  readonly props: Readonly<WireProps>;
  /** Whether the server listens to `event` (its `onX` prop is `true`). */
  listens(event: string): boolean;
  /** Sends `event` if the server listens to it; otherwise does nothing. */
  fire(event: string, data?: JsonValue): void;
  /** Sends `event` whether or not there is a handler (the page's `resize`). */
  send(event: string, data?: JsonValue): void;
  /**
   * The control's value changed in the browser. With `onChange` the change is sent now;
   * without it, it is sent once later (on blur, before the next event, or after a pause), so the
   * server's copy of the value is current before any handler reads it. `read` gives the value.
   */
  changed(read: () => JsonValue): void;
  /** Sends any value change still held back (on blur). */
  commit(): void;
  /** Focuses `el` once the current patch is in the document (for `autofocus`). */
  focusLater(el: HTMLElement): void;
}

/** A control on screen, as its renderer built it. */
export interface ControlView {
  /** The outermost element; gets `data-weft-type` and the common props. */
  readonly element: HTMLElement;
  /**
   * Applies props: all of them when created, only the changed ones later (a renderer made with
   * `defineRenderer` has no `update`: the tree calls its per-prop setters instead). A `null` value means
   * "back to the default". The common props (`visible`, `width`, …) are applied by the caller;
   * a renderer handles them too only where it needs more (`disabled` on a real `<button>`).
   */
  update?(changed: Readonly<WireProps>): void;
  /**
   * The element that holds a slot's children, in order, and nothing else. Undefined for a slot
   * the control does not have.
   */
  slot?(name: string): HTMLElement | undefined;
  /**
   * For a slot whose children may sit in group boxes (a long column's, `parts/child-groups.ts`):
   * what puts them there. The tree then inserts, moves and removes that slot's children through it.
   */
  groups?(name: string): ChildGroups | undefined;
  /**
   * True when the renderer disables real form elements itself (and draws their disabled look);
   * the common `disabled` handling (aria-disabled, faded) is then skipped for this view.
   */
  readonly ownsDisabled?: boolean;
  /**
   * Common props this renderer applies itself, in its own way, so the tree leaves them alone
   * (a Badge's `bgcolor` colours its label, not the box around its content).
   */
  readonly ownsProps?: ReadonlySet<string>;
  /** Releases what the view holds outside its element (window listeners, timers). */
  destroy?(): void;
  /**
   * Runs a server-to-client call (`scrollTo`, …) and returns its result, or a promise of it for
   * work that waits (reading a picked file); undefined leaves the method to the built-ins
   * (`focus`). Throw (or reject) to make the call fail on the server.
   */
  call?(method: string, args: JsonValue[]): JsonValue | Promise<JsonValue> | undefined;
}

/**
 * Builds a control's view. `served` is the server's element for the control on a page whose first
 * paint came from the server (decision 0047): a renderer that knows its markup may build the view
 * around it (and return it as the view's element) instead of a new one; any other is replaced by
 * the new element, in place.
 */
export type Renderer = (ctx: RenderContext, served?: HTMLElement) => ControlView;

/** A renderer in either form: a function that builds a view with its own `update`, or declared. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRenderer = Renderer | DeclaredRenderer<any>;

/** Loads a renderer's module on first use (`() => import("./my-control.js").then((m) => m.myControl)`). */
export type RendererLoader = () => Promise<AnyRenderer>;

const renderers = new Map<string, AnyRenderer>();
const loaders = new Map<string, RendererLoader>();
const loading = new Map<string, Promise<void>>();
const prefetches = new Map<string, (props: WireProps) => unknown>();

/** Registers (or replaces) the renderer of a control type. */
export function registerRenderer(type: string, renderer: AnyRenderer): void {
  loaders.delete(type);
  renderers.set(type, renderer);
}

/**
 * Registers a renderer that is loaded the first time a patch inserts its control type: its code
 * (and the widget library it imports) stays out of the page's startup script. A patch that needs
 * it waits for it, and so do the patches after it, so the order of patches never changes.
 */
export function registerLazyRenderer(type: string, load: RendererLoader): void {
  renderers.delete(type);
  loaders.set(type, load);
}

/**
 * Registers what to fetch as soon as a patch that shows `type` arrives, for modules its renderer
 * loads on first use (Markdown's parser and the grammars its fenced code names, a table's pager):
 * they then travel in the same request wave as the lazy renderers that patch waits for, not
 * after them (decision 0048). `start` gets each such control's props, and must go through the
 * loaders the renderer itself calls, which fetch a module once.
 */
export function registerPrefetch(type: string, start: (props: WireProps) => unknown): void {
  prefetches.set(type, start);
}

/** Starts the prefetch registered for a control of `type` that a patch inserts. */
export function prefetchFor(type: string, props: WireProps | undefined): void {
  prefetches.get(type)?.(props ?? {});
}

/** The renderer of a control type, if one is registered and loaded. */
export function rendererFor(type: string): AnyRenderer | undefined {
  return renderers.get(type);
}

/** Whether `type` has a lazily loaded renderer that has not arrived yet. */
export function awaitsLoad(type: string): boolean {
  return loaders.has(type);
}

/**
 * Loads the lazily registered renderers of `types`. A renderer that fails to load is logged and
 * forgotten, so its controls show the "unknown control" placeholder rather than blocking the page.
 */
export function loadRenderers(types: Iterable<string>): Promise<void> {
  const waits: Promise<void>[] = [];
  for (const type of types) {
    const load = loaders.get(type);
    if (!load) continue;
    let pending = loading.get(type);
    if (!pending) {
      pending = load().then(
        (renderer) => {
          if (loaders.get(type) === load) registerRenderer(type, renderer);
        },
        (error: unknown) => {
          // The cause's message comes first-hand: a static site's chunk left out says so (site-families.ts).
          const why = error instanceof Error ? `: ${error.message}` : "";
          reportError(ClientCode.rendererLoad, `the renderer of "${type}" could not load${why}`, error);
          if (loaders.get(type) === load) loaders.delete(type);
        },
      );
      pending.finally(() => loading.delete(type));
      loading.set(type, pending);
    }
    waits.push(pending);
  }
  return Promise.all(waits).then(() => {});
}
