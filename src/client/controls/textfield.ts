/**
 * `textfield`: an M3 outlined text field built from a real `<label for>` and an `<input>` (or a
 * `<textarea>` when multiline), so assistive tech and `getByLabel` find it by its label. The
 * outline is a `<fieldset>`/`<legend>` pair, which cuts the notch for the floating label.
 *
 * Typing updates the server's copy of the value (see `RenderContext.changed`); Enter submits
 * (Ctrl/Cmd+Enter when multiline); focus and blur are sent when listened to.
 */
import { EventName, type JsonValue, type WireProps } from "../../protocol/index.js";
import { attr, h, icon, str } from "../dom.js";
import type { Renderer, RenderContext } from "../registry.js";

/** Line height of the field's text, for `maxLines`. */
const LINE_PX = 24;

const INPUT_MODE: Record<string, string> = { number: "decimal", phone: "tel", email: "email", url: "url" };
const INPUT_TYPE: Record<string, string> = { phone: "tel", email: "email", url: "url" };

type Field = HTMLInputElement | HTMLTextAreaElement;

export const textField: Renderer = (ctx) => {
  const id = `weft-field-${ctx.id}`;
  const element = h("div", "weft-textfield");
  const box = h("div", "weft-field");
  const outline = h("fieldset", "weft-field__outline");
  outline.setAttribute("aria-hidden", "true");
  const legend = h("legend");
  const notch = h("span");
  legend.append(notch);
  outline.append(legend);
  const label = h("label", "weft-field__label");
  label.htmlFor = id;
  const prefix = h("span", "weft-field__affix");
  const suffix = h("span", "weft-field__affix");
  const support = h("div", "weft-field__support");
  support.id = `${id}-support`;
  box.append(outline, label, prefix, suffix);
  element.append(box, support);

  let field = createField(ctx, false);
  let reveal: HTMLButtonElement | undefined;
  let revealed = false;
  box.insertBefore(field, suffix);

  const refresh = () => {
    box.classList.toggle("weft-field--filled", field.value !== "");
    if (field instanceof HTMLTextAreaElement) autosize(field, ctx.props.maxLines);
  };
  field.addEventListener("input", refresh);

  const setType = () => {
    const props = ctx.props;
    if (field instanceof HTMLTextAreaElement) return;
    const kind = str(props.keyboardType, "text");
    field.type = props.password === true && !revealed ? "password" : (INPUT_TYPE[kind] ?? "text");
    attr(field, "inputmode", INPUT_MODE[kind]);
  };

  const setReveal = () => {
    const wanted = ctx.props.password === true && ctx.props.canRevealPassword === true && !ctx.props.multiline;
    if (wanted && !reveal) {
      reveal = h("button", "weft-field__reveal weft-icon-button");
      reveal.type = "button";
      reveal.setAttribute("aria-label", "Show password");
      reveal.addEventListener("click", () => {
        revealed = !revealed;
        setType();
        reveal!.replaceChildren(icon(revealed ? "visibility_off" : "visibility"));
        reveal!.setAttribute("aria-pressed", String(revealed));
      });
      reveal.append(icon("visibility"));
      reveal.setAttribute("aria-pressed", "false");
      reveal.disabled = ctx.props.disabled === true;
      box.append(reveal);
    } else if (!wanted && reveal) {
      reveal.remove();
      reveal = undefined;
      revealed = false;
    }
  };

  const setSupport = () => {
    const error = str(ctx.props.errorText);
    const text = error || str(ctx.props.helperText);
    support.textContent = text;
    support.hidden = text === "";
    box.classList.toggle("weft-field--error", error !== "");
    element.classList.toggle("weft-textfield--error", error !== "");
    attr(field, "aria-invalid", error ? "true" : null);
    attr(field, "aria-describedby", text ? support.id : null);
  };

  const apply = (changed: Readonly<WireProps>) => {
    for (const name in changed) {
      const value = changed[name];
      switch (name) {
        case "multiline":
          if ((value === true) !== field instanceof HTMLTextAreaElement) {
            const next = createField(ctx, value === true);
            next.addEventListener("input", refresh);
            field.replaceWith(next);
            field = next;
            const { multiline: _, ...rest } = ctx.props;
            apply(rest);
          }
          break;
        case "value": {
          const text = str(value);
          if (field.value !== text) field.value = text;
          break;
        }
        case "label":
          label.textContent = str(value);
          notch.textContent = str(value);
          box.classList.toggle("weft-field--labelled", str(value) !== "");
          attr(field, "aria-label", str(value) ? null : str(ctx.props.hintText) || null);
          break;
        case "hintText":
          attr(field, "placeholder", str(value) || null);
          attr(field, "aria-label", str(ctx.props.label) ? null : str(value) || null);
          break;
        case "helperText":
        case "errorText":
          setSupport();
          break;
        case "password":
        case "keyboardType":
          setType();
          setReveal();
          break;
        case "canRevealPassword":
          setReveal();
          break;
        case "minLines":
          if (field instanceof HTMLTextAreaElement) field.rows = typeof value === "number" && value > 0 ? value : 1;
          break;
        case "maxLines":
          field.style.maxHeight = typeof value === "number" && value > 0 ? `${value * LINE_PX}px` : "";
          break;
        case "maxLength":
          attr(field, "maxlength", typeof value === "number" ? value : null);
          break;
        case "readOnly":
          field.readOnly = value === true;
          break;
        case "disabled":
          field.disabled = value === true;
          if (reveal) reveal.disabled = value === true;
          break;
        case "autofocus":
          if (value === true) ctx.focusLater(field);
          break;
        case "prefixText":
        case "suffixText": {
          const affix = name === "prefixText" ? prefix : suffix;
          affix.textContent = str(value);
          affix.hidden = str(value) === "";
          box.classList.toggle("weft-field--affixed", str(ctx.props.prefixText) + str(ctx.props.suffixText) !== "");
          break;
        }
      }
    }
    refresh();
  };

  prefix.hidden = suffix.hidden = support.hidden = true;
  return { element, update: apply, ownsDisabled: true };
};

/** Creates the `<input>` or `<textarea>` with the listeners that report to the server. */
function createField(ctx: RenderContext, multiline: boolean): Field {
  const field = multiline ? h("textarea", "weft-field__input") : h("input", "weft-field__input");
  field.id = `weft-field-${ctx.id}`;
  if (field instanceof HTMLTextAreaElement) field.rows = 1;
  const el: HTMLElement = field;
  el.addEventListener("input", () => ctx.changed(() => field.value));
  el.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || e.isComposing) return;
    if (multiline && !(e.ctrlKey || e.metaKey)) return;
    if (multiline) e.preventDefault();
    ctx.fire(EventName.submit, field.value);
  });
  el.addEventListener("focus", () => ctx.fire(EventName.focus));
  el.addEventListener("blur", () => {
    ctx.commit();
    ctx.fire(EventName.blur);
  });
  return field;
}

/** Grows a textarea with its text, up to its `maxLines`. */
function autosize(area: HTMLTextAreaElement, maxLines: JsonValue | undefined): void {
  if (!area.isConnected) {
    requestAnimationFrame(() => area.isConnected && autosize(area, maxLines));
    return;
  }
  area.style.height = "auto";
  const max = typeof maxLines === "number" && maxLines > 0 ? maxLines * LINE_PX : Infinity;
  area.style.height = `${Math.min(area.scrollHeight, max)}px`;
}
