/**
 * `searchbar`: an M3 search bar drawn with the design tokens (`@material/web` has none): a pill
 * with a search icon and an `<input type="search">` named by `barHintText`. While the input has
 * focus (on a click, as typing starts, or after `openView`) its `controls` show below it as
 * suggestions; Escape, leaving the
 * bar, or `closeView` hides them. Typing syncs `value`; Enter submits; a click on the bar is `tap`.
 */
import { EventName } from "../../protocol/index.js";
import { h, icon, str } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";
import type { ControlView, RenderContext } from "../registry.js";

interface SearchView extends Required<Pick<ControlView, "slot" | "call" | "destroy">> {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  readonly ownsDisabled: true;
  /** Shows or hides the suggestions and sets the placeholder for the state. */
  show(): void;
}

function create(ctx: RenderContext): SearchView {
  const element = h("div", "weft-searchbar");
  const bar = h("div", "weft-searchbar__bar");
  const input = h("input", "weft-searchbar__input");
  input.type = "search";
  input.autocomplete = "off";
  input.setAttribute("aria-label", "Search");
  const view = h("div", "weft-searchbar__view");
  view.id = `weft-search-view-${ctx.id}`;
  input.setAttribute("aria-controls", view.id);
  bar.append(icon("search", "weft-searchbar__icon"), input);
  element.append(bar, view);

  let open = false;
  const show = () => {
    view.hidden = !open || view.childElementCount === 0;
    element.classList.toggle("weft-searchbar--open", !view.hidden);
    input.setAttribute("aria-expanded", String(!view.hidden));
    const hint = str(ctx.props.barHintText, "Search");
    input.placeholder = open ? str(ctx.props.viewHintText) || hint : hint;
  };
  const setOpen = (next: boolean) => {
    open = next;
    show();
  };

  input.addEventListener("input", () => {
    if (!open) setOpen(true);
    ctx.changed(() => input.value);
  });
  input.addEventListener("focus", () => setOpen(true));
  input.addEventListener("click", () => open || setOpen(true));
  input.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    } else if (e.key === "Enter" && !e.isComposing) ctx.fire(EventName.submit, input.value);
  });
  bar.addEventListener("click", () => ctx.fire(EventName.tap));
  element.addEventListener("focusout", (e) => {
    if (element.contains(e.relatedTarget as Node | null)) return;
    ctx.commit();
    setOpen(false);
  });
  // A press on a suggestion must not blur the input first (that would hide the suggestion before its click).
  view.addEventListener("pointerdown", (e) => {
    if (!(e.target as Element).closest("input, textarea, [contenteditable]")) e.preventDefault();
  });
  const observer = new MutationObserver(show);
  observer.observe(view, { childList: true });

  setOpen(false);
  return {
    element,
    input,
    ownsDisabled: true,
    show,
    slot: (name) => (name === "controls" ? view : undefined),
    call(method) {
      if (method === "openView") {
        input.focus();
        setOpen(true);
        return true;
      }
      if (method === "closeView") {
        setOpen(false);
        return true;
      }
      return undefined;
    },
    destroy: () => observer.disconnect(),
  };
}

export const searchBar = defineRenderer("searchbar", {
  create,
  props: {
    value({ input }, value) {
      const text = str(value);
      if (input.value !== text) input.value = text;
    },
    barHintText(view, value) {
      view.input.setAttribute("aria-label", str(value, "Search"));
      view.show();
    },
    viewHintText: (view) => view.show(),
    disabled: ({ input }, value) => (input.disabled = value === true),
    autofocus: ({ input }, value, ctx) => value === true && ctx.focusLater(input),
  },
});
