/** `Tab`: one tab of a `Tabs`: its label (and icon) in the tab bar, and the content it shows. */
import { child, control, prop, type OptionsFor } from "../declare-control.js";
import type { Control } from "../control.js";
import { isKeywordForm } from "../keyword-form.js";

export type TabOptions = OptionsFor<typeof Tab, "text" | "content">;

/** `new Tab("Settings", new Column([...]), { icon: "settings" })`, or `new Tab({ text: "Settings", content, icon })`. */
export class Tab extends control("tab", {
  /** The tab's label, also its accessible name. Default "". */
  text: prop(""),
  /** A Material Symbols icon shown with the label, e.g. `"home"`. Default none. */
  icon: prop<string>(),
  /** What the tab shows while it is selected. */
  content: child(),
}) {
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
