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
  /** A paginated DataTable's page (or rows per page) was changed by the person. */
  pageChange: "pageChange",
  /** A virtual DataTable was scrolled to rows it does not hold; `data` is the window it asks for. */
  rowWindow: "rowWindow",
  /** A link in a Markdown was followed. */
  tapLink: "tapLink",
  /** A chart was tapped or hovered (or the pointer left it); `data` names the point, bar or section. */
  chartEvent: "chartEvent",
  /** A CodeBlock's copy button copied its code. */
  copy: "copy",
  /** An Audio or Video has loaded enough of its media to know its length. */
  loaded: "loaded",
  /** An Audio's or Video's length became known or changed; `data` is it in milliseconds. */
  durationChanged: "durationChanged",
  /** An Audio or Video played on; `data` is the position in milliseconds (about four a second). */
  positionChanged: "positionChanged",
  /** An Audio or Video started, paused, stopped or finished: `"playing"`, `"paused"`, `"stopped"` or `"completed"`. */
  stateChanged: "stateChanged",
  /** A seek of an Audio or Video finished; `data` is the new position in milliseconds. */
  seekComplete: "seekComplete",
  /** A Video's track played to its end; `data` is the track's index in the playlist. */
  completed: "completed",
  /** A Video moved to another track of its playlist; `data` is the new index. */
  trackChanged: "trackChanged",
  /** An Audio's or Video's media could not load or play (`onError`); `data` says why. */
  error: "error",
} as const;

/**
 * Events a media element sends as it plays, not because a person acted: they pass an open modal
 * dialog (an Audio keeps reporting its position while a dialog is up).
 */
export const MEDIA_EVENTS: ReadonlySet<string> = new Set<string>([
  EventName.loaded, EventName.durationChanged, EventName.positionChanged, EventName.stateChanged,
  EventName.seekComplete, EventName.completed, EventName.trackChanged, EventName.error,
]);
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
