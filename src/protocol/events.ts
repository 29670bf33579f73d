/**
 * Event names, as the client sends them and the controls declare them. A control listens for
 * `click` through its `onClick` prop, which travels as `true` while someone on the server listens.
 */
export const EventName = {
  click: "click",
  /** A FilePicker's files were picked (or the choice cancelled: `null`). */
  result: "result",
  /** A FilePicker's upload progressed, finished or failed, for one file. */
  upload: "upload",
  change: "change",
  submit: "submit",
  focus: "focus",
  blur: "blur",
  resize: "resize",
  /** The page's route changed in the browser (Back, Forward, a changed hash, a route link); `data` is the route. */
  routeChange: "routeChange",
  /** A slider's drag (or key press) began; `change` follows while it moves. */
  changeStart: "changeStart",
  /** A slider's drag (or key press) ended; `e.data` is the final value. */
  changeEnd: "changeEnd",
  /** A selectable chip was toggled; `e.data` is its new `selected`. */
  select: "select",
  /** An overlay (dialog, sheet, snack bar, banner, picker, drawer) was closed by the person. */
  dismiss: "dismiss",
  /** A snack bar's action button was pressed. */
  action: "action",
  tap: "tap",
  /** The pointer went down on a gesture detector or a canvas (before any tap, long press or pan). */
  tapDown: "tapDown",
  doubleTap: "doubleTap",
  longPress: "longPress",
  /** The pointer entered or left a gesture detector. */
  hover: "hover",
  panStart: "panStart",
  panUpdate: "panUpdate",
  panEnd: "panEnd",
  /** A DataColumn's header was activated to sort by it. */
  sort: "sort",
  /** A DataRow's selection was toggled. */
  selectChanged: "selectChanged",
  /** A DataTable's select-all box was toggled. */
  selectAll: "selectAll",
  /** A link in a Markdown was followed. */
  tapLink: "tapLink",
  /** A chart was tapped or hovered (or the pointer left it); `data` names the point, bar or section. */
  chartEvent: "chartEvent",
} as const;
export type EventName = (typeof EventName)[keyof typeof EventName];

/**
 * Steps of a slider without `divisions`: fine enough to look continuous, coarse enough for the
 * arrow keys. The browser's slider moves in them, and the server puts a value it is sent on one.
 */
export const CONTINUOUS_SLIDER_STEPS = 100;

/** `click` → `onClick`: the prop that is `true` while someone on the server listens. */
export function handlerProp(event: string): string {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}`;
}
