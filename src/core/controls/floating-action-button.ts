/**
 * `FloatingActionButton`: the screen's main action as a floating button with an icon, extended
 * with a label when `text` is set. Its accessible name is its text, else its tooltip.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { buttonStyleToWire, type ButtonStyle, type ButtonStyleOptions, type ButtonStyleWire } from "../button-style.js";

export type FloatingActionButtonOptions = OptionsOf<
  FloatingActionButton,
  "text" | "icon" | "mini" | "foregroundColor" | "autofocus" | "onClick"
> & {
  /** Flet's `ButtonStyle`, per state: `color` (icon and label), `bgcolor`, `overlayColor`, `elevation`, a rounded `shape` and `side` (an outline); `padding` is checked, not drawn. Its own `bgcolor`/`foregroundColor` win over it. Default none. */
  style?: ButtonStyle | ButtonStyleOptions;
};

export class FloatingActionButton extends Control {
  /** A label beside the icon, which makes it an extended FAB; also its accessible name. Default "". */
  declare text: string;
  /** A Material Symbols icon name, e.g. `"add"`. Default "". */
  declare icon: string;
  /** A small (40px) button instead of the standard 56px one. Default false. */
  declare mini: boolean;
  /** The icon and label colour (CSS colour or theme colour name). Default: on-primary-container. */
  declare foregroundColor: string | undefined;
  /** Focus the button when it appears. Default false. */
  declare autofocus: boolean;
  /** Runs when the button is clicked or activated by keyboard. */
  declare onClick: Handler<ControlEvent<FloatingActionButton>> | undefined;

  /**
   * `new FloatingActionButton({ icon: Icons.ADD, tooltip: "Add", onClick })`, or with a label,
   * `new FloatingActionButton("Compose", { icon: Icons.EDIT })`. An icon-only button needs a tooltip to be named.
   */
  constructor(text?: string | FloatingActionButtonOptions, options?: FloatingActionButtonOptions) {
    super();
    if (typeof text === "string") this.text = text;
    this.applyOptions(typeof text === "object" ? text : options);
  }

  /** Flet's `ButtonStyle`, per state: `color` (icon and label), `bgcolor`, `overlayColor`, `elevation`, a rounded `shape` and `side` (an outline); `padding` is checked, not drawn. Its own `bgcolor`/`foregroundColor` win over it. Default none. */
  get style(): ButtonStyleWire | undefined {
    return this.getProp("style") as ButtonStyleWire | undefined;
  }
  set style(value: ButtonStyle | ButtonStyleOptions | undefined) {
    this.setProp("style", buttonStyleToWire(value, "FloatingActionButton.style"));
  }
}
defineControl(FloatingActionButton, {
  type: "floatingactionbutton",
  props: { text: "", icon: "", mini: false, foregroundColor: undefined, autofocus: false, style: undefined },
  events: [EventName.click],
});
