/**
 * Registers the built-in renderers, exactly as an extension registers its own. Renderers built on
 * `@material/web` (and so on Lit) are lazy: their code loads the first time a patch inserts their
 * control, so a page that shows none of them never downloads or runs it (docs/decisions/0010).
 */
import { registerLazyRenderer, registerRenderer } from "../registry.js";
import { registerBuiltinPrefetches } from "./prefetches.js";
import { page } from "./page.js";
import { registerDeclaredRenderers } from "./declared.js";
import { appBar } from "./app-bar.js";
import { destination } from "./destination-base.js";
import { navigationBar } from "./navigation-bar.js";
import { navigationDrawer } from "./navigation-drawer.js";
import { navigationRail } from "./navigation-rail.js";

export function registerBuiltinRenderers(): void {
  // Those made with `defineRenderer`, from the generated list (scripts/generate-controls.ts).
  registerDeclaredRenderers();
  registerRenderer("page", page);
  registerBuiltinPrefetches();
  registerLazyRenderer("iconbutton", () => import("./widgets.js").then((m) => m.iconButton));
  // Buttons, inputs and icons (issue 3).
  registerLazyRenderer("floatingactionbutton", () => import("./widgets.js").then((m) => m.floatingActionButton));
  // Layout and display (issue 3).
  registerLazyRenderer("datatable", () => import("./data-tables.js").then((m) => m.dataTable));
  // Navigation, scaffold, overlays and gestures (issue 3).
  registerRenderer("appbar", appBar);
  registerRenderer("navigationbar", navigationBar);
  registerRenderer("navigationrail", navigationRail);
  registerRenderer("navigationdrawer", navigationDrawer);
  registerRenderer("navigationbardestination", destination);
  registerRenderer("navigationraildestination", destination);
  registerRenderer("navigationdrawerdestination", destination);
}
