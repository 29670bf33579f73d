/**
 * Buttons, chips, segmented buttons and icons in Chromium: each found by role and accessible name
 * (the text buttons are native `<button>`s; icon buttons, FABs and chips reach theirs through
 * @material/web's shadow DOM), clicked and driven by keyboard (Tab, Enter, Space), checked against
 * what the server's handlers saw. No CSP violation may appear on the console.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as Tab } from "playwright-core";
import {
  Chip,
  ElevatedButton,
  FilledButton,
  FilledTonalButton,
  FloatingActionButton,
  Icon,
  IconButton,
  Icons,
  OutlinedButton,
  Segment,
  SegmentedButton,
  TextButton,
  Theme,
  type AppMain,
} from "../../src/index.js";
import { COLOR_ROLES } from "../../src/protocol/index.js";
import { watchCsp } from "./csp-watch.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();
const violations: string[] = [];

async function open(build: (seen: unknown[]) => AppMain): Promise<{ tab: Tab; saw: (...items: unknown[]) => Promise<void> }> {
  const seen: unknown[] = [];
  const server = await browser.serve(build(seen));
  const tab = watchCsp(await browser.open(server.url), violations);
  const saw = async (...items: unknown[]) => {
    await until(async () => seen.length >= items.length, `the handlers saw ${JSON.stringify(items)} (so far ${JSON.stringify(seen)})`);
    assert.deepEqual(seen.splice(0, items.length), items);
  };
  return { tab, saw };
}

test("every button kind by role and name: clicked, and pressed with Enter and Space after Tab", async () => {
  const { tab, saw } = await open((seen) => async (page) => {
    const click = (e: { control: { constructor: { name: string } } }) => void seen.push(e.control.constructor.name);
    await page.add(
      new ElevatedButton("Elevated", { icon: Icons.ADD, onClick: click }),
      new FilledButton("Filled", { onClick: click }),
      new FilledTonalButton("Tonal", { onClick: click }),
      new OutlinedButton("Outlined", { onClick: click }),
      new TextButton("Text", { onClick: click }),
      new IconButton(Icons.DELETE, { tooltip: "Delete", onClick: click }),
      new FloatingActionButton({ icon: Icons.ADD, tooltip: "Add item", onClick: click }),
      new FloatingActionButton("Compose", { icon: Icons.EDIT, onClick: click }),
      new FilledButton("Off", { disabled: true, onClick: click }),
    );
  });
  const names: Array<[string, string]> = [
    ["Elevated", "ElevatedButton"],
    ["Filled", "FilledButton"],
    ["Tonal", "FilledTonalButton"],
    ["Outlined", "OutlinedButton"],
    ["Text", "TextButton"],
    ["Delete", "IconButton"],
    ["Add item", "FloatingActionButton"],
    ["Compose", "FloatingActionButton"],
  ];
  for (const [name, kind] of names) {
    await tab.getByRole("button", { name, exact: true }).click();
    await saw(kind);
  }
  assert.ok(await tab.getByRole("button", { name: "Off" }).isDisabled());

  // The keyboard: from the first button, Tab walks them in order; Enter and Space press.
  await tab.getByRole("button", { name: "Elevated" }).focus();
  await tab.keyboard.press("Enter");
  await saw("ElevatedButton");
  await tab.keyboard.press("Tab");
  await tab.keyboard.press(" ");
  await saw("FilledButton");
  await tab.keyboard.press("Tab");
  await tab.keyboard.press("Enter");
  await saw("FilledTonalButton");
});

test("the five text buttons are native <button>s: named by their label, disabled natively, coloured from the theme, pressed by keyboard", async () => {
  const teal = new Theme({ colorSchemeSeed: "#006A6A" });
  const { tab, saw } = await open((seen) => async (page) => {
    page.themeMode = "light";
    page.theme = teal;
    const click = (e: { control: { text: string } }) => void seen.push(e.control.text);
    await page.add(
      new ElevatedButton("Elevated", { icon: Icons.ADD, onClick: click }),
      new FilledButton("Filled", { onClick: click }),
      new FilledTonalButton("Tonal", { icon: Icons.SEND, bgcolor: "tertiaryContainer", onClick: click }),
      new OutlinedButton("Outlined", { onClick: click }),
      new TextButton("Text", { autofocus: true, onClick: click }),
      new FilledButton("Filled off", { disabled: true, onClick: click }),
      new TextButton("Text off", { icon: Icons.DELETE, disabled: true, onClick: click }),
    );
  });
  // Each is a real <button type="button"> in light DOM whose name is its label alone (the icon
  // glyph, "add" or "send", is aria-hidden): `exact` fails on "add Elevated".
  for (const name of ["Elevated", "Filled", "Tonal", "Outlined", "Text", "Filled off", "Text off"]) {
    const button = tab.getByRole("button", { name, exact: true });
    assert.deepEqual(
      await button.evaluate((el) => [el.localName, (el as HTMLButtonElement).type, el.shadowRoot === null]),
      ["button", "button", true],
      `${name} is a native button`,
    );
  }
  assert.equal(await tab.evaluate(() => document.activeElement?.textContent), "Text", "autofocus focused the text button");

  // The colours come from the theme's tokens: filled is the seed's primary, and bgcolor a role.
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
  const light = teal.toWire().light!;
  const background = (name: string) => tab.getByRole("button", { name, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await background("Filled"), rgb(light[COLOR_ROLES.indexOf("primary")]!));
  assert.equal(await background("Tonal"), rgb(light[COLOR_ROLES.indexOf("tertiaryContainer")]!), "bgcolor sets the container");

  // Disabled ones are natively disabled: neither a forced click nor element.click() sends anything,
  // and keyboard focus skips them. The next event the server sees is the enabled button's.
  for (const name of ["Filled off", "Text off"]) {
    const off = tab.getByRole("button", { name, exact: true });
    assert.ok(await off.isDisabled());
    await off.click({ force: true });
    await off.evaluate((el) => (el as HTMLButtonElement).click());
  }
  await tab.getByRole("button", { name: "Outlined", exact: true }).click();
  await saw("Outlined");

  // The keyboard: Enter and Space press the focused button natively; Tab moves to the next one.
  await tab.getByRole("button", { name: "Elevated", exact: true }).focus();
  await tab.keyboard.press("Enter");
  await saw("Elevated");
  await tab.keyboard.press(" ");
  await saw("Elevated");
  await tab.keyboard.press("Tab");
  await tab.keyboard.press(" ");
  await saw("Filled");
  await tab.keyboard.press("Tab");
  await tab.keyboard.press("Enter");
  await saw("Tonal");
  await tab.getByRole("button", { name: "Text", exact: true }).focus();
  await tab.keyboard.press("Tab");
  assert.equal(await tab.evaluate(() => document.activeElement?.localName), "body", "Tab skipped the disabled buttons");
  assert.equal(await tab.evaluate(() => ["md-elevated-button", "md-filled-button", "md-text-button"].some((tag) => customElements.get(tag))), false, "no @material/web button was loaded");
});

test("IconButton as a toggle: aria-pressed shows the server's state; a click does not flip it by itself", async () => {
  const { tab, saw } = await open((seen) => async (page) => {
    let clicks = 0;
    const star: IconButton = new IconButton(Icons.STAR, {
      tooltip: "Star",
      selected: false,
      selectedIcon: Icons.STAR,
      onClick: () => {
        seen.push(`clicked while ${star.selected}`);
        if (++clicks === 2) star.selected = true;
      },
    });
    await page.add(star);
  });
  const star = tab.getByRole("button", { name: "Star" });
  assert.equal(await star.getAttribute("aria-pressed"), "false");
  await star.click();
  await saw("clicked while false");
  assert.equal(await star.getAttribute("aria-pressed"), "false", "the handler did not select it, so it is not selected");
  await star.click();
  await saw("clicked while false");
  await until(async () => (await star.getAttribute("aria-pressed")) === "true", "the server selected it");
});

test("Chip: an action chip clicks; a filter chip toggles aria-pressed by click and Space", async () => {
  const { tab, saw } = await open((seen) => async (page) => {
    await page.add(
      new Chip("Call", { leading: new Icon(Icons.CALL), onClick: () => void seen.push("call") }),
      new Chip("Vegan", { onSelect: (e) => void seen.push(e.data) }),
    );
  });
  await tab.getByRole("button", { name: "Call" }).click();
  await saw("call");
  const vegan = tab.getByRole("button", { name: "Vegan" });
  await vegan.click();
  await saw(true);
  assert.equal(await vegan.getAttribute("aria-pressed"), "true");
  await vegan.press(" ");
  await saw(false);
  assert.equal(await vegan.getAttribute("aria-pressed"), "false");
});

test("SegmentedButton: segments are toggle buttons in a group; single and multiple selection by mouse and keyboard", async () => {
  let view!: SegmentedButton;
  const { tab, saw } = await open((seen) => async (page) => {
    view = new SegmentedButton(
      [new Segment("day", { label: "Day", icon: Icons.CALENDAR_VIEW_DAY }), new Segment("week", { label: "Week" }), new Segment("month", { label: "Month" })],
      { selected: ["day"], onChange: (e) => void seen.push(e.data) },
    );
    const sizes = new SegmentedButton([new Segment("s", { label: "S" }), new Segment("m", { label: "M" }), new Segment("l", { label: "L" })], {
      allowMultipleSelection: true,
      onChange: (e) => void seen.push(e.data),
    });
    await page.add(view, sizes);
  });
  assert.equal(await tab.getByRole("group").count(), 2);
  const day = tab.getByRole("button", { name: "Day" });
  assert.equal(await day.getAttribute("aria-pressed"), "true");
  await tab.getByRole("button", { name: "Week" }).click();
  await saw(["week"]);
  assert.equal(await day.getAttribute("aria-pressed"), "false");
  await tab.getByRole("button", { name: "Week" }).click();
  assert.equal(await tab.getByRole("button", { name: "Week" }).getAttribute("aria-pressed"), "true", "the last one stays selected");
  await tab.keyboard.press("Tab");
  await tab.keyboard.press("Enter");
  await saw(["month"]);
  assert.deepEqual(view.selected, ["month"]);

  await tab.getByRole("button", { name: "L", exact: true }).click();
  await saw(["l"]);
  await tab.getByRole("button", { name: "S", exact: true }).press(" ");
  await saw(["s", "l"]);
});

test("Icon: decorative unless it has a semantics label, then an image with that name", async () => {
  const { tab } = await open(() => async (page) => {
    await page.add(new Icon(Icons.FAVORITE, { semanticsLabel: "Liked", color: "error", fill: true }), new Icon("home_outlined", { size: 40 }));
  });
  const liked = tab.getByRole("img", { name: "Liked" });
  assert.equal(await liked.textContent(), "favorite");
  assert.equal(await tab.getByRole("img").count(), 1, "the other icon is hidden from assistive tech");
  const home = tab.locator("[data-weft-type=icon]").nth(1);
  assert.equal(await home.textContent(), "home", "Flet's _outlined suffix names the outlined glyph");
  assert.equal(await home.evaluate((el) => getComputedStyle(el).fontSize), "40px");
});

test("no CSP violation and no script error on any page", () => {
  assert.deepEqual(violations, []);
  assert.deepEqual(browser.pageErrors, []);
});
