/**
 * Registers the built-in renderers, exactly as an extension registers its own. Renderers built on
 * `@material/web` (and so on Lit) are lazy: their code loads the first time a patch inserts their
 * control, so a page that shows none of them never downloads or runs it (docs/decisions/0010).
 */
import { registerLazyRenderer, registerRenderer } from "../registry.js";
import { page } from "./page.js";
import { registerDeclaredRenderers } from "./declared.js";
import { user } from "./user.js";
import { radioGroup } from "./radiogroup.js";
import { searchBar } from "./searchbar.js";
import { segmentedButton } from "./segmentedbutton.js";
import { dataTable } from "./datatable.js";
import { expansionTile } from "./expansiontile.js";
import { gridView } from "./gridview.js";
import { listTile } from "./listtile.js";
import { listView } from "./listview.js";
import { tabs } from "./tabs.js";
import { alertDialog } from "./alertdialog.js";
import { appBar } from "./appbar.js";
import { banner } from "./banner.js";
import { bottomAppBar } from "./bottomappbar.js";
import { bottomSheet } from "./bottomsheet.js";
import { datePicker } from "./datepicker.js";
import { destination } from "./destination.js";
import { navigationBar } from "./navigationbar.js";
import { navigationDrawer } from "./navigationdrawer.js";
import { navigationRail } from "./navigationrail.js";
import { snackBar } from "./snackbar.js";
import { timePicker } from "./timepicker.js";

export function registerBuiltinRenderers(): void {
  // Those made with `defineRenderer`, from the generated list (scripts/generate-controls.ts).
  registerDeclaredRenderers();
  registerRenderer("page", page);
  registerRenderer("user", user);
  registerLazyRenderer("iconbutton", () => import("./iconbutton.js").then((m) => m.iconButton));
  // Buttons, inputs and icons (issue 3).
  registerLazyRenderer("floatingactionbutton", () => import("./floatingactionbutton.js").then((m) => m.floatingActionButton));
  registerRenderer("radiogroup", radioGroup);
  registerLazyRenderer("rangeslider", () => import("./rangeslider.js").then((m) => m.rangeSlider));
  registerLazyRenderer("dropdown", () => import("./dropdown.js").then((m) => m.dropdown));
  registerRenderer("searchbar", searchBar);
  registerLazyRenderer("chip", () => import("./chip.js").then((m) => m.chip));
  registerRenderer("segmentedbutton", segmentedButton);
  // Layout and display (issue 3).
  registerRenderer("listview", listView);
  registerRenderer("gridview", gridView);
  registerRenderer("listtile", listTile);
  registerRenderer("expansiontile", expansionTile);
  registerRenderer("tabs", tabs);
  registerRenderer("datatable", dataTable);
  // Navigation, scaffold, overlays and gestures (issue 3).
  registerRenderer("appbar", appBar);
  registerRenderer("bottomappbar", bottomAppBar);
  registerRenderer("navigationbar", navigationBar);
  registerRenderer("navigationrail", navigationRail);
  registerRenderer("navigationdrawer", navigationDrawer);
  registerRenderer("navigationbardestination", destination);
  registerRenderer("navigationraildestination", destination);
  registerRenderer("navigationdrawerdestination", destination);
  registerRenderer("alertdialog", alertDialog);
  registerRenderer("bottomsheet", bottomSheet);
  registerRenderer("snackbar", snackBar);
  registerRenderer("banner", banner);
  registerRenderer("datepicker", datePicker);
  registerRenderer("timepicker", timePicker);
  registerLazyRenderer("popupmenubutton", () => import("./popupmenubutton.js").then((m) => m.popupMenuButton));
}
