/**
 * Flutter's layout rules, which every Flet program is written against, measured in Chromium
 * (decision 0022): a Row fills the column around it, `expand` shares what is left of a page that is
 * exactly the window's height, an expanded button shrinks to its share, and centred content that
 * overflows stays reachable. Each test asserts boxes, not only that elements exist.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Locator, Page as BrowserPage } from "playwright-core";
import {
  AlertDialog,
  Column,
  Container,
  ElevatedButton,
  FloatingActionButton,
  IconButton,
  ListView,
  Row,
  Text,
  TextButton,
  TextField,
  type Page,
} from "../../src/index.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function open(main: (page: Page) => void | Promise<void>, viewport = { width: 1024, height: 768 }): Promise<BrowserPage> {
  const tab = await browser.open((await browser.serve(main)).url);
  await tab.setViewportSize(viewport);
  return tab;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  assert.ok(found, "the element is laid out");
  return found;
}

/** The page's own box: where its controls go (inside its padding). */
async function pageContent(tab: BrowserPage): Promise<Box & { scrollHeight: number; clientHeight: number; scrollWidth: number; clientWidth: number }> {
  return tab.locator("main.weft-page").evaluate((main) => {
    const style = getComputedStyle(main);
    const rect = main.getBoundingClientRect();
    const left = parseFloat(style.paddingLeft);
    const right = parseFloat(style.paddingRight);
    return {
      x: rect.x + left,
      y: rect.y + parseFloat(style.paddingTop),
      width: main.clientWidth - left - right,
      height: rect.height,
      scrollHeight: main.scrollHeight,
      clientHeight: main.clientHeight,
      scrollWidth: main.scrollWidth,
      clientWidth: main.clientWidth,
    };
  });
}

const near = (actual: number, expected: number, what: string, within = 1) =>
  assert.ok(Math.abs(actual - expected) <= within, `${what}: ${actual} is not within ${within}px of ${expected}`);

test("a Row placed in the page takes the page's width, so spaceBetween puts its ends at the page's edges", async () => {
  const tab = await open((page) => page.add(new Row([new Text("left"), new Text("right")], { alignment: "spaceBetween" })));
  const content = await pageContent(tab);
  const row = await box(tab.locator(".weft-row"));
  near(row.x, content.x, "the row's left edge");
  near(row.width, content.width, "the row's width");
  const right = await box(tab.getByText("right"));
  near(right.x + right.width, content.x + content.width, "the right text's right edge");
});

test("an expanded TextField in a Row takes the width its siblings leave", async () => {
  const tab = await open((page) =>
    page.add(new Row([new TextField({ hintText: "What needs to be done?", expand: true }), new FloatingActionButton({ icon: "add" })])),
  );
  const content = await pageContent(tab);
  const field = await box(tab.locator(".weft-textfield"));
  const fab = await box(tab.locator(".weft-row > *").nth(1));
  near(fab.x + fab.width, content.x + content.width, "the button's right edge");
  near(field.x, content.x, "the field's left edge");
  near(field.x + field.width + 10, fab.x, "the field ends one gap before the button");
  assert.ok(field.width > 800, `the field is ${field.width}px wide`);
});

test("a Column holding Rows is as wide as its parent allows; a Column of plain Texts keeps its own width", async () => {
  const tab = await open((page) =>
    page.add(
      new Column([new Row([new Text("Todos")], { alignment: "center" }), new Text("under")]),
      new Column([new Text("short")]),
    ),
  );
  const content = await pageContent(tab);
  const [withRow, plain] = [await box(tab.locator(".weft-column").nth(0)), await box(tab.locator(".weft-column").nth(1))];
  near(withRow.width, content.width, "the column holding a row");
  assert.ok(plain.width < 200, `a column of a short text stays narrow (${plain.width}px)`);
  const title = await box(tab.getByText("Todos"));
  near(title.x + title.width / 2, content.x + content.width / 2, "the row centres its title across the page", 1.5);
});

