/**
 * `SegmentedButton`: a row of `Segment`s to pick one option (or several, with
 * `allowMultipleSelection`). `selected` holds the chosen segments' values and follows the person
 * before any handler runs.
 */
import { EventName } from "../../protocol/index.js";
import { children, control, on, prop, type OptionsFor } from "../declare-control.js";
import { Segment } from "./segment.js";

export type SegmentedButtonOptions = OptionsFor<typeof SegmentedButton, "segments">;

/** The default selection, frozen: it is shared by every SegmentedButton. */
const NONE: readonly string[] = Object.freeze([]);

export class SegmentedButton extends control(
  "segmentedbutton",
  {
    /** The segments, in order. */
    segments: children<Segment>(),
    /** The values of the selected segments (Flet's set, as an array); assign a new array to change it. Default []. */
    selected: prop(NONE as string[]),
    /** Let the person select several segments. Default false. */
    allowMultipleSelection: prop(false),
    /** Let the person clear the last selected segment. Default false. */
    allowEmptySelection: prop(false),
    /** Show a check mark on selected segments (it replaces their icon). Default true. */
    showSelectedIcon: prop(true),
    /** The icon of selected segments. Default "check". */
    selectedIcon: prop("check"),
    /** Runs when the person changes the selection; `e.data` is the new `selected`. */
    onChange: on<string[]>(),
  },
  undefined,
  { clientProps: ["selected"] },
) {
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
