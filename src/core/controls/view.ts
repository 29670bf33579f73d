/**
 * `View`: one screen of `page.views` (Flet's `View`), with its route, its controls and its own
 * bars. The top view of `page.views` is what the page shows; the others wait below it, as the
 * screens Back returns to. A View is not a control itself: the page shows its controls and bars.
 *
 * ```ts
 * page.views.push(new View("/store", [new Text("Store")], { appbar: new AppBar({ title: "Store" }) }));
 * await page.update();
 * ```
 */
import type { Control } from "../control.js";
import type { CrossAxisAlignment, MainAxisAlignment } from "../page.js";
import type { AppBar } from "./app-bar.js";
import type { ScrollMode } from "./flex.js";
import type { NavigationBar } from "./navigation-bar.js";
import type { NavigationDrawer } from "./navigation-drawer.js";
import { checkPropValue } from "../prop-values.js";

export interface ViewOptions {
  /** The bar across the top; with views below this one it gets a back button by itself. */
  appbar?: AppBar | undefined;
  /** A button floating at the bottom right. */
  floatingActionButton?: Control | undefined;
  /** The bar of destinations along the bottom. */
  navigationBar?: NavigationBar | undefined;
  /** The modal side sheet of destinations. */
  drawer?: NavigationDrawer | undefined;
  /** Space around the view's controls, in pixels. Default: the page's default, 10. */
  padding?: number | undefined;
  /** Background colour of the view. */
  bgcolor?: string | undefined;
  /** Whether the view scrolls when its controls are taller than the window. */
  scroll?: ScrollMode | undefined;
  /** Horizontal alignment of the view's controls. Default "start". */
  horizontalAlignment?: CrossAxisAlignment | undefined;
  /** Vertical alignment of the view's controls. Default "start". */
  verticalAlignment?: MainAxisAlignment | undefined;
}

export class View implements ViewOptions {
  /** The route this view stands for, e.g. `"/store"`; Back to this view goes to it. */
  route: string;
  /** The view's controls, top to bottom. */
  controls: Control[];
  appbar: AppBar | undefined;
  floatingActionButton: Control | undefined;
  navigationBar: NavigationBar | undefined;
  drawer: NavigationDrawer | undefined;
  padding: number | undefined;
  bgcolor: string | undefined;
  scroll: ScrollMode | undefined;
  horizontalAlignment: CrossAxisAlignment | undefined;
  verticalAlignment: MainAxisAlignment | undefined;

  constructor(route = "/", controls: Control[] = [], options: ViewOptions = {}) {
    for (const name of ["horizontalAlignment", "verticalAlignment", "scroll"] as const) checkPropValue(this, name, options[name], true);
    this.route = route;
    this.controls = controls;
    this.appbar = options.appbar;
    this.floatingActionButton = options.floatingActionButton;
    this.navigationBar = options.navigationBar;
    this.drawer = options.drawer;
    this.padding = options.padding;
    this.bgcolor = options.bgcolor;
    this.scroll = options.scroll;
    this.horizontalAlignment = options.horizontalAlignment;
    this.verticalAlignment = options.verticalAlignment;
  }
}
