/**
 * Names of the events the client sends. The server names them by the controls' `events` lists
 * (`click` for `onClick`); these are the ones the built-in renderers use.
 */
export const EventName = {
  click: "click",
  change: "change",
  submit: "submit",
  focus: "focus",
  blur: "blur",
  resize: "resize",
} as const;
export type EventName = (typeof EventName)[keyof typeof EventName];

/** `click` → `onClick`: the prop that is `true` while someone on the server listens. */
export function handlerProp(event: string): string {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}`;
}
