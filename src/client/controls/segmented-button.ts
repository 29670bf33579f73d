/**
 * `segmentedbutton`: a `role="group"` row of segment buttons drawn with the M3 tokens
 * (`@material/web` has no segmented button). A click (or Enter/Space) on a segment applies the
 * selection rules here, marks the segments (`aria-pressed`, and the check mark) and syncs
 * `selected` (`change`).
 */
import { icon, h, str } from "../dom.js";
import type { JsonValue } from "../../protocol/index.js";
import { defineRenderer, type PropSetter, type SlottedView } from "../declare-renderer.js";

interface GroupView extends SlottedView {
  /** Takes the server's selection and marks the segments. */
  select(values: string[]): void;
  /** Marks the selected segments (after a change of the check mark's props). */
  mark(): void;
  destroy(): void;
}

const remark: PropSetter<GroupView> = (view) => view.mark();

export const segmentedButton = defineRenderer<GroupView>("segmentedbutton", {
  create(ctx): GroupView {
    const element = h("div", "weft-segmented");
    element.setAttribute("role", "group");
    let selected: string[] = [];

    const segments = () => [...element.children].filter((child): child is HTMLButtonElement => child.classList.contains("weft-segment"));
    const mark = () => {
      const check = ctx.props.showSelectedIcon !== false ? str(ctx.props.selectedIcon, "check") : "";
      for (const button of segments()) {
        const on = selected.includes(button.dataset.value ?? "");
        button.setAttribute("aria-pressed", String(on));
        button.classList.toggle("weft-segment--selected", on);
        let mark = button.querySelector<HTMLElement>(":scope > .weft-segment__check");
        if (on && check) {
          if (!mark) {
            mark = icon(check, "weft-segment__check");
            button.prepend(mark);
          } else if (mark.textContent !== check) mark.textContent = check;
        } else mark?.remove();
      }
    };

    element.addEventListener("click", (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>(".weft-segment");
      if (!button || button.parentElement !== element || button.disabled) return;
      const value = button.dataset.value ?? "";
      const multiple = ctx.props.allowMultipleSelection === true;
      const allowEmpty = ctx.props.allowEmptySelection === true;
      let next: string[];
      if (selected.includes(value)) next = selected.filter((v) => v !== value);
      else next = multiple ? [...selected, value] : [value];
      if (next.length === 0 && !allowEmpty) return;
      // Keep the segments' order, whatever the order of clicks.
      const order = segments().map((b) => b.dataset.value ?? "");
      selected = next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      mark();
      ctx.changed((): JsonValue => selected);
    });
    const observer = new MutationObserver(mark);
    observer.observe(element, { childList: true });

    return {
      element,
      select(values) {
        selected = values;
        mark();
      },
      mark,
      slot: (name) => (name === "segments" ? element : undefined),
      destroy: () => observer.disconnect(),
    };
  },
  props: {
    selected: (view, value) => view.select(Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []),
    showSelectedIcon: remark,
    selectedIcon: remark,
    // Read when the person clicks a segment.
    allowMultipleSelection: () => {},
    allowEmptySelection: () => {},
  },
});
