/**
 * TextField as Flet's chat uses it, in Chromium: `shiftEnter` (Enter submits, Shift+Enter adds a
 * line), a plain multiline field's Enter (a line; Ctrl+Enter submits), `prefixText` drawn on a
 * multiline field with its trailing space kept, and no resize grip.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { TextField } from "../../src/index.js";
import { until } from "./example-checks.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

test("shiftEnter: Enter submits the text, Shift+Enter adds a line; a multiline field's Enter adds a line, Ctrl+Enter submits", async () => {
  const seen: string[] = [];
  const server = await browser.serve(async (page) => {
    await page.add(
      new TextField({ hintText: "Chat", shiftEnter: true, onSubmit: (e) => void seen.push(`chat:${e.data}`) }),
      new TextField({ hintText: "Notes", multiline: true, onSubmit: (e) => void seen.push(`notes:${e.data}`) }),
    );
  });
  const tab = await browser.open(server.url);
  const chat = tab.getByRole("textbox", { name: "Chat" });
  await chat.click();
  await tab.keyboard.type("one");
  await tab.keyboard.press("Shift+Enter");
  await tab.keyboard.type("two");
  await tab.keyboard.press("Enter");
  await until(async () => seen.length >= 1, "the chat field submitted");
  assert.deepEqual(seen.splice(0), ["chat:one\ntwo"]);
  assert.equal(await chat.inputValue(), "one\ntwo", "Enter submitted without adding a line");

  const notes = tab.getByRole("textbox", { name: "Notes" });
  await notes.click();
  await tab.keyboard.type("a");
  await tab.keyboard.press("Enter");
  await tab.keyboard.type("b");
  await tab.keyboard.press("Control+Enter");
  await until(async () => seen.length >= 1, "the notes field submitted");
  assert.deepEqual(seen, ["notes:a\nb"]);
});

test("prefixText on a multiline field is drawn before the text with its trailing space; no resize grip", async () => {
  const server = await browser.serve(async (page) => {
    await page.add(
      new TextField({ hintText: "Write a message...", shiftEnter: true, prefixText: "Visitor: " }),
      new TextField({ hintText: "One line", prefixText: "Ada: " }),
    );
  });
  const tab = await browser.open(server.url);
  const prefix = tab.locator(".weft-textfield__prefix");
  await prefix.waitFor();
  const measured = await tab.evaluate(() => {
    const span = document.querySelector(".weft-textfield__prefix") as HTMLElement;
    const field = span.closest(".weft-textfield") as HTMLElement & { shadowRoot: ShadowRoot };
    const area = field.shadowRoot.querySelector("textarea") as HTMLTextAreaElement;
    const box = span.getBoundingClientRect();
    const input = area.getBoundingClientRect();
    const one = document.querySelectorAll(".weft-textfield")[1] as HTMLElement & { shadowRoot: ShadowRoot };
    const onePrefix = one.shadowRoot.querySelector(".prefix") as HTMLElement;
    return {
      text: span.textContent,
      width: box.width,
      right: box.right,
      inputLeft: input.left,
      resize: getComputedStyle(area).resize,
      hostResize: getComputedStyle(field).resize,
      onePrefix: onePrefix.textContent,
      onePrefixWidth: onePrefix.getBoundingClientRect().width,
      colonWidth: (() => {
        const probe = document.createElement("span");
        probe.style.cssText = "font:inherit;font-size:16px;white-space:pre;position:absolute";
        probe.textContent = "Ada:";
        one.append(probe);
        const w = probe.getBoundingClientRect().width;
        probe.remove();
        return w;
      })(),
    };
  });
  assert.equal(measured.text, "Visitor:\u00a0");
  assert.ok(measured.width > 40, `the prefix has its text's width (${measured.width} px)`);
  assert.ok(measured.right <= measured.inputLeft + 1, `the prefix (right ${measured.right}) ends before the text area (left ${measured.inputLeft})`);
  assert.equal(measured.resize, "none", "the text area shows no resize grip");
  assert.equal(measured.hostResize, "none");
  assert.equal(measured.onePrefix, "Ada:\u00a0");
  assert.ok(measured.onePrefixWidth > measured.colonWidth + 2, `the one-line prefix keeps its space (${measured.onePrefixWidth} vs ${measured.colonWidth} px without)`);
});
