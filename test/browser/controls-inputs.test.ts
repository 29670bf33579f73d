/**
 * The input controls in Chromium, found by role and accessible name through @material/web's shadow
 * DOM, driven by mouse and keyboard (type, click, select, Tab, Space, Enter, arrow keys), checked
 * against what the server's handlers saw. No CSP violation may appear on the console.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as Tab } from "playwright-core";
import {
  Checkbox,
  Dropdown,
  DropdownOption,
  ElevatedButton,
  ListTile,
  Radio,
  RadioGroup,
  RangeSlider,
  Row,
  SearchBar,
  Slider,
  Switch,
  TextField,
  type AppMain,
} from "../../src/index.js";
import { watchCsp } from "./csp-watch.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";
import { openMenu } from "./menu-open.js";

const browser = useBrowser();
const violations: string[] = [];

/** Serves `build(seen)` and opens it; `seen` collects what the handlers saw, in order. */
async function open(build: (seen: unknown[]) => AppMain): Promise<{ tab: Tab; seen: unknown[]; saw: (...items: unknown[]) => Promise<void> }> {
  const seen: unknown[] = [];
  const server = await browser.serve(build(seen));
  const tab = watchCsp(await browser.open(server.url), violations);
  const saw = async (...items: unknown[]) => {
    await until(async () => seen.length >= items.length, `the handlers saw ${JSON.stringify(items)} (so far ${JSON.stringify(seen)})`);
    assert.deepEqual(seen.splice(0, items.length), items);
  };
  return { tab, seen, saw };
}

test("TextField: typed by label, Enter submits, focus and blur, the password revealed, focus() from the server", async () => {
  let name!: TextField;
  const { tab, saw } = await open((seen) => async (page) => {
    name = new TextField({
      label: "Name",
      prefixIcon: "person",
      onChange: (e) => void seen.push(`change ${e.data}`),
      onSubmit: (e) => void seen.push(`submit ${e.data}`),
      onFocus: () => void seen.push("focus"),
      onBlur: () => void seen.push("blur"),
    });
    const secret = new TextField({ label: "Secret", password: true, canRevealPassword: true });
    await page.add(name, secret, new ElevatedButton("Focus the name", { onClick: async () => void seen.push(`focused ${await name.focus()}`) }));
  });
  const field = tab.getByLabel("Name", { exact: true });
  await field.click();
  await saw("focus");
  await field.pressSequentially("Ada");
  await saw("change A", "change Ad", "change Ada");
  await field.press("Enter");
  await saw("submit Ada");
  await tab.keyboard.press("Tab");
  await saw("blur");
  assert.equal(name.value, "Ada");
  assert.equal(await tab.locator("[data-weft-type=textfield] [slot=leading-icon]").first().textContent(), "person");

  const secret = tab.getByLabel("Secret", { exact: true });
  await secret.fill("hunter2");
  assert.equal(await secret.getAttribute("type"), "password");
  await tab.getByRole("button", { name: "Show password" }).click();
  assert.equal(await secret.getAttribute("type"), "text");

  await tab.getByRole("button", { name: "Focus the name" }).click();
  await saw("focus", "focused true");
  assert.equal(await field.evaluate((el) => el.matches(":focus")), true);
});

test("Checkbox by role and label: click, Space, and a tristate cycle true → null → false", async () => {
  const { tab, saw } = await open((seen) => async (page) => {
    await page.add(
      new Checkbox({ label: "Agree", onChange: (e) => void seen.push(e.data) }),
      new Checkbox({ label: "Maybe", tristate: true, onChange: (e) => void seen.push(`tri ${e.data}`) }),
      new Checkbox({ label: "Undecided", tristate: true, value: null }),
    );
  });
  assert.equal(await tab.getByRole("checkbox", { name: "Undecided" }).getAttribute("aria-checked"), "mixed", "created indeterminate");
  const agree = tab.getByRole("checkbox", { name: "Agree" });
  await agree.check();
  await saw(true);
  await agree.press(" ");
  await saw(false);
  await tab.getByText("Agree", { exact: true }).click();
  await saw(true);
  assert.equal(await tab.getByLabel("Agree").isChecked(), true);

  const maybe = tab.getByRole("checkbox", { name: "Maybe" });
  await maybe.click();
  await saw("tri true");
  await maybe.click();
  await saw("tri null");
  assert.equal(await maybe.getAttribute("aria-checked"), "mixed");
  await maybe.click();
  await saw("tri false");
});

