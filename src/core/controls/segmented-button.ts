/**
 * `SegmentedButton`: a row of `Segment`s to pick one option (or several, with
 * `allowMultipleSelection`). `selected` holds the chosen segments' values and follows the person
 * before any handler runs.
 */
import { EventName } from "../../protocol/index.js";
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import type { ControlEvent, Handler } from "../events.js";
import { Segment } from "./segment.js";

export type SegmentedButtonOptions = OptionsOf<
  SegmentedButton,
  "selected" | "allowMultipleSelection" | "allowEmptySelection" | "showSelectedIcon" | "selectedIcon" | "onChange"
>;

/** The default selection, frozen: it is shared by every SegmentedButton. */
const NONE: readonly string[] = Object.freeze([]);

export class SegmentedButton extends Control {
  /** The segments, in order. */
  declare segments: Segment[];
  /** The values of the selected segments (Flet's set, as an array); assign a new array to change it. Default []. */
  declare selected: string[];
  /** Let the person select several segments. Default false. */
  declare allowMultipleSelection: boolean;
  /** Let the person clear the last selected segment. Default false. */
  declare allowEmptySelection: boolean;
  /** Show a check mark on selected segments (it replaces their icon). Default true. */
  declare showSelectedIcon: boolean;
  /** The icon of selected segments. Default "check". */
  declare selectedIcon: string;
  /** Runs when the person changes the selection; `e.data` is the new `selected`. */
  declare onChange: Handler<ControlEvent<SegmentedButton, string[]>> | undefined;

  /** `new SegmentedButton([new Segment("day", { label: "Day" }), …], { selected: ["day"], onChange })` */
  constructor(segments?: Segment[], options?: SegmentedButtonOptions) {
    super();
    if (segments) this.segments = segments;
    this.applyOptions(options);
  }

  /** Keeps `selected` in step with the browser; refuses values that are not its segments' or break its rules. */
  override acceptEvent(name: string, data: unknown): boolean {
    if (name !== EventName.change) return true;
    if (!Array.isArray(data) || !data.every((value) => typeof value === "string")) return false;
    const values = new Set(this.segments.filter((s) => s instanceof Segment && !s.disabled).map((s) => s.value));
    const chosen = data as string[];
    if (new Set(chosen).size !== chosen.length || !chosen.every((value) => values.has(value))) return false;
    if (chosen.length > 1 && !this.allowMultipleSelection) return false;
    if (chosen.length === 0 && !this.allowEmptySelection) return false;
    this.syncProp("selected", chosen);
    return true;
  }
}
defineControl(SegmentedButton, {
  type: "segmentedbutton",
  props: { selected: NONE, allowMultipleSelection: false, allowEmptySelection: false, showSelectedIcon: true, selectedIcon: "check" },
  events: [EventName.change],
  clientProps: ["selected"],
  slots: { segments: "list" },
});