test("the To-Do layout: a 600px Column centred in the page, its Rows 600px wide", async () => {
  const tab = await open((page) => {
    page.horizontalAlignment = "center";
    page.add(
      new Column(
        [
          new Row([new Text("Todos", { size: 40 })], { alignment: "center" }),
          new Row([new TextField({ hintText: "Whats needs to be done?", expand: true }), new FloatingActionButton({ icon: "add" })]),
          new Row([new Text("0 active item(s) left"), new TextButton("Clear completed")], { alignment: "spaceBetween" }),
        ],
        { width: 600 },
      ),
    );
  });
  const content = await pageContent(tab);
  const column = await box(tab.locator(".weft-column"));
  near(column.width, 600, "the column's width");
  near(column.x + 300, content.x + content.width / 2, "the column is centred", 1.5);
  for (const [index, name] of ["title", "input", "footer"].entries()) {
    const row = await box(tab.locator(".weft-row").nth(index));
    near(row.width, 600, `the ${name} row's width`);
  }
  const clear = await box(tab.getByRole("button", { name: "Clear completed" }));
  near(clear.x + clear.width, column.x + 600, "the footer's button sits at the column's right edge");
});

test("the page is the window's height: an expanded ListView scrolls inside it and the input row stays in view", async () => {
  const tab = await open(
    (page) => {
      const messages = new ListView(
        Array.from({ length: 100 }, (_, i) => new Text(`message ${i}`)),
        { expand: true, spacing: 10 },
      );
      page.add(new Container(messages, { expand: true }), new Row([new TextField({ hintText: "Write a message...", expand: true }), new ElevatedButton("Send")]));
    },
    { width: 800, height: 600 },
  );
  const content = await pageContent(tab);
  assert.equal(content.scrollHeight, content.clientHeight, "the page itself does not scroll");
  near(content.height, 600, "the page is as tall as the window");
  const input = await box(tab.locator(".weft-row"));
  near(input.y + input.height, 600 - 10, "the input row ends at the page's 10px padding, inside the 600px window");
  const list = await tab.locator(".weft-listview").evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, top: el.getBoundingClientRect().top }));
  assert.ok(list.scrollHeight > list.clientHeight * 2, `the list scrolls inside itself (${list.scrollHeight} > ${list.clientHeight})`);
  near(list.clientHeight, input.y - 10 - list.top, "the list takes the height the input row leaves", 2);
});

test("controls taller than the window keep their heights and the page scrolls; page.scroll 'hidden' turns the bar off", async () => {
  const tab = await open(
    (page) => {
      page.add(...Array.from({ length: 30 }, (_, i) => new Container(new Text(`block ${i}`), { height: 50 })));
      page.add(new ElevatedButton("Hide the scroll bar", { onClick: () => { page.scroll = "hidden"; } }));
    },
    { width: 800, height: 600 },
  );
  const content = await pageContent(tab);
  assert.ok(content.scrollHeight > 30 * 50, `the page's content is ${content.scrollHeight}px tall`);
  near(content.height, 600, "the page stays as tall as the window");
  const first = await box(tab.locator(".weft-container").first());
  near(first.height, 50, "a block keeps its height");
  await tab.locator("main.weft-page").evaluate((main) => main.scrollTo(0, main.scrollHeight));
  await tab.getByRole("button", { name: "Hide the scroll bar" }).click();
  await tab.waitForFunction(() => getComputedStyle(document.querySelector("main.weft-page")!).overflow === "hidden");
});