test("Switch by role and name: click and Space", async () => {
  const { tab, saw } = await open((seen) => async (page) => {
    await page.add(new Switch({ label: "Wi-Fi", onChange: (e) => void seen.push(e.data) }));
  });
  const wifi = tab.getByRole("switch", { name: "Wi-Fi" });
  await wifi.click();
  await saw(true);
  assert.equal(await wifi.isChecked(), true);
  await wifi.press(" ");
  await saw(false);
  assert.equal(await tab.getByLabel("Wi-Fi").isChecked(), false);
});

test("RadioGroup: a radio by role and name, then the arrow keys move the choice", async () => {
  let group!: RadioGroup;
  const { tab, saw } = await open((seen) => async (page) => {
    group = new RadioGroup(
      new Row([new Radio({ value: "s", label: "Small" }), new Radio({ value: "m", label: "Medium" }), new Radio({ value: "l", label: "Large" })]),
      { value: "s", onChange: (e) => void seen.push(e.data) },
    );
    await page.add(group);
  });
  // Radios load their renderer with the first patch that shows one: wait for it, then count.
  await until(async () => (await tab.getByRole("radiogroup").getByRole("radio").count()) === 3, "three radios in the group, by role");
  await until(async () => (await tab.getByRole("radio", { name: "Small" }).getAttribute("aria-checked")) === "true", "the server's value is checked");
  await tab.getByRole("radio", { name: "Medium" }).click();
  await saw("m");
  await tab.keyboard.press("ArrowRight");
  await saw("l");
  assert.equal(await tab.getByRole("radio", { name: "Large" }).getAttribute("aria-checked"), "true");
  assert.equal(await tab.getByRole("radio", { name: "Medium" }).getAttribute("aria-checked"), "false");
  await tab.keyboard.press("ArrowLeft");
  await saw("m");
  assert.equal(group.value, "m");
});

test("Slider by role and tooltip: arrow keys step by divisions; change end; RangeSlider's two thumbs", async () => {
  let range!: RangeSlider;
  const { tab, saw } = await open((seen) => async (page) => {
    await page.add(
      new Slider({
        min: 0,
        max: 100,
        divisions: 10,
        value: 50,
        label: "{value}%",
        tooltip: "Volume",
        onChange: (e) => void seen.push(e.data),
        onChangeEnd: (e) => void seen.push(`end ${e.data}`),
      }),
    );
    range = new RangeSlider(20, 80, { min: 0, max: 100, divisions: 10, tooltip: "Price", onChange: (e) => void seen.push(e.data) });
    await page.add(range);
  });
  const volume = tab.getByRole("slider", { name: "Volume" });
  assert.equal(await volume.getAttribute("aria-valuetext"), "50%");
  await volume.focus();
  await tab.keyboard.press("ArrowRight");
  await saw(60, "end 60");
  await tab.keyboard.press("ArrowLeft");
  await tab.keyboard.press("ArrowLeft");
  await saw(50, "end 50", 40, "end 40");
  await tab.keyboard.press("End");
  await saw(100, "end 100");

  await tab.getByRole("slider", { name: "Price start" }).focus();
  await tab.keyboard.press("ArrowRight");
  await saw([30, 80]);
  await tab.getByRole("slider", { name: "Price end" }).focus();
  await tab.keyboard.press("ArrowLeft");
  await saw([30, 70]);
  assert.deepEqual([range.startValue, range.endValue], [30, 70]);
});

