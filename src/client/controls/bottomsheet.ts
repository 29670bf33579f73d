/**
 * `bottomsheet`: a native modal `<dialog>` docked to the bottom edge, with an optional drag
 * handle. Unless `dismissible` is false, Escape or a click on the scrim above it dismisses it.
 */
import { h } from "../dom.js";
import type { Renderer } from "../registry.js";
import { modalSurface } from "./modal-surface.js";

export const bottomSheet: Renderer = (ctx) => {
  const surface = modalSurface(ctx, "weft-sheet", () => ctx.props.dismissible !== false);
  const dialog = surface.dialog;
  const handle = h("div", "weft-sheet__handle");
  handle.hidden = true;
  const content = h("div", "weft-sheet__content");
  dialog.append(handle, content);
  return {
    element: dialog,
    update(changed) {
      if ("open" in changed) surface.setOpen(changed.open === true);
      if ("showDragHandle" in changed) handle.hidden = changed.showDragHandle !== true;
    },
    slot: (name) => (name === "content" ? content : undefined),
    destroy: surface.destroy,
  };
};