test("expanded buttons in a 300px box share its width below their usual 64px minimum and stay inside it (the calculator's rows)", async () => {
  const tab = await open((page) =>
    page.add(
      new Container(
        new Column([
          new Row(["AC", "+/-", "%", "/"].map((label) => new ElevatedButton(label, { expand: 1 }))),
          new Row([new ElevatedButton("0", { expand: 2 }), new ElevatedButton(".", { expand: 1 }), new ElevatedButton("=", { expand: 1 })]),
        ]),
        { width: 300, padding: 20 },
      ),
    ),
  );
  const container = await box(tab.locator(".weft-container"));
  const inner = { left: container.x + 20, right: container.x + container.width - 20 };
  const firstRow = await tab.locator(".weft-row").nth(0).locator(".weft-button").all();
  assert.equal(firstRow.length, 4);
  const boxes = await Promise.all(firstRow.map(box));
  const share = (260 - 3 * 10) / 4;
  for (const [i, b] of boxes.entries()) near(b.width, share, `button ${i}'s width`);
  near(boxes[0]!.x, inner.left, "the first button's left edge");
  near(boxes[3]!.x + boxes[3]!.width, inner.right, "the last button's right edge");
  const zero = await box(tab.getByRole("button", { name: "0", exact: true }));
  near(zero.width, ((260 - 2 * 10) * 2) / 4, "an expand: 2 button takes two shares");
});

test("a 600px Column on a 390px phone is bounded by the page's width, as Flutter's constraints bound it", async () => {
  const tab = await open(
    (page) => {
      page.horizontalAlignment = "center";
      page.add(new Column([new Row([new Text("start"), new Text("end")], { alignment: "spaceBetween" })], { width: 600 }));
    },
    { width: 390, height: 844 },
  );
  const content = await pageContent(tab);
  const column = await box(tab.locator(".weft-column"));
  near(column.x, content.x, "the column's left edge");
  near(column.width, content.width, "the column's width: the page's, not 600");
  assert.equal(content.scrollWidth, content.clientWidth, "the page does not scroll sideways");
  const end = await box(tab.getByText("end"));
  near(end.x + end.width, content.x + content.width, "the row's end is at the page's right edge");
});

test("a centred Row whose children need more than a 390px phone starts at the page's edge and can be scrolled to its end", async () => {
  const tab = await open(
    (page) => {
      page.horizontalAlignment = "center";
      // Twelve 40px icon buttons and their gaps: 590px, and an icon button never shrinks.
      page.add(new Row(Array.from({ length: 12 }, (_, i) => new IconButton("star", { tooltip: `star ${i}`, key: `star${i}` })), { alignment: "center" }));
    },
    { width: 390, height: 844 },
  );
  const content = await pageContent(tab);
  const first = await box(tab.locator('[data-key="star0"]'));
  near(first.x, content.x, "the first button's left edge");
  assert.ok(content.scrollWidth > content.clientWidth, "the page scrolls sideways");
  await tab.locator("main.weft-page").evaluate((main) => main.scrollTo(main.scrollWidth, 0));
  const last = await box(tab.locator('[data-key="star11"]'));
  assert.ok(last.x + last.width <= 390, `the row's end can be scrolled into view (${last.x + last.width})`);
});

test("a TextField at the top of an AlertDialog shows its whole floating label", async () => {
  const tab = await open((page) => {
    const field = new TextField({ label: "Your name", value: "Ada" });
    page.add(new ElevatedButton("Open", { onClick: () => page.open(new AlertDialog({ title: new Text("Welcome"), content: new Column([field]) })) }));
  });
  await tab.getByRole("button", { name: "Open" }).click();
  const dialog = tab.getByRole("dialog");
  await dialog.waitFor();
  const clip = await dialog.locator(".weft-dialog__content").evaluate((content) => {
    const outline = content.querySelector("md-outlined-text-field")!.shadowRoot!.querySelector("md-outlined-field")!;
    const label = outline.shadowRoot!.querySelector(".label.floating")!;
    return { contentTop: content.getBoundingClientRect().top, labelTop: label.getBoundingClientRect().top };
  });
  assert.ok(clip.labelTop >= clip.contentTop, `the floating label's top (${clip.labelTop}) is inside the content box (${clip.contentTop})`);
});
