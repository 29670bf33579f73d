/**
 * `Control`: the base of every control. It holds typed props (only those that differ from their
 * defaults), child slots, and its place on a page. Setting a prop or changing a child list marks
 * just this control dirty in its session, so an update costs what changed, never a walk of the tree.
 */
import type { JsonValue } from "../protocol/index.js";
import { notAControlError, refusePythonListMethod } from "./child-mistakes.js";
import { ControlError, ErrorCode } from "./errors.js";
import { defineControl, specOf } from "./control-spec.js";
import type { ControlEvent, Handler } from "./events.js";
import type { ResponsiveNumber, Spacing } from "./layout-values.js";
import type { Page } from "./page.js";
import { CONTROL_OLDER_API } from "./page-older-api.js";
import { checkPropValue } from "./prop-values.js";
import { guardPythonNames } from "./python-names.js";
import type { ControlHost } from "./control-host.js";
import { guardUnknownProps, suggestName } from "./unknown-props.js";
import { appendAll } from "./append-all.js";
import { DIRTY_PROPS, ID, PARENT, PROPS, QUEUED_IN, SESSION, SLOTS, STAMP, WAS_MOUNTED, type SlotState } from "./control-state.js";
import { describeControl, handlerOf } from "./control-reads.js";
import { markPropDirty } from "./dirty-props.js";

export * from "./append-all.js";
export * from "./control-options.js";
export * from "./control-reads.js";
export * from "./control-state.js";
export { resendClientProps } from "./dirty-props.js";

function isIndexKey(key: string | symbol): key is string {
  return typeof key === "string" && key.length > 0 && key.length < 11 && /^\d+$/.test(key);
}

export abstract class Control {
  /** A key for finding the control in tests and in the DOM (`data-key`). */
  declare key: string | undefined;
  /** False hides the control (it stays in the tree). Default true. */
  declare visible: boolean;
  /** True greys the control out and stops its events, and its children's. Default false. */
  declare disabled: boolean;
  /** Width in CSS pixels. */
  declare width: number | undefined;
  /** Height in CSS pixels. */
  declare height: number | undefined;
  /** In a Row or Column, take a share of the free space (`true` is a share of 1). */
  declare expand: boolean | number | undefined;
  /** Opacity from 0 to 1. Default 1. */
  declare opacity: number;
  /** A hint shown on hover, also the accessible description. */
  declare tooltip: string | undefined;
  /** Arbitrary server-side data; never sent to the browser. */
  data: unknown = undefined;
  /** Space inside the control, around its content: one number or per side. Default 0. */
  declare padding: Spacing | undefined;
  /** Space outside the control: one number or per side. Default 0. */
  declare margin: Spacing | undefined;
  /** Background colour (any CSS colour or a theme colour name). Default: none. */
  declare bgcolor: string | undefined;
  /** In a `Stack`: distance from the stack's left edge; setting any side positions the control. */
  declare left: number | undefined;
  /** In a `Stack`: distance from the stack's top edge. */
  declare top: number | undefined;
  /** In a `Stack`: distance from the stack's right edge. */
  declare right: number | undefined;
  /** In a `Stack`: distance from the stack's bottom edge. */
  declare bottom: number | undefined;
  /**
   * In a `ResponsiveRow`: the columns this control spans (of the row's 12), one number for every
   * width or one per breakpoint, Flet-style: `{ sm: 6, md: 4 }`. Default: the full row.
   */
  declare col: ResponsiveNumber | undefined;

  // The session's view of this control (see `ID` and the symbols beside it); internal.
  [SESSION]: ControlHost | undefined = undefined;
  readonly [PROPS]: Record<string, unknown> = {};
  [DIRTY_PROPS]: string | string[] | undefined = undefined;
  [QUEUED_IN]: readonly (Control | undefined)[] | undefined = undefined;
  [ID] = 0;
  [PARENT]: Control | undefined = undefined;
  [WAS_MOUNTED] = false;
  [STAMP] = 0;
  [SLOTS]: Record<string, SlotState> | undefined = undefined;

  /** The session-unique id; 0 until the control is on a page. */
  get id(): number {
    return this[ID];
  }

  /** The control's parent once on a page. */
  get parent(): Control | undefined {
    return this[PARENT];
  }

  /** The page this control is on, once it has been added and sent. */
  get page(): Page | undefined {
    return this[SESSION]?.page;
  }

