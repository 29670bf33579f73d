/**
 * `Image`: a picture from a URL (http, https, relative) or inline data (`srcBase64`, or a
 * `data:image/…` URL). Any other URL is dropped in the browser. `semanticsLabel` is its alt
 * text; without it the image is decorative and hidden from screen readers.
 */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** How the picture fills its box (Flutter's BoxFit). */
export type ImageFit = "none" | "contain" | "cover" | "fill" | "fitWidth" | "fitHeight" | "scaleDown";

export type ImageOptions = OptionsOf<Image, "srcBase64" | "fit" | "borderRadius" | "semanticsLabel">;

/** `new Image("/static/logo.png", { width: 120, height: 120, fit: "cover", semanticsLabel: "Logo" })` */
export class Image extends Control {
  /** The picture's URL: http(s), relative, or `data:image/…`. Default "". */
  declare src: string;
  /** The picture as base64 data (PNG, JPEG, GIF, WebP or SVG); used when `src` is empty. */
  declare srcBase64: string | undefined;
  /** How the picture fills its box. Default "contain" when a width or height is set. */
  declare fit: ImageFit | undefined;
  /** Corner radius in CSS pixels. Default 0. */
  declare borderRadius: number | undefined;
  /** The alt text read by screen readers (and shown if the picture cannot load). Default: decorative. */
  declare semanticsLabel: string | undefined;

  /** `new Image(src, options)`. Also Flet's keyword form, with the main value by name: `new Image({ src: …, ...options })`. */
  constructor(src?: string | WithMain<ImageOptions, "src", string>, options?: ImageOptions) {
    super();
    const [main, rest] = keywordForm(src, options, this, "src");
    if (main !== undefined) this.src = main;
    this.applyOptions(rest);
  }
}
defineControl(Image, {
  type: "image",
  props: { src: "", srcBase64: undefined, fit: undefined, borderRadius: undefined, semanticsLabel: undefined },
});
