/** `IconButton`: a button that shows only an icon; its tooltip is its accessible name. */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { buttonStyleToWire, type ButtonStyle, type ButtonStyleOptions, type ButtonStyleWire } from "../button-style.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type IconButtonOptions = OptionsOf<IconButton, "iconColor" | "iconSize" | "selected" | "selectedIcon" | "autofocus" | "url" | "onClick"> & {
  /** Flet's `ButtonStyle`, per state: `color` is the icon's, `bgcolor` a container behind it, `padding` the space around the icon (so the size: 24 + 8 a side by default), `elevation` a shadow, `side` an outline drawn inside. Default none. */
  style?: ButtonStyle | ButtonStyleOptions;
};

export class IconButton extends Control {
  /** A Material Symbols icon name, e.g. `"delete"`. Default "". */
  declare icon: string;
  /** The icon's colour. Default: the theme's on-surface-variant. */
  declare iconColor: string | undefined;
  /** The icon's size in CSS pixels. Default 24. */
  declare iconSize: number | undefined;
  /** Toggle state; shows `selectedIcon` when true. Default: not a toggle. */
  declare selected: boolean | undefined;
  /** The icon shown while `selected` is true. */
  declare selectedIcon: string | undefined;
  /** Focus the button when it appears. Default false. */
  declare autofocus: boolean;
  /**
   * Makes the button a link: a route of this app (`"/cart"`) navigates in place (middle-click or
   * ctrl+click opens it in a new tab, as its own session); an http, https or mailto URL opens as an
   * outside link. Anything else throws `route.bad-url`. Default none.
   */
  declare url: string | undefined;
  /** Runs when the button is clicked or activated by keyboard. */
  declare onClick: Handler<ControlEvent<IconButton>> | undefined;

  /**
   * `new IconButton("delete", { tooltip: "Delete", onClick })`: give a tooltip, it names the button.
   * Also Flet's keyword form, with the main value by name: `new IconButton({ icon: …, ...options })`.
   */
  constructor(icon?: string | WithMain<IconButtonOptions, "icon", string>, options?: IconButtonOptions) {
    super();
    const [main, rest] = keywordForm(icon, options, this, "icon");
    if (main !== undefined) this.icon = main;
    this.applyOptions(rest);
  }

  /** Flet's `ButtonStyle`, per state: `color` is the icon's, `bgcolor` a container behind it, `padding` the space around the icon (so the size: 24 + 8 a side by default), `elevation` a shadow, `side` an outline drawn inside. Default none. */
  get style(): ButtonStyleWire | undefined {
    return this.getProp("style") as ButtonStyleWire | undefined;
  }
  set style(value: ButtonStyle | ButtonStyleOptions | undefined) {
    this.setProp("style", buttonStyleToWire(value, "IconButton.style"));
  }
}
defineControl(IconButton, {
  type: "iconbutton",
  props: { icon: "", iconColor: undefined, iconSize: undefined, selected: undefined, selectedIcon: undefined, autofocus: false, style: undefined, url: undefined },
  events: [EventName.click],
});
