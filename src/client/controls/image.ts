/**
 * `image`: an `<img>` whose `src` (an app asset's path made its URL, see asset-url.ts) passes
 * `safeUrl` (http, https, relative, `data:image/…`) or is dropped. `semanticsLabel` is its `alt`; without one it is decorative (`alt=""`). Images load
 * lazily, so a long list of pictures fetches only those near the screen.
 */
import { h, px, str } from "../dom.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import { assetUrl } from "../asset-url.js";
import { safeUrl } from "../safe-url.js";
import { imageData } from "./parts/image-data.js";

const FIT: Record<string, string> = {
  none: "none",
  contain: "contain",
  cover: "cover",
  fill: "fill",
  fitWidth: "cover",
  fitHeight: "cover",
  scaleDown: "scale-down",
};

/** The picture's source: `src` (an app asset's path made its URL) if it is safe, else `srcBase64`'s data, else none. */
const setSource: PropSetter<{ element: HTMLImageElement }> = ({ element }, _value, { props }) => {
  const src = safeUrl(assetUrl(str(props.src)), "image") ?? safeUrl(imageData(props.srcBase64), "image");
  if (src) element.src = src;
  else element.removeAttribute("src");
};

export const image = defineRenderer("image", {
  create() {
    const element = h("img", "weft-image");
    element.alt = "";
    element.loading = "lazy";
    element.decoding = "async";
    element.referrerPolicy = "no-referrer";
    return { element };
  },
  props: {
    src: setSource,
    srcBase64: setSource,
    fit: ({ element }, value) => (element.style.objectFit = typeof value === "string" ? (FIT[value] ?? "") : ""),
    borderRadius: ({ element }, value) => (element.style.borderRadius = px(value)),
    semanticsLabel: ({ element }, value) => (element.alt = str(value)),
  },
});
