/**
 * `Image`: a picture from an app asset (`"logo.png"` or `"/assets/logo.png"`, from `assetsDir`),
 * a URL (http, https, `/path`), or inline data (`srcBytes`, `srcBase64`, or a `data:image/…` URL).
 * Any other URL is dropped in the browser, and inline data only ever becomes a `data:image/…` URL. `semanticsLabel` is its alt
 * text; without it the image is decorative and hidden from screen readers.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";
import { imageBytesToBase64 } from "../image-bytes.js";

/** How the picture fills its box (Flutter's BoxFit). */
export type ImageFit = "none" | "contain" | "cover" | "fill" | "fitWidth" | "fitHeight" | "scaleDown";

export type ImageOptions = OptionsFor<typeof Image, "src"> & {
  /** The picture as bytes (PNG, JPEG, GIF, WebP, SVG, BMP or ICO); sent as `srcBase64`. */
  srcBytes?: Uint8Array | undefined;
};

/** `new Image("/static/logo.png", { width: 120, height: 120, fit: "cover", semanticsLabel: "Logo" })` */
export class Image extends control("image", {
  /**
   * The picture: an app asset (`"logo.png"`, `"/assets/logo.png"`), a URL (`https://…`, `/path`)
   * or `data:image/…`. Default "".
   */
  src: prop(""),
  /**
   * The picture as base64 data (PNG, JPEG, GIF, WebP, SVG, BMP or ICO, its type read from the
   * data), or a `data:image/…` URL; used when `src` is empty.
   */
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
    const [main, given] = keywordForm(src, options, this, "src");
    const { srcBytes, ...rest } = (given ?? {}) as ImageOptions;
    if (main !== undefined) this.src = main;
    this.applyOptions(rest);
    if (srcBytes !== undefined) this.srcBytes = srcBytes;
  }

  /** The picture's bytes, read back from `srcBase64`; undefined when it holds none. */
  get srcBytes(): Uint8Array | undefined {
    const data = this.srcBase64;
    if (!data || data.startsWith("data:")) return undefined;
    return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  }

  /** Sets the picture from bytes (checked to be a picture; `control.bad-value` if not), as `srcBase64`. */
  set srcBytes(bytes: Uint8Array) {
    this.srcBase64 = imageBytesToBase64(bytes);
  }
}