test("a person's typing into a maxLength field and dragging sliders pass the server's checks unchanged", async () => {
  let code!: TextField;
  let fine!: Slider;
  let stepped!: Slider;
  const { tab, seen } = await open((seen) => async (page) => {
    code = new TextField({ label: "Code", maxLength: 5, onChange: (e) => void seen.push(`code ${e.data}`) });
    fine = new Slider({ min: 0, max: 1, tooltip: "Fine", width: 400, onChange: (e) => void seen.push(e.data) });
    stepped = new Slider({ min: 0, max: 100, divisions: 4, tooltip: "Stepped", width: 400, onChange: (e) => void seen.push(e.data) });
    await page.add(code, fine, stepped);
  });
  const field = tab.getByLabel("Code", { exact: true });
  await field.click();
  await tab.keyboard.type("abcdefgh");
  await until(async () => code.value === "abcde", `the server holds the five characters the browser let in (has ${JSON.stringify(code.value)})`);
  assert.equal(await field.inputValue(), "abcde");

  for (const [name, slider] of [["Fine", fine], ["Stepped", stepped]] as const) {
    seen.length = 0;
    const box = (await tab.getByRole("slider", { name }).boundingBox())!;
    await tab.mouse.move(box.x + 10, box.y + box.height / 2);
    await tab.mouse.down();
    for (let x = 10; x <= box.width * 0.7; x += 23) await tab.mouse.move(box.x + x, box.y + box.height / 2);
    await tab.mouse.up();
    await until(async () => seen.length > 0 && slider.value === seen.at(-1), `${name}: the drag reached the server`);
    const steps = name === "Fine" ? 100 : 4;
    const range = name === "Fine" ? 1 : 100;
    for (const value of seen) assert.ok(Number.isInteger(Math.round(((value as number) / range) * steps * 1e6) / 1e6), `${name}: ${value} is on a step`);
    assert.equal(Number(await tab.getByRole("slider", { name }).inputValue()), slider.value, `${name}: the browser shows the server's value`);
  }
});

test("Dropdown by role and label: chosen with the mouse, then with the keyboard", async () => {
  let colour!: Dropdown;
  const { tab, saw } = await open((seen) => async (page) => {
    colour = new Dropdown({
      label: "Colour",
      value: "red",
      options: [new DropdownOption("red", { text: "Red" }), new DropdownOption("green", { text: "Green" }), new DropdownOption("blue", { text: "Blue" })],
      onChange: (e) => void seen.push(e.data),
    });
    await page.add(colour);
  });
  const field = tab.getByRole("combobox", { name: "Colour" });
  const select = tab.locator("md-outlined-select");
  await until(async () => (await field.textContent())?.includes("Red") ?? false, "the server's value shows");
  // A choice waits for the menu to have opened, as a person's does (menu-open.ts).
  await openMenu(select, () => field.click());
  await tab.getByRole("option", { name: "Blue" }).click();
  await saw("blue");
  assert.equal(colour.value, "blue");

  await tab.getByRole("option", { name: "Blue" }).waitFor({ state: "hidden" });
  await field.focus();
  await openMenu(select, () => tab.keyboard.press("Enter"));
  await tab.getByRole("option", { name: "Blue" }).waitFor();
  await tab.keyboard.press("ArrowUp");
  await tab.keyboard.press("Enter");
  await saw("green");
  assert.match((await field.textContent()) ?? "", /Green/);
});

test("SearchBar by role and hint: typing, suggestions chosen by click, Enter submits, Escape closes", async () => {
  let search!: SearchBar;
  const { tab, saw } = await open((seen) => async (page) => {
    search = new SearchBar({
      barHintText: "Search colours",
      controls: ["Amber", "Azure"].map((name) => new ListTile({ title: name, onClick: () => void search.closeView(name) })),
      onChange: (e) => void seen.push(`change ${e.data}`),
      onSubmit: (e) => void seen.push(`submit ${e.data}`),
    });
    await page.add(search);
  });
  const box = tab.getByRole("searchbox", { name: "Search colours" });
  const amber = tab.getByRole("button", { name: "Amber" });
  assert.equal(await amber.isVisible(), false, "suggestions show only while the bar is open");
  await box.click();
  await amber.waitFor();
  await box.pressSequentially("a");
  await saw("change a");
  await amber.click();
  await until(async () => (await box.inputValue()) === "Amber", "closeView(text) sets the text");
  await amber.waitFor({ state: "hidden" });
  assert.equal(search.value, "Amber");
  await box.press("Enter");
  await saw("submit Amber");
  await box.click();
  await amber.waitFor();
  await box.press("Escape");
  await amber.waitFor({ state: "hidden" });
});

test("no CSP violation and no script error on any page", () => {
  assert.deepEqual(violations, []);
  assert.deepEqual(browser.pageErrors, []);
});
