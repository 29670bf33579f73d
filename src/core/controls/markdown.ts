/**
 * `Markdown`: Markdown text rendered in the browser with `marked` and sanitised with DOMPurify:
 * raw HTML in the source shows as text, no script or inline style survives, and only http(s) and
 * relative links (and `data:image/…` pictures) are kept. Links open in a new tab with
 * `rel="noopener noreferrer"`; code blocks can be selected and copied.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** Which Markdown dialect: plain CommonMark, or with GitHub's tables, strikethrough and autolinks. */
export type MarkdownExtensionSet = "none" | "commonMark" | "gitHubWeb" | "gitHubFlavored";

export type MarkdownOptions = OptionsOf<
  Markdown,
  "selectable" | "extensionSet" | "softLineBreak" | "autoFollowLinks" | "onTapLink"
>;

/** `new Markdown("# Title\n\nSome *emphasis* and a [link](https://example.com).")` */
export class Markdown extends Control {
  /** The Markdown source. Default "". */
  declare value: string;
  /** Whether a person can select the text (code blocks always can). Default true. */
  declare selectable: boolean;
  /** The dialect. Default "gitHubWeb" (GitHub's extensions). */
  declare extensionSet: MarkdownExtensionSet;
  /** Turn single line breaks into `<br>`. Default false. */
  declare softLineBreak: boolean;
  /** Open links when clicked (in a new tab). False leaves links to `onTapLink`. Default true. */
  declare autoFollowLinks: boolean;
  /** Runs when the person follows a link; `e.data` is its URL. */
  declare onTapLink: Handler<ControlEvent<Markdown, string>> | undefined;

  /** `new Markdown(value, options)`. Also Flet's keyword form, with the main value by name: `new Markdown({ value: …, ...options })`. */
  constructor(value?: string | WithMain<MarkdownOptions, "value", string>, options?: MarkdownOptions) {
    super();
    const [main, rest] = keywordForm(value, options, this, "value");
    if (main !== undefined) this.value = main;
    this.applyOptions(rest);
  }

  override acceptEvent(name: string, data: unknown): boolean {
    return name !== EventName.tapLink || (typeof data === "string" && data.length <= 8192);
  }
}
defineControl(Markdown, {
  type: "markdown",
  props: { value: "", selectable: true, extensionSet: "gitHubWeb", softLineBreak: false, autoFollowLinks: true },
  events: [EventName.tapLink],
});
