/**
 * `Page`: the root control of one browser tab's session. It holds the tab's controls and the
 * session-level API: `add`, `insert`, `remove`, `removeAt`, `clean`, `update`, `runTask`, the
 * viewport size, and the session's lifecycle and error handlers. Every method that sends returns
 * a promise; calling one without `await` is allowed and keeps order.
 */
import { EventName, type ThemeMode } from "../protocol/index.js";
import type { Control } from "./control.js";
import { PageServices } from "./page-services.js";
import { defineControl, specOfClass } from "./control-spec.js";
import { PAGE_OLDER_API } from "./page-older-api.js";
import { defineViewportSize } from "./page-size.js";
import { guardPythonNames } from "./python-names.js";
import { ControlError, ErrorCode } from "./errors.js";
import type { ControlEvent, ErrorEvent, Handler, PageEvent, ResizeEvent } from "./events.js";
import type { AppBar } from "./controls/app-bar.js";
import type { BottomAppBar } from "./controls/bottom-app-bar.js";
import type { ScrollMode } from "./controls/flex.js";
import type { NavigationBar } from "./controls/navigation-bar.js";
import type { NavigationDrawer } from "./controls/navigation-drawer.js";
import type { OverlayBase } from "./controls/overlay-base.js";
import { closeOverlay, openOverlay } from "./overlays.js";
import { launchableUrl } from "./navigation.js";
import { PageNavigation, type GoOptions, type LaunchUrlOptions, type PageWriter, type RouteChangeEvent, type ViewPopEvent } from "./page-navigation.js";
import { parseQuery, routeOrHome } from "./navigation.js";
import type { View } from "./controls/view.js";
import type { Session } from "./session.js";
import { themeToWire, type Theme } from "./theme.js";

/** Alignment along a row or column's main axis. */
export type MainAxisAlignment = "start" | "center" | "end" | "spaceBetween" | "spaceAround" | "spaceEvenly";
/** Alignment across a row or column. */
export type CrossAxisAlignment = "start" | "center" | "end" | "stretch" | "baseline";

function isSize(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1e6;
}

export class Page extends PageServices {
  /** The browser tab's title. Default "Weft". */
  declare title: string;
  /** The current route, e.g. `"/"` or `"/items/3?color=red"`: path plus query, always starting with `/`. */
  declare route: string;
  /** The page's meta description (what a shared link or a crawler shows). Default "". */
  declare description: string;
  /** Runs when the route changes: `page.go`, browser Back/Forward, a changed hash. `e.route` is the new route. */
  declare onRouteChange: Handler<RouteChangeEvent> | undefined;
  /** Background colour of the page. */
  declare bgcolor: string | undefined;
  /** The browser viewport's width in CSS pixels (Flet's `page.width`), as `windowWidth`; read only; undefined until the client reports it. */
  declare readonly width: number | undefined;
  /** The browser viewport's height in CSS pixels (Flet's `page.height`), as `windowHeight`; read only; undefined until the client reports it. */
  declare readonly height: number | undefined;
  /** Space around the page's controls, in pixels. Default 10, as in Flet. */
  declare padding: number;
  /** Space between the page's controls, in pixels. Default 10. */
  declare spacing: number;
  /** Vertical alignment of the page's controls. Default "start". */
  declare verticalAlignment: MainAxisAlignment;
  /** Horizontal alignment of the page's controls. Default "start". */
  declare horizontalAlignment: CrossAxisAlignment;
  /**
   * Whether the page scrolls when its controls are taller (or wider) than the window: "auto"
   * shows a scroll bar only then, "always" always, "hidden" scrolls only by code and wheel.
   * Default: as "auto". The page is as tall as the window either way, so `expand` controls
   * share the height the others leave.
   */
  declare scroll: ScrollMode | undefined;
  /** The page's controls, top to bottom. Mutate freely, then `await page.update()`. */
  declare controls: Control[];
  /** The bar across the top, which stays while the page scrolls. Default none. */
  declare appbar: AppBar | undefined;
  /** The bar of destinations along the bottom. Default none. */
  declare navigationBar: NavigationBar | undefined;
  /** A bar of actions along the bottom (below any navigation bar). Default none. */
  declare bottomAppBar: BottomAppBar | undefined;
  /** A button floating at the bottom right, above the bottom bars. Default none. */
  declare floatingActionButton: Control | undefined;
  /** The modal side sheet of destinations; show it with `page.open(page.drawer)`. Default none. */
  declare drawer: NavigationDrawer | undefined;
  /** Dialogs, sheets, snack bars, banners and pickers; `page.open` and `page.close` manage it. */
  declare overlay: Control[];
  /** Runs when the browser viewport changes size (debounced by the client). */
  declare onResize: Handler<ResizeEvent> | undefined;
  /** Which theme shows: `"light"`, `"dark"`, or `"system"` to follow the browser. Default "system". */
  declare themeMode: ThemeMode;

