/**
 * What `datepicker` and `timepicker` share: an M3 dialog holding the browser's own date or time
 * input (labelled, with `min`/`max`), Cancel and OK. @material/web has no pickers; the native
 * input brings the platform's calendar and clock, keyboard entry and screen-reader support.
 * OK (or Enter) sends `change` with the value and closes the dialog; Cancel, Escape and the scrim
 * dismiss it. See docs/decisions/0007-overlays.md.
 */
import { attr, h, str } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";
import { modalSurface } from "./modal-surface.js";

export function pickerRenderer(kind: "date" | "time"): Renderer {
  return (ctx) => {
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

    return {
      element: dialog,
      update(changed) {
        for (const name in changed) {
          const value = changed[name];
          switch (name) {
            case "open":
              // Each time it opens it starts from the server's value.
              if (value === true) input.value = str(ctx.props.value);
              surface.setOpen(value === true);
              break;
            case "value":
              input.value = str(value);
              break;
            case "firstDate":
              attr(input, "min", str(value) || null);
              break;
            case "lastDate":
              attr(input, "max", str(value) || null);
              break;
          }
        }
        // Labels fall back to their defaults, which the server never sends.
        title.textContent = str(ctx.props.helpText, kind === "date" ? "Select date" : "Select time");
        label.textContent = str(ctx.props.fieldLabelText, kind === "date" ? "Date" : "Time");
        cancel.textContent = str(ctx.props.cancelText, "Cancel");
        confirm.textContent = str(ctx.props.confirmText, "OK");
      },
      destroy: surface.destroy,
    };
  };
}
