/**
 * `SearchBar`: a rounded search field; while it is focused (or after `openView()`) it shows its
 * `controls` below it as suggestions, usually `ListTile`s whose handlers call `closeView(text)`.
 * `value` follows what the person types before any handler runs.
 */
import { EventName } from "../../protocol/index.js";
import { children, control, on, prop, type OptionsFor } from "../declare-control.js";

export type SearchBarOptions = OptionsFor<typeof SearchBar>;

/** Longest value a client may set by typing. */
const MAX_VALUE_LENGTH = 100_000;

export class SearchBar extends control(
  "searchbar",
  {
    /** The suggestions shown below the bar while its view is open. */
    controls: children(),
    /** The text in the bar; kept in sync with typing. Default "". */
    value: prop(""),
    /** Placeholder of the bar, also its accessible name. Default "Search". */
    barHintText: prop("Search"),
    /** Placeholder while the view is open. Default: `barHintText`. */
    viewHintText: prop<string>(),
    /** Focus the bar when it appears. Default false. */
    autofocus: prop(false),
    /** Runs on every change of the text; `e.data` is the new text. */
    onChange: on<string>(),
    /** Runs when the person presses Enter; `e.data` is the text. */
    onSubmit: on<string>(),
    /** Runs when the person clicks or taps the bar. */
    onTap: on(),
  },
  undefined,
  { clientProps: ["value"] },
) {
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
