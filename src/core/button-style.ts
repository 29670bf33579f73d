/**
 * Flet's `ButtonStyle`: how a button looks, each property either one value or a value per
 * `ControlState` (`{ default: Colors.BLUE, hovered: Colors.RED }`). Checked where it is set, and
 * sent as a plain object whose every property is a map by state (decision 0036):
 *
 *     new ElevatedButton("Save", {
 *       style: new ButtonStyle({
 *         color: { hovered: Colors.WHITE, default: Colors.BLACK },
 *         bgcolor: Colors.AMBER_100,
 *         shape: new RoundedRectangleBorder({ radius: 8 }),
 *         padding: 20,
 *       }),
 *     });
 */
import { closestName } from "./control-spec.js";
import { ControlError, ErrorCode } from "./errors.js";
import type { Spacing } from "./layout-values.js";

/** The states a style may differ in (Flet's `ControlState`); `default` is every other state. */
export const ControlState = {
  DEFAULT: "default",
  HOVERED: "hovered",
  PRESSED: "pressed",
  FOCUSED: "focused",
  DISABLED: "disabled",
} as const;
export type ControlState = (typeof ControlState)[keyof typeof ControlState];
const STATES: readonly string[] = Object.values(ControlState);

/** One value, or one per state; a state without one takes `default`'s, then the button's own. */
export type StateValue<T> = T | Partial<Record<ControlState, T>>;

/** A rectangle with rounded corners, `radius` CSS pixels (Flet's `RoundedRectangleBorder`). */
export class RoundedRectangleBorder {
  readonly type = "roundedRectangle";
  /** The corners' radius in CSS pixels. Default 0. */
  readonly radius: number;
  constructor(options: { radius?: number } = {}) {
    this.radius = options.radius ?? 0;
  }
}

/** A rectangle with its corners cut off at 45°, `radius` CSS pixels deep (Flet's `BeveledRectangleBorder`). */
export class BeveledRectangleBorder {
  readonly type = "beveledRectangle";
  /** How far each corner's cut reaches along the sides, in CSS pixels. Default 0. */
  readonly radius: number;
  constructor(options: { radius?: number } = {}) {
    this.radius = options.radius ?? 0;
  }
}

/** Fully rounded ends, a pill (Flet's `StadiumBorder`; the M3 buttons' own shape). */
export class StadiumBorder {
  readonly type = "stadium";
}

/** A circle, or an ellipse in a box that is not square (Flet's `CircleBorder`). */
export class CircleBorder {
  readonly type = "circle";
}

export type OutlinedBorder = RoundedRectangleBorder | BeveledRectangleBorder | StadiumBorder | CircleBorder;

/** An outline around the button (Flet's `BorderSide`): `new BorderSide(2, Colors.RED)`. */
export class BorderSide {
  constructor(
    /** Its width in CSS pixels. */
    readonly width: number = 1,
    /** Its colour. Default: the theme's outline. */
    readonly color: string = "outline",
  ) {}
}

export interface ButtonStyleOptions {
  /** The label's (and icon's) colour. */
  color?: StateValue<string>;
  /** The container's colour. */
  bgcolor?: StateValue<string>;
  /** The state layer's colour, drawn as given (no opacity added), e.g. `{ hovered: Colors.with_opacity(0.2, Colors.RED) }`. */
  overlayColor?: StateValue<string>;
  /** The shadow's depth, in Flutter's elevation units (0, 1, 3, 6, 8, 12 are M3's levels). */
  elevation?: StateValue<number>;
  /** Space between the edge and the label, CSS pixels: one number or per side. */
  padding?: StateValue<Spacing>;
  /** An outline: `new BorderSide(width, color)`. */
  side?: StateValue<BorderSide>;
  /** The outline's shape: `new RoundedRectangleBorder({ radius })`, `new StadiumBorder()`, `new CircleBorder()`, `new BeveledRectangleBorder({ radius })`. */
  shape?: StateValue<OutlinedBorder | ShapeWire>;
}

/** A button's style, Flet's `ButtonStyle`: pass it as a button's `style`. */
export class ButtonStyle implements ButtonStyleOptions {
  /** The label's (and icon's) colour. */
  readonly color?: StateValue<string>;
  /** The container's colour. */
  readonly bgcolor?: StateValue<string>;
  /** The state layer's colour, drawn as given. */
  readonly overlayColor?: StateValue<string>;
  /** The shadow's depth in Flutter's elevation units. */
  readonly elevation?: StateValue<number>;
  /** Space between the edge and the label. */
  readonly padding?: StateValue<Spacing>;
  /** An outline. */
  readonly side?: StateValue<BorderSide>;
  /** The outline's shape. */
  readonly shape?: StateValue<OutlinedBorder | ShapeWire>;
  constructor(options: ButtonStyleOptions = {}) {
    checkedStyle(options, "ButtonStyle");
    Object.assign(this, options);
  }
}

