/**
 * `dropdown`: an `@material/web` `md-outlined-select` (`role="combobox"`, named by its label) whose
 * options are its `dropdownoption` children. It opens with a click, Enter, Space or the arrow
 * keys; a person's choice syncs `value` (`change`). The server's `value` is shown by marking the
 * option with that key, which also works for options that arrive later.
 */
import "@material/web/select/outlined-select.js";
import type { MdOutlinedSelect } from "@material/web/select/outlined-select.js";
import type { MdSelectOption } from "@material/web/select/select-option.js";
import { EventName } from "../../protocol/index.js";
import { h, str } from "../dom.js";
import { focusWhenRendered } from "../material.js";
import { defineRenderer, type PropSetter, type SlottedView } from "../declare-renderer.js";

interface DropdownView extends SlottedView<MdOutlinedSelect> {
  readonly ownsDisabled: true;
  /** Marks the option whose key is `value`, once the widgets are ready. */
  choose(value: string): void;
  destroy(): void;
}

/** The supporting line: the error when there is one (marking the field invalid), else the help. */
const support: PropSetter<DropdownView> = ({ element }, _value, { props }) => {
  const error = str(props.errorText);
  element.error = error !== "";
  element.errorText = error;
  element.supportingText = str(props.helperText);
};

export const dropdown = defineRenderer("dropdown", {
  create(ctx): DropdownView {
    const element: MdOutlinedSelect = h("md-outlined-select", "weft-dropdown");
    let value = "";
    const options = () => [...element.children].filter((child): child is MdSelectOption => child.localName === "md-select-option");
    // Both widgets load lazily; the select finds its options only once both are defined and it has rendered.
    const ready = Promise.all([customElements.whenDefined("md-outlined-select"), customElements.whenDefined("md-select-option")]).then(
      () => element.updateComplete,
    );
    const mark = () =>
      void ready.then(() => {
        for (const option of options()) {
          const chosen = value !== "" && option.value === value;
          if (option.selected !== chosen) option.selected = chosen;
        }
        if (value !== "" && element.value !== value) element.select(value);
      });
    element.addEventListener("change", () => {
      value = element.value;
      ctx.changed(() => value);
    });
    element.addEventListener("focusin", (e) => {
      if (!element.contains(e.relatedTarget as Node | null)) ctx.fire(EventName.focus);
    });
    element.addEventListener("focusout", (e) => {
      if (element.contains(e.relatedTarget as Node | null)) return;
      ctx.commit();
      ctx.fire(EventName.blur);
    });
    const observer = new MutationObserver(mark);
    observer.observe(element, { childList: true });
    return {
      element,
      ownsDisabled: true,
      choose(next) {
        value = next;
        mark();
      },
      slot: (name) => (name === "options" ? element : undefined),
      destroy: () => observer.disconnect(),
    };
  },
  props: {
    value: (view, value) => view.choose(str(value)),
    label: ({ element }, value) => (element.label = str(value)),
    helperText: support,
    errorText: support,
    disabled: ({ element }, value) => (element.disabled = value === true),
    autofocus: ({ element }, value) => value === true && focusWhenRendered(element),
  },
});
