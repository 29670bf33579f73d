/**
 * `segment`: one `<button aria-pressed>` of a segmented button, with its icon and label. Its
 * segmented button decides which are selected and swaps in the check mark.
 */
import { h, icon, str } from "../dom.js";
import type { Renderer } from "../registry.js";

export const segment: Renderer = (ctx) => {
  const element = h("button", "weft-segment");
  element.type = "button";
  element.setAttribute("aria-pressed", "false");
  const glyph = h("span", "weft-segment__icon");
  const label = h("span", "weft-segment__label");
  element.append(glyph, label);
  const show = () => {
    const name = str(ctx.props.icon);
    glyph.replaceChildren(...(name ? [icon(name)] : []));
    label.textContent = str(ctx.props.label);
    label.hidden = label.textContent === "";
    element.dataset.value = str(ctx.props.value);
    element.classList.toggle("weft-segment--icon", name !== "");
  };
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      if ("icon" in changed || "label" in changed || "value" in changed) show();
      if ("disabled" in changed) element.disabled = changed.disabled === true;
    },
  };
};
