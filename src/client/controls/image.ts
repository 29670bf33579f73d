/**
 * `image`: an `<img>` whose `src` passes `safeUrl` (http, https, relative, `data:image/…`) or is
 * dropped. `semanticsLabel` is its `alt`; without one it is decorative (`alt=""`). Images load
 * lazily, so a long list of pictures fetches only those near the screen.
 */
import { h, px, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { safeUrl } from "../safe-url.js";
import { imageData } from "./image-data.js";

const FIT: Record<string, string> = {
  none: "none",
  contain: "contain",
  cover: "cover",
  fill: "fill",
  fitWidth: "cover",
  fitHeight: "cover",
  scaleDown: "scale-down",
};

export const image: Renderer = (ctx) => {
  const element = h("img", "weft-image");
  element.alt = "";
  element.loading = "lazy";
  element.decoding = "async";
  element.referrerPolicy = "no-referrer";
  const setSource = () => {
    const src = safeUrl(str(ctx.props.src), "image") ?? safeUrl(imageData(ctx.props.srcBase64), "image");
    if (src) element.src = src;
    else element.removeAttribute("src");
  };
  return {
    element,
    update(changed) {
      const style = element.style;
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "src":
          case "srcBase64":
            setSource();
            break;
          case "fit":
            style.objectFit = typeof value === "string" ? (FIT[value] ?? "") : "";
            break;
          case "borderRadius":
            style.borderRadius = px(value);
            break;
          case "semanticsLabel":
            element.alt = str(value);
            break;
        }
      }
    },
  };
};
