/**
 * Opening an `@material/web` menu (a Dropdown's, a PopupMenuButton's) as a person does: act, then
 * wait until the menu has opened before choosing. md-menu grows its surface from 0 px to its
 * height over 500 ms (`animateOpen`), clipping the items below the edge, and a click that lands on
 * one of them meanwhile hits what lies under the menu, which closes it with no choice made.
 * Playwright deems such an item clickable all along (it is visible and does not move; only the clip
 * does), so on a loaded machine, where the animation starts late, its click landed in the clip:
 * the menu closed, the value stayed, and no change reached the server. A person sees no item
 * there to click; the test waits for what a person waits for, the menu's `opened` event.
 */
import type { Locator } from "playwright-core";
import { TIMEOUT_MS } from "./harness.js";

type Marked = Element & { weftMenuOpened?: boolean };

/**
 * Runs `open` (a click, a key) and waits until `menu` (the `md-outlined-select`, or the `md-menu`)
 * fires `opened`, md-menu's event for the end of its opening animation.
 */
export async function openMenu(menu: Locator, open: () => Promise<void>): Promise<void> {
  const element = await menu.elementHandle({ timeout: TIMEOUT_MS });
  if (!element) throw new Error("no menu element to open");
  await element.evaluate((el: Marked) => {
    el.weftMenuOpened = false;
    el.addEventListener("opened", () => (el.weftMenuOpened = true), { once: true });
  });
  await open();
  await menu.page().waitForFunction((el: Marked) => el.weftMenuOpened === true, element, { timeout: TIMEOUT_MS });
  await element.dispose();
}
