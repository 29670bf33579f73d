/**
 * Flet's four tutorial apps as ported in examples/, on a 1280×800 desktop and a 390×844 phone:
 * the To-Do port's layout measured on both (nothing overflows the phone sideways, its input row
 * fills the width, the title is centred), and a screenshot of each app on each into
 * docs/screenshots/ (`todo-desktop.png`, `todo-phone.png`, … for todo, calculator, chat,
 * routing), to hold beside Flet's own (/work/shared/reference/flet-screenshots in the brief).
 */
import assert from "node:assert/strict";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Page as BrowserPage } from "playwright-core";
import { loadExamples } from "../../examples/gallery.js";
import type { AppMain } from "../../src/index.js";
import { waitForTextCount } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();
const SHOTS = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "docs", "screenshots");
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
type Size = keyof typeof SIZES;

/** An example's `main`, from the gallery. */
async function mainOf(slug: string): Promise<AppMain> {
  const example = (await loadExamples()).find((e) => e.slug === slug);
  assert.ok(example, `the gallery has examples/${slug}.ts`);
  return example.main;
}

async function openExample(slug: string, size: Size): Promise<BrowserPage> {
  const tab = await browser.open((await browser.serve(await mainOf(slug))).url);
  await tab.setViewportSize(SIZES[size]);
  return tab;
}

async function shoot(tab: BrowserPage, name: string): Promise<void> {
  await tab.mouse.move(0, SIZES.phone.height - 1);
  await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tab.waitForTimeout(400); // ripples and focus rings fade
  await tab.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Elements inside the page that reach past its left or right edge (none, on a phone that fits). */
function overflowing(tab: BrowserPage): Promise<string[]> {
  return tab.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll("main.weft-page *")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.left < -0.5 || rect.right > width + 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className} ${rect.left}..${rect.right}`);
    }
    return out;
  });
}

async function addTasks(tab: BrowserPage, names: string[]): Promise<void> {
  const field = tab.getByRole("textbox", { name: "What needs to be done?" });
  for (const name of names) {
    await field.fill(name);
    await field.press("Enter");
    await waitForTextCount(tab, name, 1);
  }
}

/** The To-Do's boxes: the app, its input row, the field, the add button, the title, Clear completed; and the page's content box. */
async function todoBoxes(tab: BrowserPage) {
  const [app, row, field, fab, title, clear, firstTab, task] = await tab.evaluate(() =>
    [
      document.querySelector("main.weft-page > .weft-column"),
      document.querySelector(".weft-textfield")!.closest(".weft-row"),
      document.querySelector(".weft-textfield"),
      document.querySelector(".weft-fab"),
      [...document.querySelectorAll(".weft-text")].find((el) => el.textContent === "Todos"),
      [...document.querySelectorAll("button")].find((el) => el.textContent?.includes("Clear completed")),
      document.querySelector(".weft-tab"),
      document.querySelector(".weft-checkbox")!.closest(".weft-row"),
    ].map((el) => {
      const r = el!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  const scroll = await tab.locator("main.weft-page").evaluate((main) => ({ scrollWidth: main.scrollWidth, clientWidth: main.clientWidth }));
  return { app: app!, row: row!, field: field!, fab: fab!, title: title!, clear: clear!, firstTab: firstTab!, task: task!, scroll };
}

const near = (actual: number, expected: number, what: string, within = 1) =>
  assert.ok(Math.abs(actual - expected) <= within, `${what}: ${actual} is not within ${within}px of ${expected}`);

for (const size of ["phone", "desktop"] as const) {
  test(`the To-Do port on a ${size}: nothing overflows sideways, the input row fills the app's width, the title is centred`, async () => {
    const tab = await openExample("todo", size);
    await addTasks(tab, ["create web app", "final touches"]);
    const boxes = await todoBoxes(tab);
    const viewport = SIZES[size].width;
    // The app is a Column of width 600: on the phone it is bounded by the page (390 − 2 × 10), on the desktop centred.
    const appWidth = Math.min(600, viewport - 20);
    near(boxes.app.width, appWidth, "the app's width");
    near(boxes.app.x, (viewport - appWidth) / 2, "the app's left edge");
    assert.equal(boxes.scroll.scrollWidth, boxes.scroll.clientWidth, "the page does not scroll sideways");
    assert.deepEqual(await overflowing(tab), []);
    near(boxes.row.x, boxes.app.x, "the input row's left edge");
    near(boxes.row.width, appWidth, "the input row's width");
    near(boxes.field.x, boxes.app.x, "the field starts at the row's start");
    near(boxes.fab.width, 56, "the add button's width");
    near(boxes.field.width, appWidth - 10 - 56, "the field takes what the add button and the gap leave");
    near(boxes.fab.x + boxes.fab.width, boxes.app.x + appWidth, "the add button ends at the row's end");
    near(boxes.title.x + boxes.title.width / 2, viewport / 2, "the title's centre");
    near(boxes.clear.x + boxes.clear.width, boxes.app.x + appWidth, "Clear completed ends at the app's right edge");
    // Flet's tabs are scrollable by default: each as wide as its label (16px a side), from the start.
    near(boxes.firstTab.x, boxes.app.x, "the first tab's left edge");
    assert.ok(boxes.firstTab.width < 60, `the "all" tab is as wide as its label, not a third of the bar (${boxes.firstTab.width})`);
    // With a mouse, a task row is 40px high (Flutter's desktop density), as in Flet's screenshot.
    near(boxes.task.height, 40, "a task row's height");
    near(boxes.task.width, appWidth, "a task row's width");
    await shoot(tab, `todo-${size}`);
    assert.deepEqual(browser.pageErrors, []);
  });
}

for (const size of ["desktop", "phone"] as const) {
  test(`screenshots of the Calculator, Chat and routing ports on a ${size}, none overflowing sideways`, async () => {
    const calc = await openExample("calculator", size);
    for (const key of ["1", "2", "+", "3", "="]) await calc.getByRole("button", { name: key, exact: true }).click();
    await waitForTextCount(calc, "15", 1);
    assert.deepEqual(await overflowing(calc), []);
    await shoot(calc, `calculator-${size}`);

    const chat = await openExample("chat", size);
    await chat.getByLabel("Enter your name to join the chat").fill("Ada");
    await chat.getByRole("button", { name: "Join chat" }).click();
    await waitForTextCount(chat, "Ada has joined the chat.", 1);
    const field = chat.getByRole("textbox", { name: "Write a message..." });
    for (const line of ["Hello!", "Is anyone here?"]) {
      await field.fill(line);
      await field.press("Enter");
      await waitForTextCount(chat, line, 1);
    }
    assert.deepEqual(await overflowing(chat), []);
    await shoot(chat, `chat-${size}`);

    const routing = await openExample("routing", size);
    await routing.getByRole("button", { name: "Visit Store" }).click();
    await waitForTextCount(routing, "Welcome to the store", 1);
    assert.deepEqual(await overflowing(routing), []);
    await shoot(routing, `routing-${size}`);
    assert.deepEqual(browser.pageErrors, []);
  });
}
