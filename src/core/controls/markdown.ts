/**
 * `Markdown`: Markdown text rendered in the browser with `marked` and sanitised with DOMPurify:
 * raw HTML in the source shows as text, no script or inline style survives, and only http(s) and
 * relative links (and `data:image/…` pictures) are kept. Links open in a new tab with
 * `rel="noopener noreferrer"`; code blocks can be selected and copied, and are highlighted by
 * their language (the highlighter loads only on a page that shows code).
 */
import { EventName } from "../../protocol/index.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/**
 * The colours of highlighted code (Flet's `codeTheme`): `"system"` takes the page's M3 scheme, so
 * it follows light and dark; the others are the highlight.js themes of those names.
 */
export type CodeTheme = "system" | "github" | "githubDark" | "atomOneLight" | "atomOneDark" | "monokai";

/** Which Markdown dialect: plain CommonMark, or with GitHub's tables, strikethrough and autolinks. */
export type MarkdownExtensionSet = "none" | "commonMark" | "gitHubWeb" | "gitHubFlavored";

export type MarkdownOptions = OptionsFor<typeof Markdown, "value">;

/** `new Markdown("# Title\n\nSome *emphasis* and a [link](https://example.com).")` */
export class Markdown extends control("markdown", {
  /** The Markdown source. Default "". */
  value: prop(""),
  /** Whether a person can select the text (code blocks always can). Default true. */
  selectable: prop(true),
  /** The dialect. Default "gitHubWeb" (GitHub's extensions). */
  extensionSet: prop<MarkdownExtensionSet>("gitHubWeb"),
  /** Turn single line breaks into `<br>`. Default false. */
  softLineBreak: prop(false),
  /**
   * The colours of fenced code blocks, which are highlighted by their language (```` ```ts ````,
   * highlight.js's common languages; others show plain). Default "system" (the page's scheme).
   */
  codeTheme: prop<CodeTheme>("system"),
  /** Open links when clicked (in a new tab). False leaves links to `onTapLink`. Default true. */
  autoFollowLinks: prop(true),
  /** Runs when the person follows a link; `e.data` is its URL. */
  onTapLink: on<string>(),
}) {
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
