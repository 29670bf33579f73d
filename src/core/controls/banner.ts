/**
 * `Banner`: a prominent message across the top of the page with actions, shown until the
 * person acts on it or the app closes it. Show it with `page.open(banner)`; Escape inside it
 * dismisses it.
 *
 * ```ts
 * const banner = new Banner("You are offline.", { leading: new Icon("wifi_off"), actions: [new TextButton("Retry", { onClick })] });
 * ```
 *
 * Its background (the common `bgcolor`) is by default the theme's surface-container-low.
 */
import { child, children, control, on, prop, type OptionsFor } from "../declare-control.js";
import { BLOCKS_PAGE, OverlayBase, type DismissReason, type OverlayOptions } from "./overlay-base.js";
import { withTextContent, type TextOrControl } from "./text-content.js";
import type { WithMain } from "../keyword-form.js";

export type BannerOptions = OptionsFor<typeof Banner> & OverlayOptions;

export class Banner extends control(
  "banner",
  {
    /** A control before the message, usually an icon. Default none. */
    leading: child(),
    /** Buttons after the message, usually `TextButton`s. Default none. */
    actions: children(),
    /**
     * Runs when the person closes the banner in the browser (not when the app calls `page.close`);
     * `e.data` says how: `"escape"`.
     */
    onDismiss: on<DismissReason>(),
  },
  withTextContent(OverlayBase, "Banner"),
  { innerSlots: { content: "single" } },
) {
  /** `new Banner(content, options)`. Also Flet's keyword form, with the main value by name: `new Banner({ content: …, ...options })`. */
  constructor(content?: TextOrControl | WithMain<BannerOptions, "content", TextOrControl>, options?: BannerOptions) {
    super(content, options);
  }


  /** A message across the top: the page stays usable. */
  override get [BLOCKS_PAGE](): boolean {
    return false;
  }

  /** Only Escape inside it closes it (its actions are the app's buttons). */
  protected override dismissibleBy(reason: DismissReason): boolean {
    return reason === "escape";
  }
}
