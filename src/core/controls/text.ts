/**
 * `Text`: a run of text, optionally followed by styled `spans` (some of them links). Never
 * interprets HTML; selectable by default.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";
import type { TextSpan } from "./text-span.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** A font weight: `"normal"`, `"bold"`, or a Flet-style `"w100"` … `"w900"`. */
export type FontWeight = "normal" | "bold" | `w${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}00`;
/** Horizontal alignment of text in its box. */
export type TextAlign = "left" | "right" | "center" | "justify" | "start" | "end";

/**
 * The roles of the Material 3 type scale, Flet's `ft.TextThemeStyle`: `TextThemeStyle.HEADLINE_MEDIUM`
 * is `"headlineMedium"`.
 */
export const TextThemeStyle = {
  DISPLAY_LARGE: "displayLarge",
  DISPLAY_MEDIUM: "displayMedium",
  DISPLAY_SMALL: "displaySmall",
  HEADLINE_LARGE: "headlineLarge",
  HEADLINE_MEDIUM: "headlineMedium",
  HEADLINE_SMALL: "headlineSmall",
  TITLE_LARGE: "titleLarge",
  TITLE_MEDIUM: "titleMedium",
  TITLE_SMALL: "titleSmall",
  BODY_LARGE: "bodyLarge",
  BODY_MEDIUM: "bodyMedium",
  BODY_SMALL: "bodySmall",
  LABEL_LARGE: "labelLarge",
  LABEL_MEDIUM: "labelMedium",
  LABEL_SMALL: "labelSmall",
} as const;
/** A role of the type scale, e.g. `"headlineMedium"`. */
export type TextThemeStyle = (typeof TextThemeStyle)[keyof typeof TextThemeStyle];

/** `new Text("Hello", { size: 20 })`: every option but `value`, which comes first. */
export type TextOptions = OptionsFor<typeof Text, "value">;

export class Text extends control("text", {
  /** The text shown. Default "". */
  value: prop(""),
  /**
   * The type-scale role the text takes its font, size, line height and tracking from (Flet's
   * `theme_style`), e.g. `"headlineMedium"` or `TextThemeStyle.TITLE_LARGE`; `size` and `weight`
   * still override it. Default: the body style.
   */
  themeStyle: prop<TextThemeStyle>(),
  /** Font size in CSS pixels. Default: the theme's body size (14). */
  size: prop<number>(),
  /** Font weight. Default "normal". */
  weight: prop<FontWeight>(),
  /** Italic text. Default false. */
  italic: prop(false),
  /** Text colour (any CSS colour or a theme colour name). Default: the theme's on-surface. */
  color: prop<string>(),
  /** A CSS font-family list for this text, e.g. `"monospace"` or `"Georgia, serif"`. Default: the theme's font. */
  fontFamily: prop<string>(),
  /** Alignment within the text's box. Default "start". */
  textAlign: prop<TextAlign>(),
  /** Cut the text after this many lines, with an ellipsis. Default: no limit. */
  maxLines: prop<number>(),
  /** Keep the text on one line. Default false. */
  noWrap: prop(false),
  /** Whether a person can select the text. Default true. */
  selectable: prop(true),
  /**
   * Styled runs shown after `value`, e.g. `[{ text: "bold", style: { weight: "bold" } }, { text:
   * "a link", url: "https://…" }]`. Plain data: assign a new array to change them. Default none.
   */
  spans: prop<TextSpan[]>(),
}) {
  /** `new Text(value, options)`. Also Flet's keyword form, with the main value by name: `new Text({ value: …, ...options })`. */
  constructor(value?: string | WithMain<TextOptions, "value", string>, options?: TextOptions) {
    super();
    const [main, rest] = keywordForm(value, options, this, "value");
    if (main !== undefined) this.value = main;
    this.applyOptions(rest);
  }
}
