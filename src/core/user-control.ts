/**
 * `UserControl`: a reusable control made of other controls. `build()` runs once, when the control
 * is first added to a page; `didMount()` runs once it is on the client, `willUnmount()` before it
 * leaves (also when an ancestor several levels up is removed, or the session ends). Either hook
 * may be async. Order: `didMount` children before parents, `willUnmount` parents before children.
 *
 * ```ts
 * class Greeting extends UserControl {
 *   build() { return new Text("Hello"); }
 * }
 * ```
 */
import type { Control, ControlOptions } from "./control.js";
import { control } from "./declare-control.js";

const built = new WeakSet<UserControl>();

export abstract class UserControl extends control("user", {}, undefined, { innerSlots: { content: "list" } }) {
  /** What this control shows: one control, or several (laid out as a column). */
  abstract build(): Control | Control[];

  constructor(options?: ControlOptions) {
    super();
    this.applyOptions(options);
  }

  /** Runs once the control is on the client. May be async. */
  didMount(): void | Promise<void> {}

  /** Runs before the control leaves the page. May be async. */
  willUnmount(): void | Promise<void> {}
}

/** Calls `build()` the first time a user control is mounted; later mounts reuse its result. */
export function ensureBuilt(control: UserControl): void {
  if (built.has(control)) return;
  built.add(control);
  const result = control.build();
  const items = Array.isArray(result) ? result : result == null ? [] : [result];
  (control as unknown as { setSlot(name: string, value: unknown): void }).setSlot("content", items);
}
