/**
 * One declaration per prop. `control(type, table)` is the base class of a control whose props,
 * handlers and child slots are written once, in `table`, each with its default and its JSDoc:
 *
 *     export class Slider extends control("slider", {
 *       /** The value, from min to max. *\/ value: prop(0),
 *       /** Runs when the value changes. *\/ onChange: on<number>(),
 *     }) { … }
 *     export type SliderOptions = OptionsFor<typeof Slider>;
 *
 * From that one table come the prototype accessors (through `defineControl`, so a prop is still
 * an accessor on the prototype reading the control's state: no per-instance cost), the instance
 * fields' types and the options bag's type (both mapped over the table's keys, so TypeScript
 * shows the table's JSDoc on `slider.value` and on `new Slider({ value })`), and the list of props
 * the server may send, which test/controls-declared.test.ts holds against the renderer's.
 */
import { handlerProp } from "../protocol/index.js";
import { Control, type ControlOptions } from "./control.js";
import { defineControl, type SlotKind } from "./control-spec.js";
import type { ControlEvent, Handler } from "./events.js";
import { markDeclaredBase } from "./unknown-props.js";

/** Where a declared class's table sits, for the types only (no value exists at run time). */
export declare const TABLE: unique symbol;
declare const VALUE: unique symbol;
declare const EVENT: unique symbol;

/** One entry of a control's table: a prop, a handler or a child slot, typed by what it holds. */
export interface Decl<T> {
  readonly kind: "prop" | "event" | SlotKind;
  readonly initial: unknown;
  /** Phantom: the type the entry's accessor holds. */
  readonly [VALUE]?: T;
}

/** A prop and its default, which is never sent: `prop(0)`, `prop<string>()` (default undefined). */
export function prop<T>(initial: T): Decl<T>;
export function prop<T>(): Decl<T | undefined>;
export function prop(initial?: unknown): Decl<unknown> {
  return { kind: "prop", initial };
}

/**
 * A handler as a field holds it: written as a method's type, so its parameter is bivariant and a
 * handler of a subclass's events (`(e: ControlEvent<CalcButton>) => …`) may be assigned, as it
 * could to the `Handler<ControlEvent<this>>` a hand-written field declared.
 */
type FieldHandler<D> = { handle(event: ControlEvent<Control, D>): void | Promise<void> }["handle"];

/** A handler's entry; in an options bag `e.control` is the control's own class. */
export interface EventDecl<D> extends Decl<FieldHandler<D> | undefined> {
  /** Phantom: the event's data type. */
  readonly [EVENT]?: [D];
}

/** A handler; the table's key names its event (`onChange` → `change`), `D` is its `e.data`. */
export function on<D = unknown>(): EventDecl<D> {
  return { kind: "event", initial: undefined };
}

/** A slot of at most one child (`content`). */
export function child<C extends Control = Control>(): Decl<C | undefined> {
  return { kind: "single", initial: undefined };
}

/** A slot of a list of children (`controls`). */
export function children<C extends Control = Control>(): Decl<C[]> {
  return { kind: "list", initial: undefined };
}

export type Table = Record<string, Decl<unknown>>;

type ValueOf<D> = D extends Decl<infer T> ? T : never;

/** What an entry holds in the options bag of `Self`: a handler there gets `e.control: Self`. */
type OptionOf<D, Self extends Control> = D extends { readonly [EVENT]?: [infer E] } ? Handler<ControlEvent<Self, E>> | undefined : ValueOf<D>;

/** The instance fields a table declares. */
export type FieldsOf<P> = { -readonly [K in keyof P]: ValueOf<P[K]> };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Abstract<C extends Control> = abstract new (...args: any[]) => C;

/**
 * The class `control()` returns: the base's constructor, statics and instances, plus the table's
 * fields. Its table type is the base's and its own together, so a subclass's options include its
 * base's (a `Row`'s include `Flex`'s `spacing`).
 */
export type DeclaredClass<B extends Abstract<Control>, P> = Pick<B, keyof B> &
  (abstract new (...args: ConstructorParameters<B>) => InstanceType<B> & FieldsOf<P>) & { readonly [TABLE]?: P };

/**
 * The options bag of a declared control: the common options and every entry of its table but
 * `Main` (the one a constructor takes first, which `WithMain` adds back for the keyword form).
 */
export type OptionsFor<C extends Abstract<Control> & { readonly [TABLE]?: unknown }, Main extends string = never> = ControlOptions & {
  [K in keyof NonNullable<C[typeof TABLE]> as K extends Main ? never : K]?: OptionOf<NonNullable<C[typeof TABLE]>[K], InstanceType<C>>;
};

/** The wire types declared with `control()` (test/controls-declared.test.ts holds them to their renderers). */
export const declaredTypes = new Set<string>();

/** `onChange` → `change`: the inverse of `handlerProp`. */
function eventOf(key: string): string {
  const event = key.length > 2 && key.startsWith("on") ? key[2]!.toLowerCase() + key.slice(3) : "";
  if (!event || handlerProp(event) !== key) throw new Error(`a handler's name must be on + its event, e.g. onClick, not "${key}"`);
  return event;
}

/** What a declaration says beyond its table. */
export interface DeclaredOptions<P> {
  /**
   * Props the browser changes itself and reports in events (a field's `value`): when the server
   * refuses such an event it sends them back (see `ControlSpecInput.clientProps`).
   */
  readonly clientProps?: readonly (keyof P & string)[];
  /**
   * Child slots the class fills through accessors of its own (a `content` that turns a string
   * into a `Text`), so they have no entry in the table (see `ControlSpecInput.innerSlots`).
   */
  readonly innerSlots?: Readonly<Record<string, SlotKind>>;
}

/**
 * The base class of a control of wire type `type`, extending `base` (default `Control`) with the
 * props, handlers and slots of `table`; `more` says what else the server must know of them.
 */
export function control<const P extends Table, B extends Abstract<Control> = Abstract<Control>>(
  type: string,
  table: P,
  base?: B,
  more?: DeclaredOptions<P>,
): DeclaredClass<B, P> {
  const parent = (base ?? Control) as unknown as Abstract<Control>;
  abstract class Declared extends parent {}
  const props: Record<string, unknown> = {};
  const events: string[] = [];
  const slots: Record<string, SlotKind> = {};
  for (const [key, decl] of Object.entries(table)) {
    if (decl.kind === "prop") props[key] = decl.initial;
    else if (decl.kind === "event") events.push(eventOf(key));
    else slots[key] = decl.kind;
  }
  defineControl(Declared, { type, props, events, slots, clientProps: more?.clientProps, innerSlots: more?.innerSlots });
  markDeclaredBase(Declared.prototype);
  declaredTypes.add(type);
  return Declared as unknown as DeclaredClass<B, P>;
}
