/**
 * What a `navigationbar`, `navigationrail` and `navigationdrawer` share: the destinations among
 * a holder's children, the selected one marked `aria-current="page"` (which shows its selected
 * icon), a click or Enter on one selecting it and telling the server (`change` with its index,
 * counted among destinations only), and the arrow keys moving between them.
 */
import type { JsonValue } from "../../../protocol/index.js";
import type { RenderContext } from "../../registry.js";
import { DESTINATION_CLASS } from "../destination-base.js";

export interface DestinationGroup {
  /** The server set `selectedIndex`. */
  select(index: JsonValue | undefined): void;
  destroy(): void;
}

const NEXT = new Set(["ArrowRight", "ArrowDown"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp"]);

export function destinationGroup(ctx: RenderContext, holder: HTMLElement, initial: number | null): DestinationGroup {
  let selected = initial;
  const items = () =>
    [...holder.children].filter((el): el is HTMLButtonElement => el instanceof HTMLButtonElement && el.classList.contains(DESTINATION_CLASS));
  const mark = () => {
    items().forEach((item, i) => {
      if (i === selected) item.setAttribute("aria-current", "page");
      else item.removeAttribute("aria-current");
    });
  };

  holder.addEventListener("click", (e) => {
    const item = (e.target as Element).closest(`.${DESTINATION_CLASS}`);
    if (!(item instanceof HTMLButtonElement) || item.parentElement !== holder || item.disabled) return;
    if (item.closest("[aria-disabled=true]")) return;
    const index = items().indexOf(item);
    if (index < 0) return;
    selected = index;
    mark();
    ctx.changed(() => index);
  });
  holder.addEventListener("keydown", (e) => {
    const forward = NEXT.has(e.key) || e.key === "End";
    if (!forward && !PREVIOUS.has(e.key) && e.key !== "Home") return;
    const enabled = items().filter((item) => !item.disabled);
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    e.preventDefault();
    const to = e.key === "Home" ? 0 : e.key === "End" ? enabled.length - 1 : (at + (forward ? 1 : -1) + enabled.length) % enabled.length;
    enabled[to]!.focus();
  });
  // Destinations inserted later are marked as they arrive.
  const observer = new MutationObserver(mark);
  observer.observe(holder, { childList: true });

  return {
    select(index) {
      selected = typeof index === "number" ? index : null;
      mark();
    },
    destroy: () => observer.disconnect(),
  };
}
