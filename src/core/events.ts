/** Event objects handed to app handlers, and the handler type (sync or async, arrows too). */
import type { Control } from "./control.js";
import type { Page } from "./page.js";

/** What a handler receives: `e.control`, `e.name`, `e.data`, `e.page`. */
export interface ControlEvent<C extends Control = Control, D = unknown> {
  /** The control the event happened on. */
  readonly control: C;
  /** The event's name without `on`: `"click"`, `"change"`, … */
  readonly name: string;
  /** The event's payload: a field's text, a checkbox's state, a message. */
  readonly data: D;
  /** The page (and so the session) the event belongs to. */
  readonly page: Page;
}

/** `page.onResize`: the new viewport size, also readable as `page.windowWidth`/`windowHeight`. */
export interface ResizeEvent extends ControlEvent<Page, { width: number; height: number }> {
  readonly width: number;
  readonly height: number;
}

/** `page.onError`: `e.data` is the message; `e.error` the thrown value, wrapped with its origin. */
export interface ErrorEvent extends ControlEvent<Page, string> {
  readonly error: Error;
  /** The control whose handler or lifecycle hook failed, where there is one. */
  readonly source: Control | undefined;
  /**
   * Where it happened: `"main"`, `"handler"`, `"task"`, `"didMount"`, `"willUnmount"`, `"beforeUpdate"`; `"uncaught"`
   * for a timer or floating promise that code started (then `source`/`event` name what started it).
   */
  readonly phase: ErrorPhase;
  /** The event whose handler failed, for `phase: "handler"`. */
  readonly event: string | undefined;
}

export type ErrorPhase = "main" | "handler" | "task" | "didMount" | "willUnmount" | "beforeUpdate" | "uncaught";

/** Page lifecycle events: connect, disconnect, close. */
export type PageEvent = ControlEvent<Page, undefined>;

/** An event handler: a plain or async function, an arrow or a method. */
export type Handler<E> = (event: E) => void | Promise<void>;
