/**
 * `popupmenuitem`: an `md-menu-item` (role menuitem, named by its text) with an optional leading
 * icon and a check mark while `checked`. md-menu reports a pick by pointer or keyboard as a
 * `close-menu` event, which becomes `click`. An item made with neither text nor icon is a
 * divider line (role separator).
 */
import { attr, h, icon, str } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";

interface CloseMenuDetail {
  reason?: { kind?: string; key?: string };
}

/** A pick: a click, or Enter or Space (md-menu's Escape is a close, not a pick). */
function isPick(detail: CloseMenuDetail | undefined): boolean {
  const reason = detail?.reason;
  return reason?.kind === "click-selection" || (reason?.kind === "keydown" && (reason.key === "Enter" || reason.key === "Space"));
}

export const popupMenuItem: Renderer = (ctx) => {
  if (!str(ctx.props.text) && !str(ctx.props.icon)) {
    const element = h("div", "weft-popupmenu__divider");
    element.setAttribute("role", "separator");
    return { element, update() {} };
  }
  const element = document.createElement("md-menu-item") as HTMLElement & { disabled: boolean };
  const headline = h("div");
  headline.slot = "headline";
  element.append(headline);
  let lead: HTMLElement | undefined;
  let check: HTMLElement | undefined;
  element.addEventListener("close-menu", (e) => {
    if (isPick((e as CustomEvent<CloseMenuDetail>).detail)) ctx.fire(EventName.click);
  });
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      if ("text" in changed) headline.textContent = str(changed.text);
      if ("icon" in changed) {
        lead?.remove();
        lead = str(changed.icon) ? icon(str(changed.icon)) : undefined;
        if (lead) {
          lead.slot = "start";
          element.append(lead);
        }
      }
      if ("checked" in changed) {
        check?.remove();
        check = changed.checked === true ? icon("check") : undefined;
        if (check) {
          check.slot = "end";
          element.append(check);
        }
        attr(element, "data-checked", typeof changed.checked === "boolean" ? String(changed.checked) : null);
      }
      if ("disabled" in changed) element.disabled = changed.disabled === true;
    },
  };
};
