/**
 * The page's side of navigation: the view stack (`page.views`) and how its top view shows,
 * `page.go`, and the automatic back button. `Page` keeps one and delegates to it, so page.ts only
 * wires names. The rules (docs/navigation.md):
 * - A page that never reads `views` shows its own controls, as always.
 * - Once read, `views` starts as one root view holding what the page showed; before each patch
 *   the top view's controls, bars and layout props become the page's.
 * - With more than one view, a top view's AppBar without a `leading` gets a back button that
 *   fires `page.onViewPop` with the top view (Flet's `automatically_imply_leading`).
 */
import { ControlError, ErrorCode } from "./errors.js";
import type { Control } from "./control.js";
import type { ControlEvent } from "./events.js";
import { IconButton } from "./controls/icon-button.js";
import { View } from "./controls/view.js";
import { normalizeRoute, routeOrHome } from "./navigation.js";
import type { Page } from "./page.js";

/** `page.onRouteChange`: `e.route` is the new route (also `page.route` by then). */
export interface RouteChangeEvent extends ControlEvent<Page, string> {
  readonly route: string;
}

/** `page.onViewPop`: `e.view` is the view the person asked to leave (the top one). */
export interface ViewPopEvent extends ControlEvent<Page, View> {
  readonly view: View;
}

/** Options of `page.go`. */
export interface GoOptions {
  /** Replace the current browser history entry instead of adding one (Back then skips it). Default false. */
  replace?: boolean;
}

/** Options of `page.launchUrl`. */
export interface LaunchUrlOptions {
  /** Open in a new tab (or window). Default false: the tab leaves the app for the URL. */
  newTab?: boolean;
}

/** What the page lets its navigation write (its protected prop writers). */
export interface PageWriter {
  setRoute(route: string, replace: boolean): void;
  show(view: View): void;
}


export class PageNavigation {
  #views: View[] | undefined;
  /** The back buttons this navigation put into app bars, to take out when no longer wanted. */
  readonly #autoBack = new WeakMap<Control, IconButton>();

  constructor(
    private readonly page: Page,
    private readonly writer: PageWriter,
  ) {}

  /** Whether the app has used `views` (until then the page shows its own controls). */
  get inUse(): boolean {
    return this.#views !== undefined;
  }

  /** The view stack, made on first use as one root view holding what the page shows now. */
  get views(): View[] {
    if (this.#views) return this.#views;
    const page = this.page;
    const root = new View(page.route, [...page.controls], {
      appbar: page.appbar,
      floatingActionButton: page.floatingActionButton,
      navigationBar: page.navigationBar,
      drawer: page.drawer,
    });
    this.#views = [root];
    return this.#views;
  }

  /** Changes the route (normalised; a bad one throws `route.bad-route`) and runs `onRouteChange`. */
  async go(route: string, options: GoOptions = {}): Promise<void> {
    const next = normalizeRoute(route);
    this.writer.setRoute(next, options.replace === true);
    const handler = this.page.onRouteChange;
    if (handler) await handler.call(this.page, this.#routeEvent(next));
    await this.page.update();
  }

  /** The event `onRouteChange` gets for `route`. */
  #routeEvent(route: string): RouteChangeEvent {
    return { control: this.page, name: "routeChange", data: route, page: this.page, route };
  }

  /** Whether `route` (from browser Back) is that of the view below the top: a pop rather than a route change. */
  popsTo(route: string): boolean {
    const views = this.#views;
    return views !== undefined && views.length > 1 && routeOrHome(views.at(-2)?.route, "") === route;
  }

  /** Runs `onViewPop` for the top view (the back button), if there is more than one view. */
  async popTop(): Promise<void> {
    const views = this.#views;
    const view = views?.at(-1);
    if (!views || !view || views.length < 2) return;
    const handler = this.page.onViewPop;
    if (handler) await handler.call(this.page, { control: this.page, name: "viewPop", data: view, page: this.page, view });
  }

  /** Before each patch: the top view's controls and bars become the page's. */
  showTopView(): void {
    const views = this.#views;
    if (!views) return;
    const top = views.at(-1);
    if (!top) return;
    if (!(top instanceof View)) throw new ControlError(ErrorCode.badValue, "page.views holds View objects only");
    this.#placeBackButton(top, views.length > 1);
    this.writer.show(top);
  }

  #placeBackButton(view: View, wanted: boolean): void {
    const bar = view.appbar;
    if (!bar) return;
    const mine = this.#autoBack.get(bar);
    if (wanted && bar.leading === undefined) {
      let button = mine;
      if (!button) {
        button = new IconButton("arrow_back", { tooltip: "Back" });
        button.onClick = () => this.popTop();
      }
      this.#autoBack.set(bar, button);
      bar.leading = button;
    } else if (!wanted && mine && bar.leading === mine) {
      bar.leading = undefined;
    }
  }
}


