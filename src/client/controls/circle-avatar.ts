/**
 * `circleavatar`: a circle (display.css) holding its `content` (initials, an icon) over an
 * optional background picture, under an optional foreground picture that hides itself if it
 * fails to load, uncovering the content. Picture URLs pass `safeUrl` or are dropped.
 */
import { color } from "../colors.js";
import { defineRenderer, type PropSetter, type SlottedView } from "../declare-renderer.js";
import { h, str } from "../dom.js";
import { safeUrl } from "../safe-url.js";

interface AvatarView extends SlottedView {
  readonly background: HTMLImageElement;
  readonly foreground: HTMLImageElement;
}

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

/** Sizes the circle from `radius`, or the default clamped by `minRadius` / `maxRadius`. */
const size: PropSetter<AvatarView> = ({ element }, _value, { props }) => {
  const { radius, minRadius, maxRadius } = props;
  let r = typeof radius === "number" && radius > 0 ? radius : 20;
  if (typeof radius !== "number") {
    if (typeof minRadius === "number") r = Math.max(r, minRadius);
    if (typeof maxRadius === "number") r = Math.min(r, maxRadius);
  }
  element.style.setProperty("--weft-avatar-size", `${2 * r}px`);
};

export const circleAvatar = defineRenderer("circleavatar", {
  create(): AvatarView {
    const element = h("div", "weft-avatar");
    const background = picture("weft-avatar__picture");
    const content = h("div", "weft-avatar__content");
    const foreground = picture("weft-avatar__picture");
    element.append(background, content, foreground);
    return { element, background, foreground, slot: (name) => (name === "content" ? content : undefined) };
  },
  props: {
    backgroundImageSrc: ({ background }, value) => setPicture(background, value),
    foregroundImageSrc: ({ foreground }, value) => setPicture(foreground, value),
    color: ({ element }, value) => (element.style.color = color(value)),
    radius: size,
    minRadius: size,
    maxRadius: size,
  },
});
