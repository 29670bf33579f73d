/**
 * `CircleAvatar`: a circle showing a person's picture, or their initials (or an icon) when there
 * is no picture or it fails to load.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { toControl, type TextOrControl } from "./text-content.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export type CircleAvatarOptions = OptionsOf<
  CircleAvatar,
  "backgroundImageSrc" | "foregroundImageSrc" | "color" | "radius" | "maxRadius" | "minRadius"
>;

/** `new CircleAvatar("AL", { bgcolor: "primaryContainer" })`, `new CircleAvatar(undefined, { backgroundImageSrc: url })` */
export class CircleAvatar extends Control {
  /** The picture (http, https, relative or `data:image/…`), shown behind `content`. Default none. */
  declare backgroundImageSrc: string | undefined;
  /** A picture shown over `content` (which stays as the fallback if it fails to load). Default none. */
  declare foregroundImageSrc: string | undefined;
  /** The colour of the initials or icon. Default: the theme's on-primary-container. */
  declare color: string | undefined;
  /** The circle's radius in CSS pixels. Default 20. */
  declare radius: number | undefined;
  /** The largest radius (used when `radius` is not set). Default none. */
  declare maxRadius: number | undefined;
  /** The smallest radius (used when `radius` is not set). Default none. */
  declare minRadius: number | undefined;

  /** `new CircleAvatar(content, options)`. Also Flet's keyword form, with the main value by name: `new CircleAvatar({ content: …, ...options })`. */
  constructor(content?: TextOrControl | WithMain<CircleAvatarOptions, "content", TextOrControl>, options?: CircleAvatarOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    this.content = main;
    this.applyOptions(rest);
  }

  /** The initials (a string becomes a `Text`) or an Icon shown in the circle. Default none. */
  get content(): Control | undefined {
    return this.getSlot("content") as Control | undefined;
  }
  set content(value: TextOrControl | undefined) {
    this.setSlot("content", toControl(value, "CircleAvatar.content"));
  }
}
defineControl(CircleAvatar, {
  type: "circleavatar",
  props: {
    backgroundImageSrc: undefined,
    foregroundImageSrc: undefined,
    color: undefined,
    radius: undefined,
    maxRadius: undefined,
    minRadius: undefined,
  },
  innerSlots: { content: "single" },
});
