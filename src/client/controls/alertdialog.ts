/**
 * `alertdialog`: a native modal `<dialog>` (role dialog) named by its title (`aria-labelledby`)
 * and described by its content. Focus moves into it when it opens and back when it closes;
 * unless `modal`, Escape or a click on the scrim dismisses it. See `modal-surface.ts`.
 */
import { attr, h, icon, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { mainAxis } from "./flex.js";
import { modalSurface } from "./modal-surface.js";

export const alertDialog: Renderer = (ctx) => {
  const surface = modalSurface(ctx, "weft-dialog", () => ctx.props.modal !== true);
  const dialog = surface.dialog;
  const body = h("div", "weft-dialog__body");
  const glyph = icon("", "weft-dialog__icon");
  glyph.hidden = true;
  const title = h("h2", "weft-dialog__title");
  title.id = `weft-dialog-title-${ctx.id}`;
  const content = h("div", "weft-dialog__content");
  content.id = `weft-dialog-content-${ctx.id}`;
  const actions = h("div", "weft-dialog__actions");
  body.append(glyph, title, content, actions);
  dialog.append(body);
  dialog.setAttribute("aria-labelledby", title.id);
  dialog.setAttribute("aria-describedby", content.id);
  const slots: Record<string, HTMLElement> = { title, content, actions };
  return {
    element: dialog,
    update(changed) {
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "open":
            surface.setOpen(value === true);
            break;
          case "icon":
            glyph.textContent = str(value);
            glyph.hidden = str(value) === "";
            dialog.classList.toggle("weft-dialog--with-icon", !glyph.hidden);
            break;
          case "actionsAlignment":
            actions.style.justifyContent = mainAxis(value);
            break;
          case "modal":
            attr(dialog, "data-modal", value === true);
            break;
        }
      }
    },
    slot: (name) => slots[name],
    destroy: surface.destroy,
  };
};
