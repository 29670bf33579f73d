/**
 * `Image`: a picture from a URL (http, https, relative) or inline data (`srcBase64`, or a
 * `data:image/…` URL). Any other URL is dropped in the browser. `semanticsLabel` is its alt
 * text; without it the image is decorative and hidden from screen readers.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** How the picture fills its box (Flutter's BoxFit). */
export type ImageFit = "none" | "contain" | "cover" | "fill" | "fitWidth" | "fitHeight" | "scaleDown";

export type ImageOptions = OptionsFor<typeof Image, "src">;

/** `new Image("/static/logo.png", { width: 120, height: 120, fit: "cover", semanticsLabel: "Logo" })` */
export class Image extends control("image", {
  /** The picture's URL: http(s), relative, or `data:image/…`. Default "". */
  src: prop(""),
  /** The picture as base64 data (PNG, JPEG, GIF, WebP or SVG); used when `src` is empty. */
  srcBase64: prop<string>(),
  /** How the picture fills its box. Default "contain" when a width or height is set. */
  fit: prop<ImageFit>(),
  /** Corner radius in CSS pixels. Default 0. */
  borderRadius: prop<number>(),
  /** The alt text read by screen readers (and shown if the picture cannot load). Default: decorative. */
  semanticsLabel: prop<string>(),
}) {
  /** `new Image(src, options)`. Also Flet's keyword form, with the main value by name: `new Image({ src: …, ...options })`. */
  constructor(src?: string | WithMain<ImageOptions, "src", string>, options?: ImageOptions) {
    super();
    const [main, rest] = keywordForm(src, options, this, "src");
    if (main !== undefined) this.src = main;
    this.applyOptions(rest);
  }
}
