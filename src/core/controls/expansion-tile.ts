/**
 * `ExpansionTile`: a list tile that opens to show more controls below it. Its header is a real
 * button with `aria-expanded`; the controls sit in a region named by the header. `expanded`
 * follows the person's clicks before any handler runs, and setting it opens or closes the tile.
 */
import { EventName } from "../../protocol/index.js";
import type { Control } from "../control.js";
import { children, control, on, prop, type OptionsFor } from "../declare-control.js";
import type { Spacing } from "../layout-values.js";
import { keywordForm, type WithMain } from "../keyword-form.js";
import { toControl, type TextOrControl } from "./text-content.js";

export type ExpansionTileOptions = OptionsFor<typeof ExpansionTile, "controls"> & {
  /** The header's main line, also the region's name; a string becomes a `Text`. */
  title?: TextOrControl;
  /** A line under the title; a string becomes a `Text`. Default none. */
  subtitle?: TextOrControl;
  /** Shown before the title. Default none. */
  leading?: Control;
  /** Shown in place of the expand arrow. Default: the arrow. */
  trailing?: Control;
  /** Open at first (Flet's name; the same as `expanded`). */
  initiallyExpanded?: boolean;
};

/** `new ExpansionTile([new Text("Hidden detail")], { title: "More", initiallyExpanded: false, onChange })` */
export class ExpansionTile extends control(
  "expansiontile",
  {
    /** The controls shown while the tile is open. Mutate freely, then update. */
    controls: children(),
    /** Open (true) or closed (false); kept in step with the person's clicks. Default false. */
    expanded: prop(false),
    /** Space around the controls shown when open. Default 0. */
    controlsPadding: prop<Spacing>(),
    /** Runs when the person opens or closes the tile; `e.data` is the new `expanded`. */
    onChange: on<boolean>(),
  },
  undefined,
  { clientProps: ["expanded"], innerSlots: { title: "single", subtitle: "single", leading: "single", trailing: "single" } },
) {
  /** `new ExpansionTile(controls, options)`. Also Flet's keyword form, with the main value by name: `new ExpansionTile({ controls: …, ...options })`. */
  constructor(controls?: Control[] | WithMain<ExpansionTileOptions, "controls", Control[]>, options?: ExpansionTileOptions) {
    super();
    const [children, named] = keywordForm(controls, options, this, "controls");
    if (children) this.controls = children;
    const { title, subtitle, leading, trailing, initiallyExpanded, ...rest } = named ?? {};
    this.title = title;
    this.subtitle = subtitle;
    this.leading = leading;
    this.trailing = trailing;
    if (initiallyExpanded !== undefined) this.expanded = initiallyExpanded;
    this.applyOptions(rest);
  }

  /** Flet's name for the state the tile opens in; reads and sets `expanded`. */
  get initiallyExpanded(): boolean {
    return this.expanded;
  }
  set initiallyExpanded(value: boolean) {
    this.expanded = value;
  }

  /** The header's main line, also the region's name; a string becomes a `Text`. */
  get title(): Control | undefined {
    return this.getSlot("title") as Control | undefined;
  }
  set title(value: TextOrControl | undefined) {
    this.setSlot("title", toControl(value, "ExpansionTile.title"));
  }

  /** A line under the title; a string becomes a `Text`. Default none. */
  get subtitle(): Control | undefined {
    return this.getSlot("subtitle") as Control | undefined;
  }
  set subtitle(value: TextOrControl | undefined) {
    this.setSlot("subtitle", toControl(value, "ExpansionTile.subtitle"));
  }

  /** Shown before the title. Default none. */
  get leading(): Control | undefined {
    return this.getSlot("leading") as Control | undefined;
  }
  set leading(value: Control | undefined) {
    this.setSlot("leading", toControl(value, "ExpansionTile.leading"));
  }

  /** Shown in place of the expand arrow. Default: the arrow. */
  get trailing(): Control | undefined {
    return this.getSlot("trailing") as Control | undefined;
  }
  set trailing(value: Control | undefined) {
    this.setSlot("trailing", toControl(value, "ExpansionTile.trailing"));
  }

  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return true;
    if (typeof data !== "boolean") return false;
    this.syncProp("expanded", data);
    return true;
  }
}
