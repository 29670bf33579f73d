/**
 * What a check box, a switch and a radio share: the widget inside a `<label>` whose text names it
 * (or the tooltip, when there is no text), and the same handling of `label`, `tooltip`,
 * `disabled` and `autofocus`. Each renderer handles its own `value` and calls `apply` for the rest.
 */
import type { JsonValue } from "../../../protocol/index.js";
import { attr, h, str } from "../../dom.js";
import { focusWhenRendered } from "../../material.js";
import type { PropSetter } from "../../declare-renderer.js";
import type { RenderContext } from "../../registry.js";

export interface LabelledInput {
  readonly element: HTMLLabelElement;
  /** Sets the widget's accessible name again (after its name's source changed). */
  name(): void;
  /** Applies `label`, `tooltip`, `disabled` or `autofocus`; false for any other prop. */
  apply(key: string, value: JsonValue | undefined): boolean;
}

/** `block` is the CSS block name (`weft-${block}`, `weft-${block}__label`, `weft-${block}--disabled`). */
export function labelledInput(
  block: string,
  widget: HTMLElement & { disabled: boolean },
  accessibleName: () => string,
): LabelledInput {
  const element = h("label", `weft-${block}`);
  const text = h("span", `weft-${block}__label`);
  element.append(widget, text);
  const name = () => attr(widget, "aria-label", accessibleName() || null);
  return {
    element,
    name,
    apply(key, value) {
      switch (key) {
        case "label":
          text.textContent = str(value);
          text.hidden = str(value) === "";
          name();
          return true;
        case "tooltip":
          name();
          return true;
        case "disabled":
          widget.disabled = value === true;
          element.classList.toggle(`weft-${block}--disabled`, value === true);
          return true;
        case "autofocus":
          if (value === true) focusWhenRendered(widget);
          return true;
      }
      return false;
    },
  };
}

/** The view of a control drawn as a labelled input. */
export interface LabelledView {
  readonly element: HTMLLabelElement;
  readonly input: LabelledInput;
  readonly ownsDisabled: true;
}

/** A labelled input's view of `widget`, named by its label (else its tooltip, else `fallback`). */
export function labelledView(block: string, widget: HTMLElement & { disabled: boolean }, ctx: RenderContext, fallback?: () => string): LabelledView {
  const input = labelledInput(block, widget, () => str(ctx.props.label) || str(ctx.props.tooltip) || (fallback?.() ?? ""));
  return { element: input.element, input, ownsDisabled: true };
}

/** The setters every labelled input shares: `label`, `tooltip`, `disabled`, `autofocus`. */
export const labelledProps = {
  label: ({ input }, value) => input.apply("label", value),
  tooltip: ({ input }, value) => input.apply("tooltip", value),
  disabled: ({ input }, value) => input.apply("disabled", value),
  autofocus: ({ input }, value) => input.apply("autofocus", value),
} satisfies Record<string, PropSetter<LabelledView>>;
