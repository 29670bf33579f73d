/**
 * Navigation, the scaffold and gestures in Chromium: found by role and name, driven by mouse and
 * keyboard, checked against what the server's handlers saw.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  AppBar,
  Container,
  GestureDetector,
  IconButton,
  NavigationBar,
  NavigationBarDestination,
  NavigationDrawer,
  NavigationDrawerDestination,
  NavigationRail,
  NavigationRailDestination,
  PopupMenuButton,
  PopupMenuItem,
  Text,
  type Page,
} from "../../src/index.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";
import { hasFocus } from "./focus.js";
import { openMenu } from "./menu-open.js";

const browser = useBrowser();

/** A scaffold: app bar with a menu button that opens the drawer, a navigation bar, a floating button. */
function scaffold(seen: string[]) {
  return (page: Page) => {
    const drawer = new NavigationDrawer(
      [
        new Text("Mail"),
        new NavigationDrawerDestination({ icon: "inbox", label: "Inbox" }),
        new NavigationDrawerDestination({ icon: "send", label: "Outbox" }),
      ],
      { selectedIndex: 0, onChange: (e) => void seen.push(`drawer ${e.data}`), onDismiss: (e) => void seen.push(`drawer dismissed ${e.data}`) },
    );
    page.drawer = drawer;
    page.appbar = new AppBar({
      leading: new IconButton("menu", { tooltip: "Open navigation", onClick: () => page.open(drawer) }),
      title: "Inbox",
      actions: [new IconButton("search", { tooltip: "Search", onClick: () => void seen.push("search") })],
    });
    page.navigationBar = new NavigationBar(
      [
        new NavigationBarDestination({ icon: "explore", label: "Explore" }),
        new NavigationBarDestination({ icon: "commute", label: "Commute" }),
        new NavigationBarDestination({ icon: "bookmark", selectedIcon: "bookmark_added", label: "Saved" }),
      ],
      { onChange: (e) => void seen.push(`bar ${e.data} ${e.control.selectedIndex}`) },
    );
    page.floatingActionButton = new IconButton("add", { tooltip: "Compose", onClick: () => void seen.push("compose") });
    page.controls.push(new Text("Body"));
  };
}

test("the scaffold: app bar on top with its heading, navigation bar at the bottom, floating button above it", async () => {
  const seen: string[] = [];
  const tab = await browser.open((await browser.serve(scaffold(seen))).url);
  const banner = tab.getByRole("banner");
  await banner.getByRole("heading", { level: 1, name: "Inbox" }).waitFor();
  const nav = tab.getByRole("navigation");
  const [top, bar, fab, body] = await Promise.all([
    banner.boundingBox(),
    nav.boundingBox(),
    tab.getByRole("button", { name: "Compose" }).boundingBox(),
    tab.getByRole("main").boundingBox(),
  ]);
  const viewport = tab.viewportSize()!;
  assert.ok(top && bar && fab && body);
  assert.equal(top.y, 0, "the app bar is at the top");
  assert.equal(Math.round(bar.y + bar.height), viewport.height, "the navigation bar is at the bottom");
  assert.ok(fab.y + fab.height <= bar.y, "the floating button is above the navigation bar");
  assert.ok(fab.x + fab.width > viewport.width - 80, "…at the right");
  assert.ok(body.y >= top.height && body.y + body.height <= bar.y + 1, "the body lies between the bars");
  await tab.getByRole("button", { name: "Compose" }).click();
  await tab.getByRole("button", { name: "Search" }).click();
  await until(async () => seen.join() === "compose,search", "the server saw both clicks");
});

