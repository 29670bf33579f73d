/**
 * `Banner`: a prominent message across the top of the page with actions, shown until the
 * person acts on it or the app closes it. Show it with `page.open(banner)`; Escape inside it
 * dismisses it.
 *
 * ```ts
 * const banner = new Banner("You are offline.", { leading: new Icon("wifi_off"), actions: [new TextButton("Retry", { onClick })] });
 * ```
 */
import type { Control, ControlOptions } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { BLOCKS_PAGE, OverlayBase, type DismissReason } from "./overlay-base.js";
import { toControl, type TextOrControl } from "./text-content.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

export interface BannerOptions extends ControlOptions {
  leading?: Control;
  actions?: Control[];
  bgcolor?: string;
  open?: boolean;
  onDismiss?: Banner["onDismiss"];
}

export class Banner extends OverlayBase {
  /** A control before the message, usually an icon. Default none. */
  declare leading: Control | undefined;
  /** Buttons after the message, usually `TextButton`s. Default none. */
  declare actions: Control[];
  /** The background colour. Default: the theme's surface-container-low. */
  declare bgcolor: string | undefined;
  /**
   * Runs when the person closes the banner in the browser (not when the app calls `page.close`);
   * `e.data` says how: `"escape"`.
   */
  declare onDismiss: Handler<ControlEvent<Banner, DismissReason>> | undefined;

  /** `new Banner(content, options)`. Also Flet's keyword form, with the main value by name: `new Banner({ content: …, ...options })`. */
  constructor(content?: TextOrControl | WithMain<BannerOptions, "content", TextOrControl>, options?: BannerOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    this.content = main;
    this.applyOptions(rest);
  }

  /** The message; a string becomes a `Text`. */
  get content(): Control | undefined {
    return this.getSlot("content") as Control | undefined;
  }
  set content(value: TextOrControl | undefined) {
    this.setSlot("content", toControl(value, "Banner.content"));
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
defineControl(Banner, {
  type: "banner",
  props: { bgcolor: undefined },
  slots: { leading: "single", actions: "list" },
  innerSlots: { content: "single" },
});
