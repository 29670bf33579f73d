/**
 * `SearchBar`: a rounded search field; while it is focused (or after `openView()`) it shows its
 * `controls` below it as suggestions, usually `ListTile`s whose handlers call `closeView(text)`.
 * `value` follows what the person types before any handler runs.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";

export type SearchBarOptions = OptionsOf<
  SearchBar,
  "value" | "barHintText" | "viewHintText" | "controls" | "autofocus" | "onChange" | "onSubmit" | "onTap"
>;

/** Longest value a client may set by typing. */
const MAX_VALUE_LENGTH = 100_000;

export class SearchBar extends Control {
  /** The suggestions shown below the bar while its view is open. */
  declare controls: Control[];
  /** The text in the bar; kept in sync with typing. Default "". */
  declare value: string;
  /** Placeholder of the bar, also its accessible name. Default "Search". */
  declare barHintText: string;
  /** Placeholder while the view is open. Default: `barHintText`. */
  declare viewHintText: string | undefined;
  /** Focus the bar when it appears. Default false. */
  declare autofocus: boolean;
  /** Runs on every change of the text; `e.data` is the new text. */
  declare onChange: Handler<ControlEvent<SearchBar, string>> | undefined;
  /** Runs when the person presses Enter; `e.data` is the text. */
  declare onSubmit: Handler<ControlEvent<SearchBar, string>> | undefined;
  /** Runs when the person clicks or taps the bar. */
  declare onTap: Handler<ControlEvent<SearchBar>> | undefined;

  /** `new SearchBar({ barHintText: "Search colours", controls: [...], onChange })` */
  constructor(options?: SearchBarOptions) {
    super();
    this.applyOptions(options);
  }

  /** Shows the suggestions and focuses the bar. Resolves to whether it could; never rejects. */
  openView(): Promise<boolean> {
    return this.callInBrowser("openView").then(
      (opened) => opened === true,
      () => false,
    );
  }

  /** Hides the suggestions, setting the text to `text` when given (the chosen suggestion). Never rejects. */
  closeView(text?: string): Promise<boolean> {
    if (text !== undefined) this.value = text;
    return this.callInBrowser("closeView").then(
      (closed) => closed === true,
      () => false,
    );
  }

  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change && name !== EventName.submit) return true;
    if (typeof data !== "string" || data.length > MAX_VALUE_LENGTH) return false;
    this.syncProp("value", data);
    return true;
  }
}
defineControl(SearchBar, {
  type: "searchbar",
  props: { value: "", barHintText: "Search", viewHintText: undefined, autofocus: false },
  events: [EventName.change, EventName.submit, EventName.tap],
  clientProps: ["value"],
  slots: { controls: "list" },
});