test("a navigation bar destination picked by mouse and by keyboard: aria-current moves, the server sees the index", async () => {
  const seen: string[] = [];
  const tab = await browser.open((await browser.serve(scaffold(seen))).url);
  const nav = tab.getByRole("navigation");
  const explore = nav.getByRole("button", { name: "Explore" });
  const saved = nav.getByRole("button", { name: "Saved" });
  await explore.waitFor();
  assert.equal(await explore.getAttribute("aria-current"), "page");
  await saved.click();
  assert.equal(await saved.getAttribute("aria-current"), "page");
  assert.equal(await explore.getAttribute("aria-current"), null);
  await until(async () => seen.includes("bar 2 2"), "the server saw the pick, selectedIndex already synced");

  // Keyboard: focus Explore, the arrow key moves to Commute, Enter picks it.
  await explore.focus();
  await tab.keyboard.press("ArrowRight");
  assert.ok(await hasFocus(nav.getByRole("button", { name: "Commute" })), "the arrow key moved focus to the next destination");
  await tab.keyboard.press("Enter");
  await until(async () => seen.includes("bar 1 1"), "the server saw the keyboard pick");
  assert.equal(await nav.getByRole("button", { name: "Commute" }).getAttribute("aria-current"), "page");
});

test("the drawer opens from the app bar as a modal dialog, takes focus, picks, and Escape gives focus back", async () => {
  const seen: string[] = [];
  const tab = await browser.open((await browser.serve(scaffold(seen))).url);
  const menu = tab.getByRole("button", { name: "Open navigation" });
  await menu.click();
  const drawer = tab.getByRole("dialog", { name: "Navigation" });
  await drawer.waitFor();
  assert.ok(await hasFocus(drawer), "focus moved into the drawer");
  assert.equal(await drawer.getByRole("button", { name: "Inbox" }).getAttribute("aria-current"), "page");
  await drawer.getByRole("button", { name: "Outbox" }).click();
  await until(async () => seen.includes("drawer 1"), "the server saw the drawer pick");
  await tab.keyboard.press("Escape");
  await drawer.waitFor({ state: "hidden" });
  await until(async () => seen.includes("drawer dismissed escape"), "the server saw the dismissal");
  assert.ok(await hasFocus(menu), "focus is back on the menu button");

  // Opened again, a click on the scrim closes it.
  await menu.click();
  await drawer.waitFor();
  await tab.mouse.click(1000, 400);
  await drawer.waitFor({ state: "hidden" });
  await until(async () => seen.includes("drawer dismissed scrim"), "the server saw the scrim dismissal");
});

test("a navigation rail shows its labels as asked and reports a pick", async () => {
  const seen: number[] = [];
  const main = (page: Page) =>
    page.add(
      new NavigationRail(
        ["Home", "Starred", "Settings"].map((label) => new NavigationRailDestination({ icon: "circle", label })),
        { labelType: "all", onChange: (e) => void seen.push(e.data) },
      ),
    );
  const tab = await browser.open((await browser.serve(main)).url);
  const rail = tab.getByRole("navigation");
  await rail.getByText("Starred").waitFor({ state: "visible" });
  await rail.getByRole("button", { name: "Settings" }).click();
  await until(async () => seen.join() === "2", "the server saw the pick");
});

