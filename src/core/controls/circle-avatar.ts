/**
 * `CircleAvatar`: a circle showing a person's picture, or their initials (or an icon) when there
 * is no picture or it fails to load.
 */
import { Control } from "../control.js";
import { control, prop, type OptionsFor } from "../declare-control.js";
import { withTextContent, type TextOrControl } from "./text-content.js";
import type { WithMain } from "../keyword-form.js";

export type CircleAvatarOptions = OptionsFor<typeof CircleAvatar>;

/** `new CircleAvatar("AL", { bgcolor: "primaryContainer" })`, `new CircleAvatar(undefined, { backgroundImageSrc: url })` */
export class CircleAvatar extends control(
  "circleavatar",
  {
    /** The picture (http, https, relative or `data:image/…`), shown behind `content`. Default none. */
    backgroundImageSrc: prop<string>(),
    /** A picture shown over `content` (which stays as the fallback if it fails to load). Default none. */
    foregroundImageSrc: prop<string>(),
    /** The colour of the initials or icon. Default: the theme's on-primary-container. */
    color: prop<string>(),
    /** The circle's radius in CSS pixels. Default 20. */
    radius: prop<number>(),
    /** The largest radius (used when `radius` is not set). Default none. */
    maxRadius: prop<number>(),
    /** The smallest radius (used when `radius` is not set). Default none. */
    minRadius: prop<number>(),
  },
  withTextContent(Control, "CircleAvatar"),
  { innerSlots: { content: "single" } },
) {
  /** `new CircleAvatar(content, options)`. Also Flet's keyword form, with the main value by name: `new CircleAvatar({ content: …, ...options })`. */
  constructor(content?: TextOrControl | WithMain<CircleAvatarOptions, "content", TextOrControl>, options?: CircleAvatarOptions) {
    super(content, options);
  }
}
