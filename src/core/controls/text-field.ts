/**
 * `TextField`: a labelled text input. `value` follows what the person types before any handler
 * runs, so a button's handler can read `field.value` even when the field has no `onChange`.
 */
import { EventName } from "../../protocol/index.js";
import { child, control, on, prop, type OptionsFor } from "../declare-control.js";
import type { ControlEvent } from "../events.js";
import type { Page } from "../page.js";

/** The on-screen keyboard and input mode a field asks for. */
export type KeyboardType = "text" | "multiline" | "number" | "phone" | "email" | "url" | "datetime";

export type TextFieldOptions = OptionsFor<typeof TextField>;

/** Longest value a client may set by typing. */
const MAX_VALUE_LENGTH = 1_000_000;

export class TextField extends control(
  "textfield",
  {
    /** The field's label, also its accessible name. Default "". */
    label: prop(""),
    /** The text in the field; kept in sync with typing. Default "". */
    value: prop(""),
    /** Placeholder shown while the field is empty. */
    hintText: prop<string>(),
    /** Help shown under the field. */
    helperText: prop<string>(),
    /** An error shown under the field, which also marks it invalid. */
    errorText: prop<string>(),
    /** Hide the typed characters. Default false. */
    password: prop(false),
    /** With `password`, show a button that reveals the text. Default false. */
    canRevealPassword: prop(false),
    /** Allow several lines (Enter adds a line; Ctrl+Enter submits). Default false. */
    multiline: prop(false),
    /**
     * Chat-style Enter (Flet's `shift_enter`): Enter submits, Shift+Enter adds a line. Makes the
     * field multiline. Default false.
     */
    shiftEnter: prop(false),
    /**
     * Material's filled variant (a tinted box with an underline) instead of the outlined one.
     * Read when the field first appears. Default false.
     */
    filled: prop(false),
    /** With `multiline`, the visible lines at least. Default 1. */
    minLines: prop<number>(),
    /** With `multiline`, the lines shown at most before scrolling. */
    maxLines: prop<number>(),
    /** The most characters (UTF-16 code units, as the browser counts) a person may type; longer text a client sends is cut to it. */
    maxLength: prop<number>(),
    /** Show the value but refuse typing, in the browser and on the server. Default false. */
    readOnly: prop(false),
    /** Focus the field when it appears. Default false. */
    autofocus: prop(false),
    /** The keyboard and input mode to ask for. Default "text". */
    keyboardType: prop<KeyboardType>("text"),
    /** Text shown before the value, e.g. `"$"` or `"Ada: "`; spaces in it are kept, also when multiline. */
    prefixText: prop<string>(),
    /** Text shown after the value, e.g. `"kg"`. */
    suffixText: prop<string>(),
    /** A control shown at the start of the field, before the text (Flet's `prefix`), e.g. an avatar. */
    prefix: child(),
    /** A control shown at the end of the field, after the text (Flet's `suffix`), e.g. a button. */
    suffix: child(),
    /** A Material Symbols icon name shown at the start of the field, e.g. `"search"`. */
    prefixIcon: prop<string>(),
    /** A Material Symbols icon name shown at the end of the field. */
    suffixIcon: prop<string>(),
    /** Runs on every change of the value; `e.data` is the new value. */
    onChange: on<string>(),
    /** Runs when the person presses Enter; `e.data` is the value. */
    onSubmit: on<string>(),
    /** Runs when the field gains focus. */
    onFocus: on(),
    /** Runs when the field loses focus. */
    onBlur: on(),
  },
  undefined,
  { clientProps: ["value"] },
) {
  /** `new TextField({ label: "Name", onSubmit })` */
  constructor(options?: TextFieldOptions) {
    super();
    this.applyOptions(options);
  }

  /**
   * Moves keyboard focus into the field. Resolves to true once the browser focused it, false if
   * it could not (the field left the page, the session ended, the browser did not answer in time);
   * never rejects, so a forgotten `focus()` cannot become an unhandled rejection.
   */
  focus(): Promise<boolean> {
    return this.callInBrowser("focus").then(
      (focused) => focused === true,
      () => false,
    );
  }

  /**
   * Keeps `value` in step with typing, and the field's promises: a read-only field takes no
   * typing (Enter on it submits what it shows), and text longer than `maxLength` is cut to it and
   * sent back, as the browser cuts a paste (docs/decisions/0019).
   */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change && name !== EventName.submit) return true;
    if (typeof data !== "string" || data.length > MAX_VALUE_LENGTH) return false;
    if (this.readOnly) return data === this.value;
    const cut = cutToLength(data, this.maxLength);
    if (cut === data) this.syncProp("value", data);
    else this.correctProp("value", cut);
    return true;
  }

  /** A change's or submit's `e.data` is the value as the server holds it. */
  override createEvent(name: string, data: unknown, page: Page): ControlEvent {
    return super.createEvent(name, name === EventName.change || name === EventName.submit ? this.value : data, page);
  }
}

/** `text` cut to `maxLength` code units, never through the middle of a surrogate pair. */
function cutToLength(text: string, maxLength: number | undefined): string {
  if (typeof maxLength !== "number" || !(maxLength >= 0) || text.length <= maxLength) return text;
  let end = Math.floor(maxLength);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}
