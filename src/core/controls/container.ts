/** `Container`: one child with padding, margin, background, rounded corners and alignment. */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";

/** Space on each side: one number for all four, or per side. */
export type Spacing = number | { left?: number; top?: number; right?: number; bottom?: number };
/** Where the child sits inside the container. */
export type Alignment =
  | "topLeft" | "topCenter" | "topRight"
  | "centerLeft" | "center" | "centerRight"
  | "bottomLeft" | "bottomCenter" | "bottomRight";

export type ContainerOptions = OptionsOf<
  Container,
  "padding" | "margin" | "bgcolor" | "borderRadius" | "border" | "alignment" | "onClick"
>;

export class Container extends Control {
  /** The single child. */
  declare content: Control | undefined;
  /** Space inside the container, around the child. Default 0. */
  declare padding: Spacing | undefined;
  /** Space outside the container. Default 0. */
  declare margin: Spacing | undefined;
  /** Background colour (CSS colour or theme colour name). Default: none. */
  declare bgcolor: string | undefined;
  /** Corner radius in CSS pixels. Default 0. */
  declare borderRadius: number | undefined;
  /** A border, as a CSS border shorthand, e.g. `"1px solid outline"`. Default: none. */
  declare border: string | undefined;
  /** Where the child sits. Default: top left. */
  declare alignment: Alignment | undefined;
  /** Makes the container clickable (it then acts as a button). */
  declare onClick: Handler<ControlEvent<Container>> | undefined;

  /** `new Container(new Text("Hi"), { padding: 8, bgcolor: "primaryContainer" })` */
  constructor(content?: Control, options?: ContainerOptions) {
    super();
    if (content) this.content = content;
    this.applyOptions(options);
  }
}
defineControl(Container, {
  type: "container",
  props: { padding: undefined, margin: undefined, bgcolor: undefined, borderRadius: undefined, border: undefined, alignment: undefined },
  events: [EventName.click],
  slots: { content: "single" },
});
