/**
 * Slots that take a control or, for convenience, a string: `new AlertDialog({ title: "Delete?" })`
 * holds `new Text("Delete?")`, so the common case reads short and Flet code (`title=ft.Text(…)`)
 * still ports as `title: new Text(…)`.
 */
import { Control, type ControlOptions } from "../control.js";
import { keywordForm } from "../keyword-form.js";
import { ControlError, ErrorCode } from "../errors.js";
import { Text } from "./text.js";

/** A control, or a string shown as a `Text`. */
export type TextOrControl = string | Control;

/** The control for a slot given a string or a control; undefined and null clear the slot. */
export function toControl(value: TextOrControl | null | undefined, where: string): Control | undefined {
  if (value == null) return undefined;
  if (typeof value === "string") return new Text(value);
  if (value instanceof Control) return value;
  throw new ControlError(ErrorCode.notAControl, `${where} must be a string or a control, got ${typeof value}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Abstract<C extends Control> = abstract new (...args: any[]) => C;

/** A `content` slot that takes a control or a string shown as a `Text`. */
export interface TextContent {
  /** What the control shows; a string becomes a `Text`. Default none. */
  get content(): Control | undefined;
  set content(value: TextOrControl | undefined);
}

/** `base` with the `content` accessors of `TextContent`. */
export type WithTextContent<B extends Abstract<Control>> = Pick<B, keyof B> &
  (abstract new (content?: unknown, options?: unknown) => InstanceType<B> & TextContent);

/**
 * `base` with a `content` slot that takes a control or a string (a refusal names `owner`, e.g.
 * "Banner.content must be a string or a control"), and the constructor taking it first (or by
 * name, Flet's keyword form) with the options after it: the one copy of both for Banner,
 * SnackBar, CircleAvatar and DataCell, which declare the slot in their `innerSlots`.
 */
export function withTextContent<B extends Abstract<Control>>(base: B, owner: string): WithTextContent<B> {
  abstract class TextContentBase extends base {
    /** `(content, options)`, or Flet's keyword form with the content by name: `({ content: …, ...options })`. */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super();
      const [content, options] = keywordForm<TextOrControl, ControlOptions, "content">(args[0], args[1], this, "content");
      this.content = content;
      this.applyOptions(options);
    }

    get content(): Control | undefined {
      return this.getSlot("content") as Control | undefined;
    }
    set content(value: TextOrControl | undefined) {
      this.setSlot("content", toControl(value, `${owner}.content`));
    }
  }
  return TextContentBase as unknown as WithTextContent<B>;
}
