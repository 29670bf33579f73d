/**
 * The full stylesheet of a server-painted page (decision 0063). The page inlines only the rules
 * of `weft.css` its markup uses (`<style data-weft-used-css>`) and preloads `weft.css` without
 * linking it, so the markup shows without waiting for it. The client links it as it starts, and
 * starts the session once it has loaded: no control the first paint did not have (a later
 * patch, a dialog) renders without its rules. The inlined rules then go; the sheet repeats them.
 */

/** The attribute on the page's `<link rel="preload">` of `weft.css` (server/page-html.ts writes it). */
export const FULL_STYLESHEET_ATTRIBUTE = "data-weft-stylesheet";

/**
 * Links the preloaded full stylesheet; resolves once it has loaded (or failed: the inlined rules
 * then stay). Undefined on a page that links it itself (painted in the browser).
 */
export function linkFullStylesheet(): Promise<void> | undefined {
  const preload = document.querySelector<HTMLLinkElement>(`link[${FULL_STYLESHEET_ATTRIBUTE}]`);
  if (!preload) return undefined;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = preload.href;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener(
      "load",
      () => {
        document.querySelector("style[data-weft-used-css]")?.remove();
        resolve();
      },
      { once: true },
    );
    link.addEventListener("error", () => resolve(), { once: true });
  });
  // In the preload's place: after the inlined rules, so for the same selectors the sheet's order wins.
  preload.replaceWith(link);
  return loaded;
}
