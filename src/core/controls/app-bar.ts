/**
 * `AppBar`: the M3 top app bar, usually set as `page.appbar`: a leading control (a menu or back
 * button), a title (a heading, level 1) and action buttons at the end. It stays at the top while
 * the page scrolls.
 *
 * ```ts
 * page.appbar = new AppBar({
 *   leading: new IconButton("menu", { tooltip: "Menu", onClick: () => page.open(drawer) }),
 *   title: "Inbox",
 *   actions: [new IconButton("search", { tooltip: "Search" })],
 * });
 * ```
 */
import { Control, type ControlOptions } from "../control.js";
import { defineControl } from "../control-spec.js";
import { toControl, type TextOrControl } from "./text-content.js";

export interface AppBarOptions extends ControlOptions {
  /** A control at the start, usually an `IconButton` (menu, back). Default none. */
  leading?: Control;
  /** The title, a level-1 heading; a string becomes a `Text`. Default none. */
  title?: TextOrControl;
  /** Controls at the end, usually `IconButton`s or a `PopupMenuButton`. Default none. */
  actions?: Control[];
  /** Center the title. Default false (start-aligned, after the leading control). */
  centerTitle?: boolean;
  /** The bar's background colour. Default: the theme's surface. */
  bgcolor?: string;
  /** The colour of the title and icons. Default: the theme's on-surface. */
  color?: string;
  /** The bar's height in CSS pixels. Default 56, Flutter's (and so Flet's) toolbar height. */
  toolbarHeight?: number;
}

export class AppBar extends Control {
  /** A control at the start, usually an `IconButton` (menu, back). Default none. */
  declare leading: Control | undefined;
  /** Controls at the end, usually `IconButton`s or a `PopupMenuButton`. Default none. */
  declare actions: Control[];
  /** Center the title. Default false (start-aligned, after the leading control). */
  declare centerTitle: boolean;
  /** The bar's background colour. Default: the theme's surface. */
  declare bgcolor: string | undefined;
  /** The colour of the title and icons. Default: the theme's on-surface. */
  declare color: string | undefined;
  /** The bar's height in CSS pixels. Default 56, Flutter's (and so Flet's) toolbar height. */
  declare toolbarHeight: number | undefined;

  constructor(options: AppBarOptions = {}) {
    super();
    const { title, ...rest } = options;
    this.title = title;
    this.applyOptions(rest);
  }

  /** The title, a level-1 heading; a string becomes a `Text`. Default none. */
  get title(): Control | undefined {
    return this.getSlot("title") as Control | undefined;
  }
  set title(value: TextOrControl | undefined) {
    this.setSlot("title", toControl(value, "AppBar.title"));
  }
}
defineControl(AppBar, {
  type: "appbar",
  props: { centerTitle: false, bgcolor: undefined, color: undefined, toolbarHeight: undefined },
  slots: { leading: "single", actions: "list" },
  innerSlots: { title: "single" },
});
