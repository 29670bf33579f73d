/**
 * Flet's asset paths for `Image.src`: `"logo.png"` (a relative path) and `"/assets/logo.png"` both
 * name a file of the app's `assetsDir`. A served app has it at `/assets/`; a static site
 * (`weft publish`) holds it in its own `assets/` folder: beside the page with hash routes (so the
 * site may live under any path), under the base path with path routes. URLs with a scheme,
 * `//host/…` and other absolute paths are left as they are.
 */
import { meta } from "./meta-tag.js";

const ASSETS = "/assets/";
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Where this page's app assets are: `/assets/`, or a static site's `assets/` folder. */
function assetBase(): string {
  if (!meta("weft-worker")) return ASSETS;
  return meta("weft-routes") === "path" ? `${meta("weft-base") ?? "/"}assets/` : "assets/";
}

/** `"x.png"` and `"/assets/x.png"` → the app asset's URL on this page; anything else unchanged. */
export function assetUrl(src: string): string {
  if (src.startsWith(ASSETS)) return assetBase() + src.slice(ASSETS.length);
  if (src === "" || SCHEME.test(src) || /^[/\\?#]/.test(src)) return src;
  return assetBase() + src.replace(/^\.\//, "");
}
