/**
 * `segment`: one `<button aria-pressed>` of a segmented button, with its icon and label. Its
 * segmented button decides which are selected and swaps in the check mark.
 */
import { h, icon, str } from "../dom.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";

interface SegmentView {
  readonly element: HTMLButtonElement;
  readonly glyph: HTMLSpanElement;
  readonly label: HTMLSpanElement;
  readonly ownsDisabled: true;
}

/** Shows the icon, the label and the value, which the segmented button reads from the element. */
const show: PropSetter<SegmentView> = ({ element, glyph, label }, _value, { props }) => {
  const name = str(props.icon);
  glyph.replaceChildren(...(name ? [icon(name)] : []));
  label.textContent = str(props.label);
  label.hidden = label.textContent === "";
  element.dataset.value = str(props.value);
  element.classList.toggle("weft-segment--icon", name !== "");
};

export const segment = defineRenderer("segment", {
  create(): SegmentView {
    const element = h("button", "weft-segment");
    element.type = "button";
    element.setAttribute("aria-pressed", "false");
    const glyph = h("span", "weft-segment__icon");
    const label = h("span", "weft-segment__label");
    element.append(glyph, label);
    return { element, glyph, label, ownsDisabled: true };
  },
  props: {
    icon: show,
    label: show,
    value: show,
    disabled: ({ element }, value) => (element.disabled = value === true),
  },
});
