/**
 * `navigationdrawer`: a modal side sheet (a native `<dialog>` docked to the start or end edge)
 * holding a `<nav>` of destinations and any other controls. Escape or a click on the scrim
 * dismisses it; focus moves in when it opens and back when it closes. See `modal-surface.ts`.
 */
import { h, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { destinationGroup } from "./parts/destination-group.js";
import { modalSurface } from "./parts/modal-surface.js";

export const navigationDrawer: Renderer = (ctx) => {
  const surface = modalSurface(ctx, "weft-drawer", () => true);
  const dialog = surface.dialog;
  const nav = h("nav", "weft-drawer__nav");
  dialog.append(nav);
  const group = destinationGroup(ctx, nav, null);
  const label = () => dialog.setAttribute("aria-label", str(ctx.props.tooltip, "Navigation"));
  label();
  return {
    element: dialog,
    update(changed) {
      if ("open" in changed) surface.setOpen(changed.open === true);
      if ("selectedIndex" in changed) group.select(changed.selectedIndex);
      if ("position" in changed) dialog.classList.toggle("weft-drawer--end", changed.position === "end");
      if ("tooltip" in changed) label();
    },
    slot: (name) => (name === "controls" ? nav : undefined),
    destroy() {
      group.destroy();
      surface.destroy();
    },
  };
};
