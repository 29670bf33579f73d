/**
 * `radiogroup`: a `role="radiogroup"` box around any layout of radios. It gives every radio inside
 * (as they come and go) the group's name, so `@material/web` moves the choice with the arrow keys
 * among them, and checks the one whose value is the group's `value`. A person's choice is the
 * group's `change`.
 */
import type { MdRadio } from "@material/web/radio/radio.js";
import { h, str } from "../dom.js";
import { defineRenderer, type SlottedView } from "../declare-renderer.js";

interface GroupView extends SlottedView {
  /** Checks the radio whose value is `value`. */
  choose(value: string): void;
  destroy(): void;
}

export const radioGroup = defineRenderer("radiogroup", {
  create(ctx): GroupView {
    const element = h("div", "weft-radiogroup");
    element.setAttribute("role", "radiogroup");
    const name = `weft-radio-${ctx.id}`;
    let value = "";

    /** The radios of this group (not those of a group nested in it). */
    const radios = () =>
      [...element.querySelectorAll<MdRadio>("md-radio")].filter((radio) => radio.parentElement?.closest(".weft-radiogroup") === element);
    const mark = () => {
      for (const radio of radios()) {
        if (radio.getAttribute("name") !== name) radio.setAttribute("name", name);
        const checked = value !== "" && radio.dataset.value === value;
        radio.checked = checked;
        radio.setAttribute("aria-checked", String(checked));
      }
    };
    element.addEventListener("change", (e) => {
      const radio = e.target as MdRadio;
      if (radio.localName !== "md-radio" || !radios().includes(radio)) return;
      value = radio.dataset.value ?? "";
      mark();
      ctx.changed(() => value);
    });
    const observer = new MutationObserver(mark);
    observer.observe(element, { childList: true, subtree: true });

    return {
      element,
      choose(next) {
        value = next;
        mark();
      },
      slot: (slotName) => (slotName === "content" ? element : undefined),
      destroy: () => observer.disconnect(),
    };
  },
  props: {
    value: (view, value) => view.choose(str(value)),
  },
});
