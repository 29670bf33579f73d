/** `Container`: one child with padding, margin, background, rounded corners and alignment. */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import type { Alignment } from "../layout-values.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type { Alignment, Spacing } from "../layout-values.js";

export type ContainerOptions = OptionsOf<
  Container,
  "padding" | "margin" | "bgcolor" | "borderRadius" | "border" | "alignment" | "onClick"
>;

/** `padding`, `margin` and `bgcolor` are the common props every control has (see `Control`). */
export class Container extends Control {
  /** The single child. */
  declare content: Control | undefined;
  /** Corner radius in CSS pixels. Default 0. */
  declare borderRadius: number | undefined;
  /** A border, as a CSS border shorthand, e.g. `"1px solid outline"`. Default: none. */
  declare border: string | undefined;
  /** Where the child sits. Default: top left. */
  declare alignment: Alignment | undefined;
  /** Makes the container clickable (it then acts as a button). */
  declare onClick: Handler<ControlEvent<Container>> | undefined;

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
defineControl(Container, {
  type: "container",
  props: { borderRadius: undefined, border: undefined, alignment: undefined },
  events: [EventName.click],
  slots: { content: "single" },
});
