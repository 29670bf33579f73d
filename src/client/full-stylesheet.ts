/**
 * The full stylesheet of a server-painted page (decision 0063). The page inlines only the rules
 * of `weft.css` its markup uses (`<style data-weft-used-css>`) and preloads `weft.css` without
 * linking it, so the markup shows without waiting for it. The client links it as it starts, and
 * starts the session once it has loaded: no control the first paint did not have (a later
 * patch, a dialog) renders without its rules.
 *
 * The link goes right after the inlined rules, and they stay. The sheet repeats each of them,
 * later in the cascade, so every element takes exactly the declarations the sheet alone would
 * give it. Removing them instead cost a whole new style and layout pass: their `@font-face` rules
 * went with them, and all text was shaped again with the sheet's own faces (130 ms on a page of
 * 10,000 Texts, against none).
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
    link.addEventListener("load", () => resolve(), { once: true });
    link.addEventListener("error", () => resolve(), { once: true });
  });
  // After the inlined rules, so that for the same selectors the sheet's order wins.
  const used = document.querySelector("style[data-weft-used-css]");
  if (used) used.after(link);
  else preload.after(link);
  preload.remove();
  return loaded;
}
