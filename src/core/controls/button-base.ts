/**
 * What every text button shares: a label, an optional leading icon, and `onClick`. The concrete
 * buttons (`ElevatedButton`, `FilledButton`, `OutlinedButton`, `TextButton`) differ only in look.
 */
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import { buttonStyleToWire, type ButtonStyle, type ButtonStyleOptions, type ButtonStyleWire } from "../button-style.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type ButtonOptions = OptionsFor<typeof ButtonBase, "text">;

export abstract class ButtonBase extends control("button", {
  /** The button's label, also its accessible name. Default "". */
  text: prop(""),
  /** A Material Symbols icon name shown before the label, e.g. `"add"`. */
  icon: prop<string>(),
  /** The label's colour (Flet's `color`), e.g. `Colors.WHITE`. Default: the variant's content colour. */
  color: prop<string>(),
  /** The icon's colour. Default: the button's content colour. */
  iconColor: prop<string>(),
  /** Focus the button when it appears. Default false. */
  autofocus: prop(false),
  /** Flet's `ButtonStyle`: colours, overlay, shape, padding, elevation and outline, each per state. Default none. */
  style: prop<ButtonStyle | ButtonStyleOptions>(),
  /**
   * Makes the control a link: a route of this app (`"/items/3"`) navigates in place without a
   * reload (middle-click or ctrl+click opens it in a new tab, as its own session); an http, https
   * or mailto URL opens as an outside link. Anything else throws `route.bad-url`. Default none.
   */
  url: prop<string>(),
  /** Runs when the button is clicked or activated by keyboard. */
  onClick: on(),
}) {
  /** `new ButtonBase(text, options)`. Also Flet's keyword form, with the main value by name: `new ButtonBase({ text: …, ...options })`. */
  constructor(text?: string | WithMain<ButtonOptions, "text", string>, options?: ButtonOptions) {
    super();
    const [main, rest] = keywordForm(text, options, this, "text");
    if (main !== undefined) this.text = main;
    this.applyOptions(rest);
  }

  /**
   * Flet's `ButtonStyle`: colours, overlay, shape, padding, elevation and outline, each per state.
   * Reads back as checked, each property a map by state. Default none.
   */
  override get style(): ButtonStyleWire | undefined {
    return this.getProp("style") as ButtonStyleWire | undefined;
  }
  override set style(value: ButtonStyle | ButtonStyleOptions | undefined) {
    this.setProp("style", buttonStyleToWire(value, `${this.constructor.name}.style`));
  }
}