  /**
   * Runs right before each update of the page is sent while this control is on it (Flet's
   * `before_update`), and before its first one: the place to set props that follow from others,
   * such as a count or which rows show. What it changes goes out in the same patch. Keep it
   * synchronous and quick; only controls that override it cost anything. Default: does nothing.
   */
  beforeUpdate(): void {}

  /**
   * Sends every pending change of this control's session, in order, as one patch. Resolves once
   * the patch is handed to the connection. A control that was removed from its page resolves
   * without sending; one that was never on a page throws `control.not-mounted`.
   */
  update(): Promise<void> {
    const session = this[SESSION];
    if (session) return session.update();
    if (this[WAS_MOUNTED]) return Promise.resolve();
    throw new ControlError(
      ErrorCode.notMounted,
      `${describeControl(this)} must be added to the page before update() (use page.add(control) first)`,
    );
  }

  /**
   * Runs a method of this control's renderer in the browser (`focus`, `scrollTo`, …) and
   * resolves to its result. Rejects with `control.not-mounted`, `session.call-timeout`,
   * `session.call-failed` or `session.closed`.
   */
  protected callInBrowser(method: string, args: JsonValue[] = []): Promise<JsonValue | undefined> {
    const session = this[SESSION];
    if (!session) {
      return Promise.reject(new ControlError(ErrorCode.notMounted, `${describeControl(this)} must be on the page before ${method}()`));
    }
    return session.call(this, method, args);
  }

  /** Applies an options bag, refusing names the control does not have. */
  protected applyOptions(options: object | undefined): void {
    if (!options) return;
    const names = specOf(this).optionNames;
    for (const [name, value] of Object.entries(options)) {
      if (!names.has(name)) {
        const hint = suggestName(name, names);
        throw new ControlError(
          ErrorCode.unknownOption,
          `${this.constructor.name} has no option "${name}"${hint ? `; did you mean "${hint}"?` : ""}`,
        );
      }
      if (value !== undefined) (this as Record<string, unknown>)[name] = value;
    }
  }

  /** Reads a prop, falling back to its default. */
  protected getProp(name: string): unknown {
    const props = this[PROPS];
    return name in props ? props[name] : specOf(this).defaults[name];
  }

  /** Writes a prop; when the value changes on a mounted control, marks just this prop dirty. */
  protected setProp(name: string, value: unknown): void {
    checkPropValue(this, name, value);
    const fallback = specOf(this).defaults[name];
    const current = name in this[PROPS] ? this[PROPS][name] : fallback;
    if (Object.is(current, value)) return;
    if (Object.is(value, fallback)) delete this[PROPS][name];
    else this[PROPS][name] = value;
    markPropDirty(this, name);
  }

  /**
   * Writes a prop to match what the browser already shows (a typed value, a ticked box): the
   * value changes on the server but nothing is sent back.
   */
  protected syncProp(name: string, value: unknown): void {
    if (Object.is(value, specOf(this).defaults[name])) delete this[PROPS][name];
    else this[PROPS][name] = value;
    const dirty = this[DIRTY_PROPS];
    if (dirty === name) this[DIRTY_PROPS] = undefined;
    else if (typeof dirty === "object") {
      const at = dirty.indexOf(name);
      if (at >= 0) dirty.splice(at, 1);
    }
  }

  /**
   * Writes a prop the browser shows otherwise (typed text the server cut to `maxLength`, a
   * slider value put on its step) and sends the server's value back to it.
   */
  protected correctProp(name: string, value: unknown): void {
    this.syncProp(name, value);
    markPropDirty(this, name);
  }

  /**
   * Applies an event's data to the control's own props before any handler runs (a field's
   * typed text, a checkbox's state), keeping to what the props promise (a read-only field takes
   * no typing, a slider stays in its range). Returns false when the data has the wrong shape or
   * breaks such a promise: the event is then dropped, and the props the browser changes itself
   * (`clientProps` in the spec) are sent back so it shows the server's values.
   */
  acceptEvent(_name: string, _data: unknown): boolean {
    return true;
  }

  /** The handler that runs for event `name` (by default its `on…` prop; the page may choose another). */
  handlerFor(name: string): Handler<ControlEvent> | undefined {
    return handlerOf(this, name);
  }

  /** Builds the event object handed to a handler. */
  createEvent(name: string, data: unknown, page: Page): ControlEvent {
    return { control: this, name, data, page };
  }

