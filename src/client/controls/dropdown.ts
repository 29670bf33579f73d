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
import type { Renderer } from "../registry.js";

export const dropdown: Renderer = (ctx) => {
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
  const support = () => {
    const error = str(ctx.props.errorText);
    element.error = error !== "";
    element.errorText = error;
    element.supportingText = str(ctx.props.helperText);
  };
  return {
    element,
    ownsDisabled: true,
    update(changed) {
      for (const key in changed) {
        const next = changed[key];
        switch (key) {
          case "value":
            value = str(next);
            mark();
            break;
          case "label":
            element.label = str(next);
            break;
          case "helperText":
          case "errorText":
            support();
            break;
          case "disabled":
            element.disabled = next === true;
            break;
          case "autofocus":
            if (next === true) focusWhenRendered(element);
            break;
        }
      }
    },
    slot: (name) => (name === "options" ? element : undefined),
    destroy: () => observer.disconnect(),
  };
};