/** A shape as it travels: its type and, for the two that have one, its radius. */
export interface ShapeWire {
  type: OutlinedBorder["type"];
  radius?: number;
}

/** Per state, as it travels. */
export type StateWire<T> = Partial<Record<ControlState, T>>;

/** A style as it travels: each property a map by state; padding with all four sides. */
export interface ButtonStyleWire {
  color?: StateWire<string>;
  bgcolor?: StateWire<string>;
  overlayColor?: StateWire<string>;
  elevation?: StateWire<number>;
  padding?: StateWire<{ top: number; right: number; bottom: number; left: number }>;
  side?: StateWire<{ width: number; color: string }>;
  shape?: StateWire<ShapeWire>;
}

type Check = (value: unknown, where: string) => unknown;

const fail = (where: string, wanted: string, value: unknown): never => {
  throw new ControlError(ErrorCode.badValue, `${where} must be ${wanted}, got ${typeof value === "object" ? JSON.stringify(value) : String(value)}`);
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const number: Check = (value, where) => (typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : fail(where, "a number of at least 0", value));

const colour: Check = (value, where) => (typeof value === "string" && value.trim() !== "" ? value : fail(where, "a colour string, e.g. Colors.BLUE", value));

const SIDES = ["top", "right", "bottom", "left"];

const padding: Check = (value, where) => {
  if (typeof value === "number") return { top: number(value, where), right: value, bottom: value, left: value };
  if (!isObject(value)) return fail(where, "a number or { left, top, right, bottom }", value);
  known(value, SIDES, where);
  return Object.fromEntries(SIDES.map((side) => [side, value[side] === undefined ? 0 : number(value[side], `${where}.${side}`)]));
};

const side: Check = (value, where) => {
  if (!isObject(value)) return fail(where, "a BorderSide, e.g. new BorderSide(2, Colors.RED)", value);
  known(value, ["width", "color"], where);
  return { width: number(value.width ?? 1, `${where}.width`), color: colour(value.color ?? "outline", `${where}.color`) };
};

const SHAPES: Record<string, boolean> = { roundedRectangle: true, beveledRectangle: true, stadium: false, circle: false };
const SHAPE_HINT = "a shape: new RoundedRectangleBorder({ radius }), new StadiumBorder(), new CircleBorder() or new BeveledRectangleBorder({ radius })";

const shape: Check = (value, where) => {
  if (!isObject(value) || typeof value.type !== "string" || !(value.type in SHAPES)) return fail(where, SHAPE_HINT, value);
  return SHAPES[value.type] ? { type: value.type, radius: number(value.radius ?? 0, `${where}.radius`) } : { type: value.type };
};

const OBJECT_VALUED = new Set([padding, side, shape]);

const CHECKS: Record<keyof ButtonStyleOptions, Check> = { color: colour, bgcolor: colour, overlayColor: colour, elevation: number, padding, side, shape };
const KEYS = Object.keys(CHECKS);

/** Refuses a name not in `names`, with the nearest one. */
function known(value: Record<string, unknown>, names: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (names.includes(key)) continue;
    const hint = closestName(key.replace(/_(.)/g, (_, c: string) => c.toUpperCase()), names);
    throw new ControlError(ErrorCode.unknownOption, `${where} has no "${key}"${hint ? `; did you mean "${hint}"?` : ""} (it takes ${names.join(", ")})`);
  }
}

/**
 * A value for every state, or one per state. A colour or a number is never an object, so an
 * object there is by state; a padding, an outline or a shape is, so it is by state only when
 * one of its keys names a state.
 */
function perState(value: unknown, check: Check, where: string): Record<string, unknown> {
  const isMap = isObject(value) && (!OBJECT_VALUED.has(check) || Object.keys(value).some((key) => STATES.includes(key)));
  if (!isMap) return { default: check(value, where) };
  known(value, STATES, where);
  const out: Record<string, unknown> = {};
  for (const [state, v] of Object.entries(value)) if (v !== undefined) out[state] = check(v, `${where}.${state}`);
  return out;
}

function checkedStyle(options: unknown, where: string): ButtonStyleWire {
  if (!isObject(options)) return fail(where, "a ButtonStyle, e.g. new ButtonStyle({ bgcolor: Colors.BLUE })", options);
  known(options, KEYS, where);
  const wire: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = options[key];
    if (value !== undefined && value !== null) wire[key] = perState(value, CHECKS[key as keyof ButtonStyleOptions], `${where}.${key}`);
  }
  return wire as ButtonStyleWire;
}

/** A button's `style` as it travels: a `ButtonStyle` or a plain object of its options, checked. */
export function buttonStyleToWire(value: unknown, where: string): ButtonStyleWire | undefined {
  if (value === undefined || value === null) return undefined;
  return checkedStyle(value instanceof ButtonStyle ? { ...value } : value, where);
}