  protected slot(name: string): SlotState {
    const slots = (this[SLOTS] ??= {});
    let slot = slots[name];
    if (!slot) {
      const kind = specOf(this).slots[name];
      if (!kind) throw new ControlError(ErrorCode.badValue, `${this.constructor.name} has no child slot "${name}"`);
      slot = slots[name] = { kind, items: [], view: undefined, before: undefined };
    }
    return slot;
  }

  protected getSlot(name: string): Control[] | Control | undefined {
    const slot = this.slot(name);
    if (slot.kind === "single") return slot.items[0];
    return (slot.view ??= this.listView(name, slot));
  }

  protected setSlot(name: string, value: unknown): void {
    const slot = this.slot(name);
    if (slot.kind === "single") {
      if (value === slot.items[0] || (value == null && slot.items.length === 0)) return;
      if (value != null) this.checkChild(name, undefined, value);
      this.touchSlot(slot);
      slot.items.length = 0;
      if (value != null) slot.items.push(value as Control);
      return;
    }
    if (value === slot.view) return;
    if (value == null || typeof (value as Iterable<unknown>)[Symbol.iterator] !== "function") {
      throw new ControlError(ErrorCode.notAControl, `${this.constructor.name}.${name} must be an array of controls`);
    }
    const next = [...(value as Iterable<unknown>)];
    for (let i = 0; i < next.length; i++) this.checkChild(name, i, next[i]);
    this.touchSlot(slot);
    slot.items.length = 0;
    appendAll(slot.items, next as Control[]);
  }

  /**
   * Inserts children into a list slot at `index`, as `splice(index, 0, ...children)` on its array
   * would, checking each child but snapshotting the slot once rather than once per child.
   */
  protected spliceSlot(name: string, index: number, children: readonly unknown[]): void {
    const slot = this.slot(name);
    for (let i = 0; i < children.length; i++) this.checkChild(name, index + i, children[i]);
    this.touchSlot(slot);
    // The tail is cut off and put back after the children, not `splice(index, 0, ...children)`:
    // that spread passes each child as an argument, and a million of them overflow the stack.
    const tail = index < slot.items.length ? slot.items.splice(index) : [];
    appendAll(slot.items, children as Control[]);
    appendAll(slot.items, tail);
  }

  /**
   * Throws unless `value` is a control. The place (`controls[3]`) is spelled out only for the
   * error: a page that adds 10,000 controls would otherwise build 10,000 strings to throw none.
   */
  private checkChild(name: string, index: number | string | undefined, value: unknown): void {
    if (value instanceof Control) return;
    throw notAControlError(this, index === undefined ? name : `${name}[${index}]`, value, isControlClass);
  }

  /** Snapshots a slot at its first change since the last flush and marks this control dirty. */
  private touchSlot(slot: SlotState): void {
    const session = this[SESSION];
    if (!session || slot.before) return;
    slot.before = slot.items.slice();
    session.markDirty(this);
  }

  private listView(name: string, slot: SlotState): Control[] {
    // Methods, not arrows: tsx names every arrow held by a property, at a cost (decision 0012).
    const control = this;
    return new Proxy(slot.items, {
      get(target, key) {
        const value = (target as unknown as Record<string | symbol, unknown>)[key];
        if (value === undefined && typeof key === "string") refusePythonListMethod(control, name, key);
        return value;
      },
      set(target, key, value) {
        if (isIndexKey(key)) control.checkChild(name, key, value);
        control.touchSlot(slot);
        return Reflect.set(target, key, value);
      },
      deleteProperty(target, key) {
        control.touchSlot(slot);
        return Reflect.deleteProperty(target, key);
      },
    });
  }
}

/** Whether `value` is a control class (for the error that says to create one with `new`). */
function isControlClass(value: unknown): boolean {
  return typeof value === "function" && value.prototype instanceof Control;
}

/** The base class's `beforeUpdate`, which does nothing: a control that keeps it is not registered for one. */
export const NO_BEFORE_UPDATE = Control.prototype.beforeUpdate;

defineControl(Control, {
  type: "control",
  props: {
    key: undefined,
    visible: true,
    disabled: false,
    width: undefined,
    height: undefined,
    expand: undefined,
    opacity: 1,
    tooltip: undefined,
    padding: undefined,
    margin: undefined,
    bgcolor: undefined,
    left: undefined,
    top: undefined,
    right: undefined,
    bottom: undefined,
    col: undefined,
  },
});
guardPythonNames(Control.prototype, [], CONTROL_OLDER_API);
guardUnknownProps(Control.prototype);
