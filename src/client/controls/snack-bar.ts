/**
 * `snackbar`: a short message at the bottom (role status, so screen readers announce it) that
 * closes itself after `duration` ms, counted only while it is neither hovered nor focused, and
 * tells the server (`dismiss` "timeout"). Its action button sends `action` then closes it;
 * Escape inside it dismisses it.
 */
import { color } from "../colors.js";
import { h, icon, str } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import { defineRenderer, type SlottedView } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";
import type { DismissReason } from "./parts/modal-surface.js";

const DEFAULT_DURATION_MS = 4000;

interface SnackBarView extends SlottedView {
  readonly action: HTMLButtonElement;
  readonly close: HTMLButtonElement;
  setOpen(open: boolean): void;
  destroy(): void;
}

/** Builds the bar, its buttons and its countdown, which hovering and focus pause. */
function create(ctx: RenderContext): SnackBarView {
  const element = h("div", "weft-snackbar");
  element.setAttribute("role", "status");
  const content = h("div", "weft-snackbar__content");
  const action = h("button", "weft-snackbar__action");
  action.type = "button";
  action.hidden = true;
  const close = h("button", "weft-snackbar__close");
  close.type = "button";
  close.setAttribute("aria-label", "Close");
  close.append(icon("close"));
  close.hidden = true;
  element.append(content, action, close);

  let open = false;
  let remaining = DEFAULT_DURATION_MS;
  let deadline = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let held = 0; // hovered and/or focused: the countdown waits

  const stop = () => {
    if (timer !== undefined) remaining = Math.max(0, deadline - Date.now());
    clearTimeout(timer);
    timer = undefined;
  };
  const run = () => {
    if (!open || held > 0 || timer !== undefined) return;
    deadline = Date.now() + remaining;
    timer = setTimeout(() => dismiss("timeout"), remaining);
  };
  const setOpen = (next: boolean) => {
    if (next === open) return;
    open = next;
    element.classList.toggle("weft-snackbar--open", open);
    stop();
    if (open) {
      remaining = typeof ctx.props.duration === "number" && ctx.props.duration > 0 ? ctx.props.duration : DEFAULT_DURATION_MS;
      run();
    }
  };
  const dismiss = (reason: DismissReason) => {
    if (!open) return;
    setOpen(false);
    ctx.send(EventName.dismiss, reason);
  };

  const hold = () => {
    held++;
    stop();
  };
  const release = () => {
    held = Math.max(0, held - 1);
    run();
  };
  element.addEventListener("pointerenter", hold);
  element.addEventListener("pointerleave", release);
  element.addEventListener("focusin", hold);
  element.addEventListener("focusout", release);
  element.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    dismiss("escape");
  });
  action.addEventListener("click", () => {
    ctx.fire(EventName.action);
    dismiss("action");
  });
  close.addEventListener("click", () => dismiss("cancel"));

  return {
    element,
    action,
    close,
    setOpen,
    slot: (name) => (name === "content" ? content : undefined),
    destroy: () => clearTimeout(timer),
  };
}

export const snackBar = defineRenderer("snackbar", {
  create,
  props: {
    open: (view, value) => view.setOpen(value === true),
    action({ action }, value) {
      action.textContent = str(value);
      action.hidden = str(value) === "";
    },
    actionColor: ({ action }, value) => (action.style.color = color(value)),
    showCloseIcon: ({ close }, value) => (close.hidden = value !== true),
    // Read each time the snack bar opens.
    duration: () => {},
  },
});
