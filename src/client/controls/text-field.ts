/**
 * `textfield`: an `@material/web` `md-outlined-text-field` (`md-filled-text-field` when `filled`), whose inner `<input>` (or `<textarea>`
 * when multiline) is named by the label, so assistive tech and `getByLabel` find it.
 *
 * Typing updates the server's copy of the value (see `RenderContext.changed`); Enter submits
 * (Ctrl/Cmd+Enter when multiline; with `shiftEnter` Enter submits and Shift+Enter adds a line); focus and blur are sent when listened to. Icons go in the
 * widget's `leading-icon` and `trailing-icon` slots, with the password reveal button.
 */
import "@material/web/iconbutton/icon-button.js";
import "@material/web/textfield/filled-text-field.js";
import "@material/web/textfield/outlined-text-field.js";
import type { MdOutlinedTextField } from "@material/web/textfield/outlined-text-field.js";
import { EventName } from "../../protocol/index.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import { attr, h, icon, str } from "../dom.js";
import { focusNow, focusWhenRendered } from "../material.js";
import type { RenderContext } from "../registry.js";

const INPUT_MODE: Record<string, string> = { number: "decimal", phone: "tel", email: "email", url: "url" };
const INPUT_TYPE: Record<string, string> = { phone: "tel", email: "email", url: "url" };

/** A field's view: the widget and what the renderer added to it. */
interface FieldView {
  readonly element: MdOutlinedTextField;
  readonly ownsDisabled: true;
  reveal: HTMLElement | undefined;
  revealed: boolean;
  prefixIcon: HTMLElement | undefined;
  suffixIcon: HTMLElement | undefined;
  /** A multiline field's prefix text, which the widget draws only on a one-line field. */
  prefix: HTMLElement | undefined;
  call(method: string): boolean | undefined;
  slot(name: string): HTMLElement | undefined;
}

/** The holder of the `prefix` or `suffix` control, made when a control first goes there. */
function affixHolder(field: MdOutlinedTextField, name: string): HTMLElement | undefined {
  if (name !== "prefix" && name !== "suffix") return undefined;
  const existing = field.querySelector<HTMLElement>(`:scope > .weft-textfield__${name}-control`);
  if (existing) return existing;
  const holder = h("span", `weft-textfield__${name}-control`);
  holder.slot = name === "prefix" ? "leading-icon" : "trailing-icon";
  field.classList.add(`weft-textfield--with-${name}`);
  if (name === "prefix") field.prepend(holder);
  else field.append(holder);
  return holder;
}

/** The visible lines of a multiline field: its text's lines, within minLines and maxLines. */
function rows(field: MdOutlinedTextField, props: RenderContext["props"]): void {
  if (!isMultiline(props)) return;
  const min = typeof props.minLines === "number" && props.minLines > 0 ? props.minLines : 1;
  const max = typeof props.maxLines === "number" && props.maxLines >= min ? props.maxLines : Infinity;
  // `?? ""`: before @material/web defines the field (the server's first paint), it has no value yet.
  field.rows = Math.max(min, Math.min(max, (field.value ?? "").split("\n").length));
}

/** `shiftEnter` makes a field multiline: Shift+Enter adds a line. */
function isMultiline(props: RenderContext["props"]): boolean {
  return props.multiline === true || props.shiftEnter === true;
}

/** Spaces as no-break spaces, so a prefix's trailing space (`"Ada: "`) survives the widget's nowrap. */
function keepSpaces(text: string): string {
  return text.replace(/ /g, "\u00a0");
}

/**
 * The prefix text: the widget's own on a one-line field; on a multiline one (which the widget
 * draws without it) a span in the leading slot, sized to its text (`.weft-textfield--prefixed`).
 */
function setPrefix(view: FieldView, props: RenderContext["props"]): void {
  const text = keepSpaces(str(props.prefixText));
  const multiline = isMultiline(props);
  view.element.prefixText = multiline ? "" : text;
  const wanted = multiline && text !== "";
  if (wanted && !view.prefix) {
    view.prefix = h("span", "weft-textfield__prefix");
    view.prefix.slot = "leading-icon";
    view.element.append(view.prefix);
  } else if (!wanted && view.prefix) {
    view.prefix.remove();
    view.prefix = undefined;
  }
  if (view.prefix) view.prefix.textContent = text;
  view.element.classList.toggle("weft-textfield--prefixed", wanted);
}

function setType(view: FieldView, props: RenderContext["props"]): void {
  const field = view.element;
  const kind = str(props.keyboardType, "text");
  if (isMultiline(props)) field.type = "textarea";
  else if (props.password === true && !view.revealed) field.type = "password";
  else field.type = (INPUT_TYPE[kind] ?? "text") as MdOutlinedTextField["type"];
  field.inputMode = INPUT_MODE[kind] ?? "";
  rows(field, props);
}

