/**
 * What `datepicker` and `timepicker` share: an M3 dialog holding the browser's own date or time
 * input (labelled, with `min`/`max`), Cancel and OK. @material/web has no pickers; the native
 * input brings the platform's calendar and clock, keyboard entry and screen-reader support.
 * OK (or Enter) sends `change` with the value and closes the dialog; Cancel, Escape and the scrim
 * dismiss it. See docs/decisions/0007-overlays.md.
 */
import { attr, h, str } from "../../dom.js";
import { EventName } from "../../../protocol/index.js";
import type { PropSetter, RendererDecl } from "../../declare-renderer.js";
import type { RenderContext } from "../../registry.js";
import { modalSurface, type ModalSurface } from "./modal-surface.js";

export interface PickerView {
  readonly element: HTMLDialogElement;
  readonly surface: ModalSurface;
  readonly input: HTMLInputElement;
  readonly title: HTMLElement;
  readonly label: HTMLElement;
  readonly cancel: HTMLButtonElement;
  readonly confirm: HTMLButtonElement;
  destroy(): void;
}

/** Builds the dialog: its headline, the labelled input, Cancel and OK. */
function create(kind: "date" | "time", ctx: RenderContext): PickerView {
  const surface = modalSurface(ctx, "weft-dialog weft-picker", () => true);
  const dialog = surface.dialog;
  const body = h("div", "weft-dialog__body");
  const title = h("h2", "weft-dialog__title");
  title.id = `weft-picker-title-${ctx.id}`;
  const field = h("label", "weft-picker__field");
  const label = h("span", "weft-picker__label");
  const input = h("input", "weft-picker__input");
  input.type = kind;
  input.required = true;
  field.append(label, input);
  const actions = h("div", "weft-dialog__actions");
  const cancel = h("button", "weft-dialog__button");
  const confirm = h("button", "weft-dialog__button");
  cancel.type = confirm.type = "button";
  actions.append(cancel, confirm);
  body.append(title, field, actions);
  dialog.append(body);
  dialog.setAttribute("aria-labelledby", title.id);

  const choose = () => {
    if (!input.value || !input.checkValidity()) {
      input.reportValidity();
      return;
    }
    surface.close();
    ctx.send(EventName.change, input.value);
  };
  confirm.addEventListener("click", choose);
  cancel.addEventListener("click", () => surface.dismiss("cancel"));
  input.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    choose();
  });
  const view = { element: dialog, surface, input, title, label, cancel, confirm, destroy: surface.destroy };
  labels(kind)(view, null, ctx);
  return view;
}

/** The labels, which fall back to their defaults (the server never sends those). */
function labels(kind: "date" | "time"): PropSetter<PickerView> {
  return ({ title, label, cancel, confirm }, _value, { props }) => {
    title.textContent = str(props.helpText, kind === "date" ? "Select date" : "Select time");
    label.textContent = str(props.fieldLabelText, kind === "date" ? "Date" : "Time");
    cancel.textContent = str(props.cancelText, "Cancel");
    confirm.textContent = str(props.confirmText, "OK");
  };
}

const setters: { readonly [name: string]: PropSetter<PickerView> } = {
  open({ input, surface }, value, { props }) {
    // Each time it opens it starts from the server's value.
    if (value === true) input.value = str(props.value);
    surface.setOpen(value === true);
  },
  value: ({ input }, value) => (input.value = str(value)),
};

/** The declaration of `datepicker` or `timepicker`; only the date picker has a first and last date. */
export function pickerDecl(kind: "date" | "time"): RendererDecl<PickerView> {
  const label = labels(kind);
  const range: { readonly [name: string]: PropSetter<PickerView> } =
    kind === "date"
      ? {
          firstDate: ({ input }, value) => attr(input, "min", str(value) || null),
          lastDate: ({ input }, value) => attr(input, "max", str(value) || null),
        }
      : {};
  return {
    create: (ctx) => create(kind, ctx),
    props: { ...setters, ...range, helpText: label, fieldLabelText: label, cancelText: label, confirmText: label },
  };
}
