/**
 * `circleavatar`: a circle (display.css) holding its `content` (initials, an icon) over an
 * optional background picture, under an optional foreground picture that hides itself if it
 * fails to load, uncovering the content. Picture URLs pass `safeUrl` or are dropped.
 */
import { color } from "../colors.js";
import { h, str } from "../dom.js";
import type { Renderer } from "../registry.js";
import { safeUrl } from "../safe-url.js";

function picture(className: string): HTMLImageElement {
  const img = h("img", className);
  img.alt = "";
  img.decoding = "async";
  img.referrerPolicy = "no-referrer";
  img.hidden = true;
  img.addEventListener("error", () => (img.hidden = true));
  img.addEventListener("load", () => (img.hidden = false));
  return img;
}

function setPicture(img: HTMLImageElement, value: unknown): void {
  const src = safeUrl(str(typeof value === "string" ? value : undefined), "image");
  img.hidden = true;
  if (src) img.src = src;
  else img.removeAttribute("src");
}

export const circleAvatar: Renderer = (ctx) => {
  const element = h("div", "weft-avatar");
  const background = picture("weft-avatar__picture");
  const content = h("div", "weft-avatar__content");
  const foreground = picture("weft-avatar__picture");
  element.append(background, content, foreground);

  const size = () => {
    const { radius, minRadius, maxRadius } = ctx.props;
    let r = typeof radius === "number" && radius > 0 ? radius : 20;
    if (typeof radius !== "number") {
      if (typeof minRadius === "number") r = Math.max(r, minRadius);
      if (typeof maxRadius === "number") r = Math.min(r, maxRadius);
    }
    element.style.setProperty("--weft-avatar-size", `${2 * r}px`);
  };
  return {
    element,
    update(changed) {
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "backgroundImageSrc":
            setPicture(background, value);
            break;
          case "foregroundImageSrc":
            setPicture(foreground, value);
            break;
          case "color":
            element.style.color = color(value);
            break;
          case "radius":
          case "minRadius":
          case "maxRadius":
            size();
            break;
        }
      }
    },
    slot: (name) => (name === "content" ? content : undefined),
  };
};
