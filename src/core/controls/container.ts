/** `Container`: one child with padding, margin, background, rounded corners and alignment. */
import type { Control } from "../control.js";
import { child, control, on, prop, type OptionsFor } from "../declare-control.js";
import type { Alignment } from "../layout-values.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type { Alignment, Spacing } from "../layout-values.js";

export type ContainerOptions = OptionsFor<typeof Container, "content">;

/** `padding`, `margin` and `bgcolor` are the common props every control has (see `Control`). */
export class Container extends control("container", {
  /** The single child. */
  content: child(),
  /** Corner radius in CSS pixels. Default 0. */
  borderRadius: prop<number>(),
  /** A border, as a CSS border shorthand, e.g. `"1px solid outline"`. Default: none. */
  border: prop<string>(),
  /** Where the child sits. Default: top left. */
  alignment: prop<Alignment>(),
  /**
   * Makes the control a link: a route of this app (`"/items/3"`) navigates in place without a
   * reload (middle-click or ctrl+click opens it in a new tab, as its own session); an http, https
   * or mailto URL opens as an outside link. Anything else throws `route.bad-url`. Default none.
   */
  url: prop<string>(),
  /** Makes the container clickable (it then acts as a button). */
  onClick: on(),
}) {
  /**
   * `new Container(new Text("Hi"), { padding: 8, bgcolor: "primaryContainer" })`
   * Also Flet's keyword form, with the main value by name: `new Container({ content: …, ...options })`.
   */
  constructor(content?: Control | WithMain<ContainerOptions, "content", Control>, options?: ContainerOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    if (main) this.content = main;
    this.applyOptions(rest);
  }
}
