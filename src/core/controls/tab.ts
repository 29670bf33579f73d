/** `Tab`: one tab of a `Tabs`: its label (and icon) in the tab bar, and the content it shows. */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { isKeywordForm } from "../keyword-form.js";

export type TabOptions = OptionsOf<Tab, "icon">;

/** `new Tab("Settings", new Column([...]), { icon: "settings" })`, or `new Tab({ text: "Settings", content, icon })`. */
export class Tab extends Control {
  /** The tab's label, also its accessible name. Default "". */
  declare text: string;
  /** A Material Symbols icon shown with the label, e.g. `"home"`. Default none. */
  declare icon: string | undefined;
  /** What the tab shows while it is selected. */
  declare content: Control | undefined;

  constructor(text?: string | (TabOptions & { text?: string; content?: Control }), content?: Control, options?: TabOptions) {
    super();
    if (isKeywordForm(text, content ?? options, this)) {
      this.applyOptions(text);
      return;
    }
    if (text !== undefined) this.text = text;
    if (content) this.content = content;
    this.applyOptions(options);
  }
}
defineControl(Tab, { type: "tab", props: { text: "", icon: undefined }, slots: { content: "single" } });
