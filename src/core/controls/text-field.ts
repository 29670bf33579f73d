/**
 * `TextField`: a labelled text input. `value` follows what the person types before any handler
 * runs, so a button's handler can read `field.value` even when the field has no `onChange`.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import type { Page } from "../page.js";

/** The on-screen keyboard and input mode a field asks for. */
export type KeyboardType = "text" | "multiline" | "number" | "phone" | "email" | "url" | "datetime";

export type TextFieldOptions = OptionsOf<
  TextField,
  | "label" | "value" | "hintText" | "helperText" | "errorText" | "password" | "canRevealPassword"
  | "multiline" | "minLines" | "maxLines" | "maxLength" | "readOnly" | "autofocus" | "keyboardType"
  | "prefixText" | "suffixText" | "prefixIcon" | "suffixIcon" | "onChange" | "onSubmit" | "onFocus" | "onBlur"
>;

/** Longest value a client may set by typing. */
const MAX_VALUE_LENGTH = 1_000_000;

export class TextField extends Control {
  /** The field's label, also its accessible name. Default "". */
  declare label: string;
  /** The text in the field; kept in sync with typing. Default "". */
  declare value: string;
  /** Placeholder shown while the field is empty. */
  declare hintText: string | undefined;
  /** Help shown under the field. */
  declare helperText: string | undefined;
  /** An error shown under the field, which also marks it invalid. */
  declare errorText: string | undefined;
  /** Hide the typed characters. Default false. */
  declare password: boolean;
  /** With `password`, show a button that reveals the text. Default false. */
  declare canRevealPassword: boolean;
  /** Allow several lines (Enter adds a line; Ctrl+Enter submits). Default false. */
  declare multiline: boolean;
  /** With `multiline`, the visible lines at least. Default 1. */
  declare minLines: number | undefined;
  /** With `multiline`, the lines shown at most before scrolling. */
  declare maxLines: number | undefined;
  /** The most characters (UTF-16 code units, as the browser counts) a person may type; longer text a client sends is cut to it. */
  declare maxLength: number | undefined;
  /** Show the value but refuse typing, in the browser and on the server. Default false. */
  declare readOnly: boolean;
  /** Focus the field when it appears. Default false. */
  declare autofocus: boolean;
  /** The keyboard and input mode to ask for. Default "text". */
  declare keyboardType: KeyboardType;
  /** Text shown before the value, e.g. `"$"`. */
  declare prefixText: string | undefined;
  /** Text shown after the value, e.g. `"kg"`. */
  declare suffixText: string | undefined;
  /** A Material Symbols icon name shown at the start of the field, e.g. `"search"`. */
  declare prefixIcon: string | undefined;
  /** A Material Symbols icon name shown at the end of the field. */
  declare suffixIcon: string | undefined;
  /** Runs on every change of the value; `e.data` is the new value. */
  declare onChange: Handler<ControlEvent<TextField, string>> | undefined;
  /** Runs when the person presses Enter; `e.data` is the value. */
  declare onSubmit: Handler<ControlEvent<TextField, string>> | undefined;
  /** Runs when the field gains focus. */
  declare onFocus: Handler<ControlEvent<TextField>> | undefined;
  /** Runs when the field loses focus. */
  declare onBlur: Handler<ControlEvent<TextField>> | undefined;

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
defineControl(TextField, {
  type: "textfield",
  props: {
    label: "",
    value: "",
    hintText: undefined,
    helperText: undefined,
    errorText: undefined,
    password: false,
    canRevealPassword: false,
    multiline: false,
    minLines: undefined,
    maxLines: undefined,
    maxLength: undefined,
    readOnly: false,
    autofocus: false,
    keyboardType: "text",
    prefixText: undefined,
    suffixText: undefined,
    prefixIcon: undefined,
    suffixIcon: undefined,
  },
  events: [EventName.change, EventName.submit, EventName.focus, EventName.blur],
  clientProps: ["value"],
});