test("a gesture detector: a click is a tap, a mouse drag a pan whose updates add up, hovering enters and exits", async () => {
  const seen: string[] = [];
  let moved = { dx: 0, dy: 0 };
  const main = (page: Page) =>
    page.add(
      new GestureDetector(new Container(new Text("Drag me"), { width: 200, height: 120 }), {
        onTap: (e) => void seen.push(`tap ${Math.round(e.data.localX)},${Math.round(e.data.localY)}`),
        onHover: (e) => void seen.push(`hover ${e.data.type}`),
        onPanStart: (e) => void seen.push(`start ${Math.round(e.data.localX)},${Math.round(e.data.localY)}`),
        onPanUpdate: (e) => void (moved = { dx: moved.dx + e.data.dx, dy: moved.dy + e.data.dy }),
        onPanEnd: () => void seen.push("end"),
      }),
    );
  const tab = await browser.open((await browser.serve(main)).url);
  const detector = tab.getByRole("button", { name: "Drag me" });
  const box = (await detector.boundingBox())!;
  await tab.mouse.move(box.x + 20, box.y + 30);
  await tab.mouse.down();
  await tab.mouse.up();
  await until(async () => seen.includes("tap 20,30"), "the server saw the tap where it happened");

  await tab.mouse.down();
  for (let i = 1; i <= 10; i++) await tab.mouse.move(box.x + 20 + i * 10, box.y + 30 + i * 5);
  await tab.mouse.up();
  await until(async () => seen.includes("end"), "the server saw the pan end");
  assert.ok(seen.includes("start 20,30"), seen.join());
  assert.deepEqual(moved, { dx: 100, dy: 50 }, "the coalesced updates add up to the whole drag");
  assert.equal(seen.filter((s) => s.startsWith("tap")).length, 1, "a drag is not a tap");

  await tab.mouse.move(box.x + box.width + 50, box.y + box.height + 50);
  await until(async () => seen.includes("hover exit"), "the server saw the pointer leave");
  assert.ok(seen.indexOf("hover enter") < seen.indexOf("hover exit"));

  // Keyboard: Tab to it, Enter taps at its centre.
  await detector.focus();
  await tab.keyboard.press("Enter");
  await until(async () => seen.includes("tap 100,60"), "the server saw the keyboard tap");
});

test("a popup menu in the app bar, by mouse and by keyboard: arrows move, Enter picks, focus returns", async () => {
  const seen: string[] = [];
  const pick = (e: { control: PopupMenuItem }) => void seen.push(e.control.text);
  const main = (page: Page) => {
    page.appbar = new AppBar({
      title: "Files",
      actions: [
        new PopupMenuButton(
          [new PopupMenuItem("Rename", { icon: "edit", onClick: pick }), new PopupMenuItem(), new PopupMenuItem("Share", { onClick: pick }), new PopupMenuItem("Delete", { icon: "delete", onClick: pick })],
          { tooltip: "More options" },
        ),
      ],
    });
  };
  const tab = await browser.open((await browser.serve(main)).url);
  const button = tab.getByRole("button", { name: "More options" });
  assert.equal(await button.getAttribute("aria-haspopup"), "menu");
  const menu = tab.getByRole("menu");
  // The pick waits for the menu to have opened, as a person's does (menu-open.ts).
  await openMenu(tab.locator("md-menu.weft-popupmenu__menu"), () => button.click());
  await menu.getByRole("menuitem", { name: "Rename" }).waitFor();
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  assert.equal(await menu.getByRole("separator").count(), 1);
  await menu.getByRole("menuitem", { name: "Delete" }).click();
  await until(async () => seen.join() === "Delete", "the server saw the picked item");
  await menu.getByRole("menuitem", { name: "Rename" }).waitFor({ state: "hidden" });

  // Keyboard only: Enter opens on the first item, ArrowDown skips the divider, Enter picks.
  await button.focus();
  await tab.keyboard.press("Enter");
  await until(() => hasFocus(menu.getByRole("menuitem", { name: "Rename" })), "focus moved to the first item");
  await tab.keyboard.press("ArrowDown");
  assert.ok(await hasFocus(menu.getByRole("menuitem", { name: "Share" })), "ArrowDown moved to the next item");
  await tab.keyboard.press("Enter");
  await until(async () => seen.join() === "Delete,Share", "the server saw the keyboard pick");
  await until(() => hasFocus(button), "focus went back to the menu button");
  await until(async () => (await button.getAttribute("aria-expanded")) === "false", "the button says the menu is closed");

  // Escape closes without a pick.
  await tab.keyboard.press("Enter");
  await until(() => hasFocus(menu.getByRole("menuitem", { name: "Rename" })), "the menu opened again");
  await tab.keyboard.press("Escape");
  await until(() => hasFocus(button), "Escape closed the menu and focus went back");
  assert.deepEqual(seen, ["Delete", "Share"]);
});
