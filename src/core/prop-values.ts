/**
 * Values a prop takes from a fixed set, checked when set. A ported Flet program writes
 * `alignment: "space_between"` or `expand: "true"`; without a check the value went to the
 * browser, matched no CSS rule and the layout was silently wrong (issue 14). A prop here refuses
 * anything else with a `control.bad-value` error naming the value it meant.
 *
 * Keyed by prop name: a name means the same set on every control that has it, but `alignment`,
 * which is a Row's and Column's main-axis alignment and a Container's or Stack's child position,
 * takes the values of both (each renderer ignores the other's).
 */
import { axisChoices, MAIN_AXIS, otherAxisAdvice } from "./axis-values.js";
import { closestName, specOf } from "./control-spec.js";
import type { Control } from "./control.js";
import { ControlError, ErrorCode } from "./errors.js";
import { checkPaint } from "./controls/canvas/paint-check.js";
import { plotlyFigure } from "./controls/plotly-figure.js";
import { checkIcon } from "./icon-check.js";
import { linkUrl } from "./navigation.js";
import { ownerName } from "./unknown-props.js";

/** Props that hold an icon's name, on every control that has them (and `Icon`'s own `name`). */
const ICON_PROPS: ReadonlySet<string> = new Set(["icon", "selectedIcon", "prefixIcon", "suffixIcon"]);

const POSITION = [
  "topLeft", "topCenter", "topRight", "centerLeft", "center", "centerRight", "bottomLeft", "bottomCenter", "bottomRight",
] as const;
const TEXT_ALIGN = ["left", "right", "center", "justify", "start", "end"] as const;

const WEIGHTS = ["normal", "bold", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `w${n}00`)];

/** Prop name → the strings it takes (the two axis alignments: see axis-values.ts). */
const CHOICES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["alignment", [...new Set<string>([...MAIN_AXIS, ...POSITION])]],
  ["actionsAlignment", MAIN_AXIS],
  ["textAlign", TEXT_ALIGN],
  ["scroll", ["auto", "adaptive", "always", "hidden"]],
  ["themeMode", ["light", "dark", "system"]],
  ["weight", WEIGHTS],
  ["keyboardType", ["text", "multiline", "number", "phone", "email", "url", "datetime"]],
  ["clipBehavior", ["none", "hardEdge", "antiAlias", "antiAliasWithSaveLayer"]],
  ["pointMode", ["points", "lines", "polygon"]],
]);

/** Whether `control` lays its controls out as the page does (the page itself, a `View` of it). */
function isPageLike(control: object): boolean {
  return specOf(control as Control).type === "page";
}

/** `space_between` → `spaceBetween`: Flet's Python enum names as Weft spells them. */
function camelCase(value: string): string {
  return value.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function quoted(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** `"true"`, and Python's `"True"`: say to write the boolean itself. */
function booleanHint(value: unknown): string {
  const text = typeof value === "string" ? value.toLowerCase() : "";
  return text === "true" || text === "false" ? `; write expand: ${text} without quotes` : "";
}

/**
 * Throws `control.bad-value` when `value` is not one `control[name]` takes. Called on every prop
 * write, so it returns at once for a name with no fixed set (a comparison and one map lookup).
 * `onPage` says the owner lays its controls out as the page does (a `View` passes it).
 */
export function checkPropValue(control: object, name: string, value: unknown, onPage?: boolean): void {
  if (value === undefined) return;
  if (name === "url") {
    linkUrl(ownerName(control), value);
    return;
  }
  if (ICON_PROPS.has(name) || (name === "name" && specOf(control as Control).type === "icon")) {
    checkIcon(ownerName(control), name, value);
    return;
  }
  if (name === "figure" && specOf(control as Control).type === "plotlychart") {
    plotlyFigure(value);
    return;
  }
  if (name === "paint") {
    checkPaint(ownerName(control), value);
    return;
  }
  if (name === "expand") {
    if (typeof value === "boolean" || (typeof value === "number" && value >= 0 && Number.isFinite(value))) return;
    throw new ControlError(
      ErrorCode.badValue,
      `${ownerName(control)}.expand takes true, false or a share (a number ≥ 0), got ${quoted(value)}${booleanHint(value)}`,
    );
  }
  const axis = name === "verticalAlignment" || name === "horizontalAlignment";
  const page = axis && (onPage ?? isPageLike(control));
  const choices = axis ? axisChoices(name, page) : CHOICES.get(name);
  if (choices === undefined || (typeof value === "string" && choices.includes(value))) return;
  const text = String(value);
  const camel = camelCase(text);
  const advice = axis ? otherAxisAdvice(control, name, value, page) || otherAxisAdvice(control, name, camel, page) : "";
  const hint = advice ? undefined : choices.includes(camel) ? camel : closestName(text, choices);
  throw new ControlError(
    ErrorCode.badValue,
    `${ownerName(control)}.${name} has no value ${quoted(value)}${hint ? `; did you mean "${hint}"?` : ""} (it takes ${choices.map((c) => `"${c}"`).join(", ")})${advice}`,
  );
}
