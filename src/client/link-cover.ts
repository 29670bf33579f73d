/**
 * The `url` prop of buttons, ListTile and Container: a real `<a href>` laid over the control
 * (the "stretched link"), so the browser's own link handling works: middle-click and ctrl+click
 * open a new tab, right-click offers to copy the link. A plain click on a route of this app
 * (`data-weft-route`) is taken by `BrowserHistory` and navigates in place; the click still reaches
 * the control, so its `onClick` runs too. A modified click only opens the link. Keyboard
 * activation of the control (Enter, Space) follows the link. Only routes (`/…`) and http, https
 * and mailto URLs become links; anything else (`javascript:`) is ignored.
 */
import { hrefOf } from "./route-href.js";

const COVER = "weft-link-cover";
/** On a control with a cover: `position: relative` at zero specificity (base.css). */
const HOST = "weft-link-host";

/** The href `url` gives, and whether it is a route of this app; undefined for what is not a link. */
export function linkTarget(url: unknown): { href: string; route: boolean } | undefined {
  if (typeof url !== "string" || url === "") return undefined;
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return { href: hrefOf(url), route: true };
  try {
    const parsed = new URL(url);
    return ["http:", "https:", "mailto:"].includes(parsed.protocol) ? { href: parsed.href, route: false } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `event` is a click on a control's link cover, whose default (following the link) must stand. */
export function onLinkCover(event: Event): boolean {
  return event.target instanceof HTMLAnchorElement && event.target.classList.contains(COVER);
}

/** Points `link` at `target`: a route navigates in place (`data-weft-route`), an outside URL opens a new tab. */
export function pointLink(link: HTMLAnchorElement, target: { href: string; route: boolean }): void {
  link.href = target.href;
  link.toggleAttribute("data-weft-route", target.route);
  if (target.route) {
    link.removeAttribute("target");
    link.removeAttribute("rel");
  } else {
    link.target = target.href.startsWith("mailto:") ? "" : "_blank";
    link.rel = "noopener noreferrer";
  }
}

function coverOf(el: HTMLElement): HTMLAnchorElement | undefined {
  const found = el.querySelector(`:scope > a.${COVER}`);
  return found instanceof HTMLAnchorElement ? found : undefined;
}

/** A click on the control: a modified click on the link only opens it; one not on the link (keyboard) follows it. */
const onControlClick = (event: MouseEvent): void => {
  const el = event.currentTarget as HTMLElement;
  const link = coverOf(el);
  if (!link) return;
  if (event.target instanceof Node && link.contains(event.target)) {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) event.stopPropagation();
    return;
  }
  event.stopImmediatePropagation();
  link.click();
};

/** Applies `url` to the control's outer element `el`. */
export function applyUrl(el: HTMLElement, url: unknown): void {
  const target = linkTarget(url);
  let link = coverOf(el);
  if (!target) {
    link?.remove();
    return;
  }
  if (!link) {
    link = document.createElement("a");
    link.className = COVER;
    el.append(link);
  }
  // Also for a cover in the server's markup (first paint), which came without its listener and
  // with its style as a rule that goes once the page is adopted. All of it is idempotent.
  layOver(el, link);
  pointLink(link, target);
}

/** Lays `link` over the control `el`, out of the tab order and the accessibility tree, and takes the control's clicks. */
function layOver(el: HTMLElement, link: HTMLAnchorElement): void {
  link.tabIndex = -1;
  link.setAttribute("aria-hidden", "true");
  Object.assign(link.style, { position: "absolute", inset: "0", zIndex: "1", borderRadius: "inherit" });
  // The cover's containing block: relative unless a rule or an inline style positions the
  // control already (base.css; a class rule, not a computed-style read, so applying a patch of
  // many linked controls never forces a style recalculation per control).
  el.classList.add(HOST);
  el.addEventListener("click", onControlClick, true);
}
