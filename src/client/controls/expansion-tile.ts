/**
 * `expansiontile`: a header `<button aria-expanded aria-controls>` (leading, title, subtitle,
 * trailing or an arrow) over a `role="region"` named by the header, holding `controls`. A click
 * opens or closes it at once and tells the server (`expanded` follows, `onChange` runs).
 */
import { h, icon, spacing } from "../dom.js";
import { defineRenderer, type SlottedView } from "../declare-renderer.js";
import { tileParts } from "./parts/tile-parts.js";

interface TileView extends SlottedView {
  readonly header: HTMLButtonElement;
  readonly body: HTMLElement;
  show(open: boolean): void;
}

export const expansionTile = defineRenderer("expansiontile", {
  create(ctx): TileView {
    const element = h("div", "weft-expansion");
    const header = h("button", "weft-expansion__header weft-listtile");
    header.type = "button";
    header.id = `weft-expansion-${ctx.id}`;
    const { parts, text } = tileParts("span");
    const arrow = icon("expand_more", "weft-expansion__arrow");
    header.append(parts.leading!, text, parts.trailing!, arrow);
    const body = h("div", "weft-expansion__body");
    body.id = `weft-expansion-body-${ctx.id}`;
    body.setAttribute("role", "region");
    body.setAttribute("aria-labelledby", header.id);
    header.setAttribute("aria-controls", body.id);
    element.append(header, body);

    let open = false;
    const show = (next: boolean) => {
      open = next;
      header.setAttribute("aria-expanded", String(open));
      element.classList.toggle("weft-expansion--open", open);
      body.hidden = !open;
    };
    show(false);
    header.addEventListener("click", () => {
      show(!open);
      ctx.changed(() => open);
    });
    header.addEventListener("blur", () => ctx.commit());
    // The arrow stands in for a trailing control only while there is none.
    new MutationObserver(() => (arrow.hidden = parts.trailing!.childElementCount > 0)).observe(parts.trailing!, { childList: true });

    return {
      element,
      header,
      body,
      show,
      slot: (name) => (name === "controls" ? body : Object.hasOwn(parts, name) ? parts[name] : undefined),
    };
  },
  props: {
    expanded: (view, value) => view.show(value === true),
    controlsPadding: ({ body }, value) => (body.style.padding = spacing(value)),
    disabled: ({ header }, value) => (header.disabled = value === true),
  },
});
