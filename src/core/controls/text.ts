/**
 * `Text`: a run of text, optionally followed by styled `spans` (some of them links). Never
 * interprets HTML; selectable by default.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
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

export type TextOptions = OptionsOf<Text, "themeStyle" | "size" | "weight" | "italic" | "color" | "textAlign" | "maxLines" | "noWrap" | "selectable" | "spans" | "fontFamily">;

export class Text extends Control {
  /** The text shown. Default "". */
  declare value: string;
  /**
   * The type-scale role the text takes its font, size, line height and tracking from (Flet's
   * `theme_style`), e.g. `"headlineMedium"` or `TextThemeStyle.TITLE_LARGE`; `size` and `weight`
   * still override it. Default: the body style.
   */
  declare themeStyle: TextThemeStyle | undefined;
  /** Font size in CSS pixels. Default: the theme's body size (14). */
  declare size: number | undefined;
  /** Font weight. Default "normal". */
  declare weight: FontWeight | undefined;
  /** Italic text. Default false. */
  declare italic: boolean;
  /** Text colour (any CSS colour or a theme colour name). Default: the theme's on-surface. */
  declare color: string | undefined;
  /** A CSS font-family list for this text, e.g. `"monospace"` or `"Georgia, serif"`. Default: the theme's font. */
  declare fontFamily: string | undefined;
  /** Alignment within the text's box. Default "start". */
  declare textAlign: TextAlign | undefined;
  /** Cut the text after this many lines, with an ellipsis. Default: no limit. */
  declare maxLines: number | undefined;
  /** Keep the text on one line. Default false. */
  declare noWrap: boolean;
  /** Whether a person can select the text. Default true. */
  declare selectable: boolean;
  /**
   * Styled runs shown after `value`, e.g. `[{ text: "bold", style: { weight: "bold" } }, { text:
   * "a link", url: "https://…" }]`. Plain data: assign a new array to change them. Default none.
   */
  declare spans: TextSpan[] | undefined;

  /** `new Text(value, options)`. Also Flet's keyword form, with the main value by name: `new Text({ value: …, ...options })`. */
  constructor(value?: string | WithMain<TextOptions, "value", string>, options?: TextOptions) {
    super();
    const [main, rest] = keywordForm(value, options, this, "value");
    if (main !== undefined) this.value = main;
    this.applyOptions(rest);
  }
}
defineControl(Text, {
  type: "text",
  props: {
    value: "",
    themeStyle: undefined,
    size: undefined,
    weight: undefined,
    italic: false,
    color: undefined,
    fontFamily: undefined,
    textAlign: undefined,
    maxLines: undefined,
    noWrap: false,
    selectable: true,
    spans: undefined,
  },
});