function setReveal(view: FieldView, ctx: RenderContext): void {
  const props = ctx.props;
  const wanted = props.password === true && props.canRevealPassword === true && !isMultiline(props);
  if (wanted && !view.reveal) {
    const button = h("md-icon-button", "weft-textfield__reveal");
    button.slot = "trailing-icon";
    button.toggle = true;
    button.setAttribute("aria-label", "Show password");
    button.append(icon("visibility"));
    const hide = icon("visibility_off");
    hide.slot = "selected";
    button.append(hide);
    button.addEventListener("click", () => {
      view.revealed = !view.revealed;
      setType(view, ctx.props);
    });
    button.disabled = props.disabled === true;
    view.element.append(button);
    view.reveal = button;
  } else if (!wanted && view.reveal) {
    view.reveal.remove();
    view.reveal = undefined;
    view.revealed = false;
  }
}

function setIcon(view: FieldView, slot: "leading-icon" | "trailing-icon", current: HTMLElement | undefined, name: string): HTMLElement | undefined {
  current?.remove();
  if (!name) return undefined;
  const glyph = icon(name);
  glyph.slot = slot;
  if (slot === "leading-icon") view.element.prepend(glyph);
  else view.element.insertBefore(glyph, view.reveal ?? null);
  return glyph;
}

function setSupport({ element }: FieldView, props: RenderContext["props"]): void {
  const error = str(props.errorText);
  element.error = error !== "";
  element.errorText = error;
  element.supportingText = str(props.helperText);
}

const typeAndReveal: PropSetter<FieldView> = (view, _value, ctx) => {
  setType(view, ctx.props);
  setReveal(view, ctx);
  setPrefix(view, ctx.props);
};

export const textField = defineRenderer("textfield", {
  create(ctx): FieldView {
    // The filled widget has the outlined one's API; only its look differs.
    const field = h(ctx.props.filled === true ? "md-filled-text-field" : "md-outlined-text-field", "weft-textfield") as MdOutlinedTextField;
    field.addEventListener("input", () => {
      rows(field, ctx.props);
      ctx.changed(() => field.value);
    });
    field.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" || e.isComposing || e.target !== field) return;
      const multiline = isMultiline(ctx.props);
      const submits = !multiline || e.ctrlKey || e.metaKey || (ctx.props.shiftEnter === true && !e.shiftKey);
      if (!submits) return;
      if (multiline) e.preventDefault();
      ctx.fire(EventName.submit, field.value);
    });
    // focusin/focusout bubble out of the widget's shadow root; moves within it (to the reveal
    // button) are not a blur of the field.
    field.addEventListener("focusin", (e) => {
      if (!field.contains(e.relatedTarget as Node | null)) ctx.fire(EventName.focus);
    });
    field.addEventListener("focusout", (e) => {
      if (field.contains(e.relatedTarget as Node | null)) return;
      ctx.commit();
      ctx.fire(EventName.blur);
    });
    return {
      element: field,
      ownsDisabled: true,
      reveal: undefined,
      revealed: false,
      prefixIcon: undefined,
      suffixIcon: undefined,
      prefix: undefined,
      call: (method) => (method === "focus" ? focusNow(field) : undefined),
      slot: (name) => affixHolder(field, name),
    };
  },
  props: {
    value({ element }, value, ctx) {
      const text = str(value);
      if (element.value !== text) element.value = text;
      rows(element, ctx.props);
    },
    label: ({ element }, value) => (element.label = str(value)),
    hintText({ element }, value, ctx) {
      element.placeholder = str(value);
      // A field without a label is named by its hint.
      attr(element, "aria-label", str(ctx.props.label) ? null : str(value) || null);
    },
    helperText: (view, _value, ctx) => setSupport(view, ctx.props),
    errorText: (view, _value, ctx) => setSupport(view, ctx.props),
    password: typeAndReveal,
    keyboardType: typeAndReveal,
    multiline: typeAndReveal,
    shiftEnter: typeAndReveal,
    canRevealPassword: (view, _value, ctx) => setReveal(view, ctx),
    minLines: ({ element }, _value, ctx) => rows(element, ctx.props),
    maxLines: ({ element }, _value, ctx) => rows(element, ctx.props),
    maxLength: ({ element }, value) => (element.maxLength = typeof value === "number" ? value : -1),
    readOnly: ({ element }, value) => (element.readOnly = value === true),
    disabled(view, value) {
      view.element.disabled = value === true;
      if (view.reveal) (view.reveal as HTMLButtonElement).disabled = value === true;
    },
    autofocus: ({ element }, value) => value === true && focusWhenRendered(element),
    // Chosen in `create`: the widget's tag is its variant.
    filled: () => undefined,
    prefixText: (view, _value, ctx) => setPrefix(view, ctx.props),
    suffixText: ({ element }, value) => (element.suffixText = keepSpaces(str(value))),
    prefixIcon: (view, value) => (view.prefixIcon = setIcon(view, "leading-icon", view.prefixIcon, str(value))),
    suffixIcon: (view, value) => (view.suffixIcon = setIcon(view, "trailing-icon", view.suffixIcon, str(value))),
  },
});
