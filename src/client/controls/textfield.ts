/**
 * `textfield`: an `@material/web` `md-outlined-text-field`, whose inner `<input>` (or `<textarea>`
 * when multiline) is named by the label, so assistive tech and `getByLabel` find it.
 *
 * Typing updates the server's copy of the value (see `RenderContext.changed`); Enter submits
 * (Ctrl/Cmd+Enter when multiline); focus and blur are sent when listened to. Icons go in the
 * widget's `leading-icon` and `trailing-icon` slots, with the password reveal button.
 */
import "@material/web/iconbutton/icon-button.js";
import "@material/web/textfield/outlined-text-field.js";
import type { MdOutlinedTextField } from "@material/web/textfield/outlined-text-field.js";
import { EventName, type WireProps } from "../../protocol/index.js";
import { attr, h, icon, str } from "../dom.js";
import { focusNow, focusWhenRendered } from "../material.js";
import type { Renderer } from "../registry.js";

const INPUT_MODE: Record<string, string> = { number: "decimal", phone: "tel", email: "email", url: "url" };
const INPUT_TYPE: Record<string, string> = { phone: "tel", email: "email", url: "url" };

export const textField: Renderer = (ctx) => {
  const field: MdOutlinedTextField = h("md-outlined-text-field", "weft-textfield");
  let reveal: HTMLElement | undefined;
  let revealed = false;
  let prefixIcon: HTMLElement | undefined;
  let suffixIcon: HTMLElement | undefined;

  field.addEventListener("input", () => {
    rows();
    ctx.changed(() => field.value);
  });
  field.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || e.isComposing || e.target !== field) return;
    const multiline = ctx.props.multiline === true;
    if (multiline && !(e.ctrlKey || e.metaKey)) return;
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

  /** The visible lines of a multiline field: its text's lines, within minLines and maxLines. */
  const rows = () => {
    if (ctx.props.multiline !== true) return;
    const min = typeof ctx.props.minLines === "number" && ctx.props.minLines > 0 ? ctx.props.minLines : 1;
    const max = typeof ctx.props.maxLines === "number" && ctx.props.maxLines >= min ? ctx.props.maxLines : Infinity;
    field.rows = Math.max(min, Math.min(max, field.value.split("\n").length));
  };

  const setType = () => {
    const props = ctx.props;
    const kind = str(props.keyboardType, "text");
    if (props.multiline === true) field.type = "textarea";
    else if (props.password === true && !revealed) field.type = "password";
    else field.type = (INPUT_TYPE[kind] ?? "text") as MdOutlinedTextField["type"];
    field.inputMode = INPUT_MODE[kind] ?? "";
    rows();
  };

  const setReveal = () => {
    const props = ctx.props;
    const wanted = props.password === true && props.canRevealPassword === true && props.multiline !== true;
    if (wanted && !reveal) {
      const button = h("md-icon-button", "weft-textfield__reveal");
      button.slot = "trailing-icon";
      button.toggle = true;
      button.setAttribute("aria-label", "Show password");
      button.append(icon("visibility"));
      const hide = icon("visibility_off");
      hide.slot = "selected";
      button.append(hide);
      button.addEventListener("click", () => {
        revealed = !revealed;
        setType();
      });
      button.disabled = props.disabled === true;
      field.append(button);
      reveal = button;
    } else if (!wanted && reveal) {
      reveal.remove();
      reveal = undefined;
      revealed = false;
    }
  };

  const setIcon = (slot: "leading-icon" | "trailing-icon", current: HTMLElement | undefined, name: string) => {
    current?.remove();
    if (!name) return undefined;
    const glyph = icon(name);
    glyph.slot = slot;
    if (slot === "leading-icon") field.prepend(glyph);
    else field.insertBefore(glyph, reveal ?? null);
    return glyph;
  };

  const setSupport = () => {
    const error = str(ctx.props.errorText);
    field.error = error !== "";
    field.errorText = error;
    field.supportingText = str(ctx.props.helperText);
  };

  const apply = (changed: Readonly<WireProps>) => {
    for (const name in changed) {
      const value = changed[name];
      switch (name) {
        case "value": {
          const text = str(value);
          if (field.value !== text) field.value = text;
          rows();
          break;
        }
        case "label":
          field.label = str(value);
          break;
        case "hintText":
          field.placeholder = str(value);
          // A field without a label is named by its hint.
          attr(field, "aria-label", str(ctx.props.label) ? null : str(value) || null);
          break;
        case "helperText":
        case "errorText":
          setSupport();
          break;
        case "password":
        case "keyboardType":
        case "multiline":
          setType();
          setReveal();
          break;
        case "canRevealPassword":
          setReveal();
          break;
        case "minLines":
        case "maxLines":
          rows();
          break;
        case "maxLength":
          field.maxLength = typeof value === "number" ? value : -1;
          break;
        case "readOnly":
          field.readOnly = value === true;
          break;
        case "disabled":
          field.disabled = value === true;
          if (reveal) (reveal as HTMLButtonElement).disabled = value === true;
          break;
        case "autofocus":
          if (value === true) focusWhenRendered(field);
          break;
        case "prefixText":
          field.prefixText = str(value);
          break;
        case "suffixText":
          field.suffixText = str(value);
          break;
        case "prefixIcon":
          prefixIcon = setIcon("leading-icon", prefixIcon, str(value));
          break;
        case "suffixIcon":
          suffixIcon = setIcon("trailing-icon", suffixIcon, str(value));
          break;
      }
    }
  };

  return {
    element: field,
    update: apply,
    ownsDisabled: true,
    call(method) {
      return method === "focus" ? focusNow(field) : undefined;
    },
  };
};
