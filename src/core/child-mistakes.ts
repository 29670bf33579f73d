/**
 * Flet-shaped mistakes with children, each with the fix: a string, a list or a class where a
 * control goes (`page.add("Hi")`, `page.add([a, b])`, `page.add(Text)`), and Python's list
 * methods on a list of children (`page.controls.append(x)`), which JavaScript arrays lack: they
 * failed with "append is not a function", naming nothing Weft could do about it.
 */
import { ControlError, ErrorCode } from "./errors.js";
import { ownerName } from "./unknown-props.js";

/** Python's list methods JavaScript arrays lack, with what to write instead. */
const PYTHON_LIST: ReadonlyMap<string, string> = new Map([
  ["append", "push(control)"],
  ["extend", "push(...controls)"],
  ["insert", "splice(index, 0, control)"],
  ["remove", "splice(LIST.indexOf(control), 1)"],
  ["clear", "splice(0) (or set LIST.length = 0)"],
  ["index", "indexOf(control)"],
  ["count", "filter((c) => c === control).length"],
  ["copy", "slice()"],
]);

/** What to write instead of `value` where a control goes, if it is a known mistake. */
function fixFor(value: unknown, isControlClass: (value: unknown) => boolean): string {
  if (typeof value === "string") return `; to show text, add a Text: new Text(${JSON.stringify(value.slice(0, 40))})`;
  if (Array.isArray(value)) return "; pass the controls themselves, not a list of them: add(a, b) or add(...list)";
  if (typeof value === "function" && isControlClass(value)) return `; that is the class itself: create one with new ${value.name}(…)`;
  return "";
}

/** The error for a child that is not a control, at `where` (`controls[3]`) of `owner`. */
export function notAControlError(owner: object, where: string, value: unknown, isControlClass: (value: unknown) => boolean): ControlError {
  const got = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
  return new ControlError(ErrorCode.notAControl, `${ownerName(owner)}.${where} must be a control, got ${got}${fixFor(value, isControlClass)}`);
}

/**
 * Throws when `key`, which a list of children lacks, is one of Python's list methods: says what
 * to write in JavaScript (`page.controls.append` → `page.controls.push(control)`).
 */
export function refusePythonListMethod(owner: object, slot: string, key: string): void {
  const instead = PYTHON_LIST.get(key);
  if (instead === undefined) return;
  const list = `${ownerName(owner)}.${slot}`;
  throw new ControlError(
    ErrorCode.unknownOption,
    `${list}.${key}() is Python's; a list of children is a JavaScript array: write ${list}.${instead.replace("LIST", list)}`,
  );
}
