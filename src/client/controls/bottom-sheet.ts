/**
 * `bottomsheet`: a native modal `<dialog>` docked to the bottom edge, with an optional drag
 * handle. Unless `dismissible` is false, Escape or a click on the scrim above it dismisses it.
 */
import { defineRenderer, type SlottedView } from "../declare-renderer.js";
import { h } from "../dom.js";
import { modalSurface, type ModalSurface } from "./parts/modal-surface.js";

interface SheetView extends SlottedView<HTMLDialogElement> {
  readonly surface: ModalSurface;
  readonly handle: HTMLElement;
  destroy(): void;
}

export const bottomSheet = defineRenderer("bottomsheet", {
  create(ctx): SheetView {
    const surface = modalSurface(ctx, "weft-sheet", () => ctx.props.dismissible !== false);
    const dialog = surface.dialog;
    const handle = h("div", "weft-sheet__handle");
    handle.hidden = true;
    const content = h("div", "weft-sheet__content");
    dialog.append(handle, content);
    return { element: dialog, surface, handle, slot: (name) => (name === "content" ? content : undefined), destroy: surface.destroy };
  },
  props: {
    open: ({ surface }, value) => surface.setOpen(value === true),
    showDragHandle: ({ handle }, value) => (handle.hidden = value !== true),
    // Read when the person tries to dismiss the sheet.
    dismissible: () => {},
  },
});