  /** Runs when a handler, task, hook or `main` throws. `e.data` is the message. */
  onError: Handler<ErrorEvent> | undefined = undefined;
  /** Runs when the tab's connection comes back after a drop. */
  onConnect: Handler<PageEvent> | undefined = undefined;
  /** Runs when the tab's connection drops. */
  onDisconnect: Handler<PageEvent> | undefined = undefined;
  /** Runs when the session ends: every task's signal has been aborted. */
  onClose: Handler<PageEvent> | undefined = undefined;
  /**
   * Runs when this process drains and the tab is about to move to another one (docs/deploy.md):
   * put what the next process's `main` needs into `page.session` (JSON values only, 32 KiB in
   * all); it reads them back from `page.restored`. Sync or async; it gets 3 seconds.
   */
  onMove: Handler<PageEvent> | undefined = undefined;

  /** Runs when the top view's automatic back button is pressed; `e.view` is the top view. Pop it and `page.go` as in Flet. */
  onViewPop: Handler<ViewPopEvent> | undefined = undefined;

  #nav = new PageNavigation(this, this.#writer());
  /** Whether the `routeChange` being handled is browser Back to the view below the top. */
  #popping = false;

  #writer(): PageWriter {
    const page = this;
    return {
      setRoute(route, replace) {
        page.setProp("historyMode", replace ? "replace" : "push");
        page.setProp("route", route);
      },
      show(view) {
        page.showView(view);
      },
    };
  }

  /** Shows `view` as the page (the top of `views`, before each patch). */
  protected showView(view: View): void {
    this.controls = view.controls;
    this.appbar = view.appbar;
    this.floatingActionButton = view.floatingActionButton;
    this.navigationBar = view.navigationBar;
    this.drawer = view.drawer;
    this.padding = view.padding ?? 10;
    this.bgcolor = view.bgcolor;
    this.scroll = view.scroll;
    this.horizontalAlignment = view.horizontalAlignment ?? "start";
    this.verticalAlignment = view.verticalAlignment ?? "start";
  }
  #theme: Theme | undefined;
  #darkTheme: Theme | undefined;
  #width: number | undefined;
  #height: number | undefined;

  /**
   * Who the tab's user is, as the embedding host's `authenticate(req)` said (embedding.md);
   * undefined when the app has no `authenticate` option.
   */
  user: unknown = undefined;

  /** Pages are made by the runtime, one per session; apps receive theirs in `main(page)`. */
  constructor(session: Session, viewport: { width?: number | undefined; height?: number | undefined; route: string }) {
    super(session);
    this.#width = viewport.width;
    this.#height = viewport.height;
    this.syncProp("route", routeOrHome(viewport.route));
  }

  /**
   * The theme in light mode (and in dark mode too, in its dark brightness, unless `darkTheme` is
   * set). Default: none, Material 3's baseline colours. Assigning re-themes the live page.
   */
  get theme(): Theme | undefined {
    return this.#theme;
  }
  set theme(value: Theme | undefined) {
    this.setProp("theme", themeToWire(value, "theme"));
    this.#theme = value;
  }

  /** The theme in dark mode. Default: `theme` in its dark brightness. */
  get darkTheme(): Theme | undefined {
    return this.#darkTheme;
  }
  set darkTheme(value: Theme | undefined) {
    this.setProp("darkTheme", themeToWire(value, "darkTheme"));
    this.#darkTheme = value;
  }


  /**
   * The browser viewport's width in CSS pixels. Undefined while the server renders the page's first
   * paint (it does not know the window): the client reports it once it is live, and `onResize`
   * runs then (docs/first-paint.md). Layout that depends on the width belongs in `ResponsiveRow`
   * and breakpoints, which are CSS and so right from the first paint.
   */
  get windowWidth(): number | undefined {
    return this.#width;
  }

  /** The browser viewport's height in CSS pixels; undefined until the client reports it, as `windowWidth`. */
  get windowHeight(): number | undefined {
    return this.#height;
  }

  /**
   * The view stack (Flet's `page.views`): the top view is what shows. Untouched, the page shows its
   * own controls; first read, it holds one root view with them. Change it, then `page.update()`.
   */
  get views(): View[] {
    return this.#nav.views;
  }

  /** The current route's query, parsed: `/search?q=tea` → `{ q: "tea" }`. */
  get queryParams(): Record<string, string> {
    return parseQuery(this.route);
  }

  /**
   * Goes to `route`: sets `route` (normalised; an outside URL throws `route.bad-route`), adds a
   * history entry (or, with `{ replace: true }`, replaces the current one), runs `onRouteChange`.
   */
  go(route: string, options?: GoOptions): Promise<void> {
    return this.#nav.go(route, options);
  }

  /** Opens an http, https or mailto URL (else throws `route.bad-url`), here or with `{ newTab: true }` in a new tab. */
  async launchUrl(url: string, options: LaunchUrlOptions = {}): Promise<void> {
    await this.callInBrowser("launchUrl", [launchableUrl(url), options.newTab === true]);
  }

  override beforeUpdate(): void {
    this.#nav.showTopView();
  }

  /** Appends controls and sends the change. */
  add(...controls: Control[]): Promise<void> {
    this.spliceSlot("controls", this.controls.length, controls);
    return this.update();
  }

  /** Inserts controls at `index` and sends the change. */
  insert(index: number, ...controls: Control[]): Promise<void> {
    this.spliceSlot("controls", index, controls);
    return this.update();
  }

  /** Removes controls and sends the change; removing one that is not there is an error. */
  remove(...controls: Control[]): Promise<void> {
    for (const control of controls) {
      const at = this.controls.indexOf(control);
      if (at < 0) throw new ControlError(ErrorCode.notMounted, `${control.constructor.name} is not among the page's controls`);
      this.controls.splice(at, 1);
    }
    return this.update();
  }

  /** Removes the control at `index` and sends the change. */
  removeAt(index: number): Promise<void> {
    if (!Number.isInteger(index) || index < 0 || index >= this.controls.length) {
      throw new ControlError(ErrorCode.badValue, `removeAt(${index}): the page has ${this.controls.length} controls`);
    }
    this.controls.splice(index, 1);
    return this.update();
  }

  /** Removes every control and sends the change. */
  clean(): Promise<void> {
    this.controls.length = 0;
    return this.update();
  }

  /**
   * Shows an overlay (AlertDialog, BottomSheet, SnackBar, Banner, DatePicker, TimePicker) by
   * adding it to `overlay` with `open: true`, or a NavigationDrawer as `page.drawer`; sends the change.
   */
  open(control: OverlayBase): Promise<void> {
    openOverlay(this, control);
    return this.update();
  }

  /**
   * Hides an overlay (`open: false`; one that `open` added leaves `overlay`) and sends the change.
   * `onDismiss` does not run: it is for the person closing it.
   */
  close(control: OverlayBase): Promise<void> {
    closeOverlay(this, control);
    return this.update();
  }


  override acceptEvent(name: string, data: unknown): boolean {
    if (name === EventName.routeChange) {
      if (typeof data !== "string") return false;
      const route = routeOrHome(data);
      this.#popping = this.onViewPop !== undefined && this.#nav.popsTo(route);
      this.syncProp("route", route);
      return true;
    }
    if (name !== EventName.resize) return true;
    const size = data as { width?: unknown; height?: unknown } | null;
    if (typeof size !== "object" || size === null || !isSize(size.width) || !isSize(size.height)) return false;
    this.#width = size.width;
    this.#height = size.height;
    return true;
  }

  /** Browser Back to the view below the top runs `onViewPop` (as the back button does), not `onRouteChange`. */
  override handlerFor(name: string): Handler<ControlEvent> | undefined {
    if (name === EventName.routeChange && this.#popping) return () => this.#nav.popTop();
    return super.handlerFor(name);
  }

  override createEvent(name: string, data: unknown, page: Page): ResizeEvent | RouteChangeEvent {
    if (name === EventName.routeChange) return { control: this, name, data: this.route, page, route: this.route };
    return { control: this, name, data: data as ResizeEvent["data"], page, width: this.#width!, height: this.#height! };
  }
}
defineControl(Page, {
  type: "page",
  props: {
    title: "Weft",
    route: "/",
    historyMode: "push",
    description: "",
    bgcolor: undefined,
    padding: 10,
    spacing: 10,
    verticalAlignment: "start",
    horizontalAlignment: "start",
    scroll: undefined,
    themeMode: "system",
  },
  events: [EventName.resize, EventName.routeChange],
  slots: {
    controls: "list",
    appbar: "single",
    navigationBar: "single",
    bottomAppBar: "single",
    floatingActionButton: "single",
    drawer: "single",
    overlay: "list",
  },
});

defineViewportSize(Page.prototype);
// Python twins of the page's names, and Flet's older API (`page.dialog`, `page.update_async`), with what to write.
guardPythonNames(
  Page.prototype,
  [...Object.getOwnPropertyNames(Page.prototype), ...Object.getOwnPropertyNames(PageServices.prototype), ...specOfClass(Page).optionNames, "onError", "onConnect", "onDisconnect", "onClose", "onViewPop"],
  PAGE_OLDER_API,
  "page",
);
