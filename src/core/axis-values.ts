/**
 * Which alignments a page, a Column and a Row take on each axis, as Flutter's rules (and so
 * Flet's) have them. A page lays its controls out as a column: `page.verticalAlignment` is along
 * its main axis (`"spaceBetween"` spreads the controls down the page) and
 * `page.horizontalAlignment` across it (`"stretch"` makes each as wide as the page). A Row is the
 * other way round: its `verticalAlignment` is across it, its `alignment` along it. A value of the
 * other axis is refused with the prop that takes it.
 */
import { ownerName } from "./unknown-props.js";

export const MAIN_AXIS = ["start", "center", "end", "spaceBetween", "spaceAround", "spaceEvenly"] as const;
export const CROSS_AXIS = ["start", "center", "end", "stretch", "baseline"] as const;

/** Whether `value` is an alignment only the other axis takes. */
function isOtherAxis(value: unknown, choices: readonly string[]): boolean {
  if (typeof value !== "string") return false;
  return !choices.includes(value) && ((MAIN_AXIS as readonly string[]).includes(value) || (CROSS_AXIS as readonly string[]).includes(value));
}

/** The values `owner[name]` takes: a page's (or View's) vertical alignment is its main axis. */
export function axisChoices(name: string, onPage: boolean): readonly string[] {
  return name === "verticalAlignment" && onPage ? MAIN_AXIS : CROSS_AXIS;
}

/**
 * Advice for an alignment that belongs to the other axis (`page.verticalAlignment = "stretch"`):
 * which prop takes it. Empty for any other value.
 */
export function otherAxisAdvice(owner: object, name: string, value: unknown, onPage: boolean): string {
  const choices = axisChoices(name, onPage);
  if (!isOtherAxis(value, choices)) return "";
  const who = ownerName(owner);
  const quoted = JSON.stringify(value);
  if (onPage && name === "verticalAlignment") {
    return `; the page is a column: down it its controls follow one another, so ${quoted} belongs across it: set ${who}.horizontalAlignment = ${quoted}`;
  }
  const across = onPage ? "the page is a column: across it each control has a line to itself" : name === "horizontalAlignment" ? "across a Column each control has a line to itself" : "across a Row each control has the row's height to itself";
  return `; ${across}, so spacing belongs along it: set ${who}.${onPage ? "verticalAlignment" : "alignment"} = ${quoted}`;
}
