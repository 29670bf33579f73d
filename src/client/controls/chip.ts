/**
 * `chip`: an `@material/web` chip: a filter chip (`md-filter-chip`, a toggle button with
 * `aria-pressed`) while the server listens to `select`, else an assist chip (`md-assist-chip`, a
 * button) for `click`. The `leading` control goes in the chip's icon slot.
 */
import "@material/web/chips/assist-chip.js";
import "@material/web/chips/filter-chip.js";
import type { MdAssistChip } from "@material/web/chips/assist-chip.js";
import type { MdFilterChip } from "@material/web/chips/filter-chip.js";
import { EventName, handlerProp } from "../../protocol/index.js";
import { h, str } from "../dom.js";
import { focusWhenRendered } from "../material.js";
import { defineRenderer, type PropSetter, type SlottedView } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";

const SELECT = handlerProp(EventName.select);

interface ChipView extends SlottedView {
  readonly ownsDisabled: true;
  /** The widget now shown (filter or assist chip). */
  widget(): MdFilterChip | MdAssistChip | undefined;
  /** Swaps the widget when `onSelect` comes or goes. */
  build(): void;
  /** Copies every prop to the current widget. */
  apply(): void;
  destroy(): void;
}

function create(ctx: RenderContext): ChipView {
  const element = h("span", "weft-chip");
  const leading = h("span", "weft-chip__leading");
  const noCheck = h("span");
  noCheck.slot = "selected-icon";
  let widget: MdFilterChip | MdAssistChip | undefined;

  const build = () => {
    const filter = ctx.props[SELECT] === true;
    if (widget && (widget.localName === "md-filter-chip") === filter) return;
    const next: MdFilterChip | MdAssistChip = filter
      ? h("md-filter-chip")
      : h("md-assist-chip");
    next.addEventListener("click", () => {
      if (next.localName === "md-filter-chip") ctx.fire(EventName.select, (next as MdFilterChip).selected);
      else ctx.fire(EventName.click);
    });
    next.append(leading);
    widget?.replaceWith(next);
    if (!widget) element.append(next);
    widget = next;
    apply();
  };
  /** Copies every prop to the current widget (after a swap, or when one changes). */
  const apply = () => {
    const props = ctx.props;
    if (!widget) return;
    widget.label = str(props.label);
    widget.disabled = props.disabled === true;
    if (widget.localName === "md-filter-chip") {
      (widget as MdFilterChip).selected = props.selected === true;
      if (props.showCheckmark === false) widget.append(noCheck);
      else noCheck.remove();
    }
  };
  // The leading holder takes the icon slot only while it holds a control (an empty slot still pads the chip).
  const showLeading = () => {
    const has = leading.childElementCount > 0;
    if (has) leading.slot = "icon";
    else leading.removeAttribute("slot");
    leading.hidden = !has;
  };
  const observer = new MutationObserver(showLeading);
  observer.observe(leading, { childList: true });
  showLeading();
  build();

  return {
    element,
    ownsDisabled: true,
    widget: () => widget,
    build,
    apply,
    slot: (name) => (name === "leading" ? leading : undefined),
    destroy: () => observer.disconnect(),
  };
}

const apply: PropSetter<ChipView> = (view) => view.apply();

export const chip = defineRenderer("chip", {
  create,
  props: {
    [SELECT]: (view) => view.build(),
    label: apply,
    selected: apply,
    showCheckmark: apply,
    disabled: apply,
    autofocus(view, value) {
      const widget = view.widget();
      if (value === true && widget) focusWhenRendered(widget);
    },
  },
});
