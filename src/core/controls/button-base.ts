/**
 * What every text button shares: a label, an optional leading icon, and `onClick`. The concrete
 * buttons (`ElevatedButton`, `FilledButton`, `OutlinedButton`, `TextButton`) differ only in look.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type ButtonOptions = OptionsOf<ButtonBase, "icon" | "color" | "iconColor" | "autofocus" | "onClick">;

export abstract class ButtonBase extends Control {
  /** The button's label, also its accessible name. Default "". */
  declare text: string;
  /** A Material Symbols icon name shown before the label, e.g. `"add"`. */
  declare icon: string | undefined;
  /** The label's colour (Flet's `color`), e.g. `Colors.WHITE`. Default: the variant's content colour. */
  declare color: string | undefined;
  /** The icon's colour. Default: the button's content colour. */
  declare iconColor: string | undefined;
  /** Focus the button when it appears. Default false. */
  declare autofocus: boolean;
  /** Runs when the button is clicked or activated by keyboard. */
  declare onClick: Handler<ControlEvent<this>> | undefined;

  /** `new ButtonBase(text, options)`. Also Flet's keyword form, with the main value by name: `new ButtonBase({ text: …, ...options })`. */
  constructor(text?: string | WithMain<ButtonOptions, "text", string>, options?: ButtonOptions) {
    super();
    const [main, rest] = keywordForm(text, options, this, "text");
    if (main !== undefined) this.text = main;
    this.applyOptions(rest);
  }
}
defineControl(ButtonBase, {
  type: "button",
  props: { text: "", icon: undefined, color: undefined, iconColor: undefined, autofocus: false },
  events: [EventName.click],
});
