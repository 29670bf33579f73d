/**
 * TextField as Flet's chat uses it, in Chromium: `shiftEnter` (Enter submits, Shift+Enter adds a
 * line), a plain multiline field's Enter (a line; Ctrl+Enter submits), `prefixText` drawn on a
 * multiline field with its trailing space kept, and no resize grip.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { CircleAvatar, IconButton, Text, TextField } from "../../src/index.js";
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

test("filled draws Material's filled field; prefix and suffix controls sit inside the field, before and after the text", async () => {
  const clicks: string[] = [];
  const server = await browser.serve(async (page) => {
    await page.add(
      new TextField({
        hintText: "Message",
        filled: true,
        prefix: new CircleAvatar({ content: new Text("A") }),
        suffix: new IconButton("send", { tooltip: "Send", onClick: () => void clicks.push("send") }),
      }),
    );
  });
  const tab = await browser.open(server.url);
  await tab.getByRole("button", { name: "Send" }).waitFor();
  const m = await tab.evaluate(() => {
    const field = document.querySelector(".weft-textfield") as HTMLElement & { shadowRoot: ShadowRoot };
    const input = (field.shadowRoot.querySelector("input") as HTMLElement).getBoundingClientRect();
    const outer = field.getBoundingClientRect();
    const [avatar, send] = [".weft-textfield__prefix-control > *", ".weft-textfield__suffix-control > *"].map((sel) => (field.querySelector(sel) as HTMLElement).getBoundingClientRect()) as [DOMRect, DOMRect];
    return {
      tag: field.tagName.toLowerCase(),
      outer: { left: outer.left, right: outer.right, top: outer.top, bottom: outer.bottom },
      input: { left: input.left, right: input.right },
      avatar: { left: avatar.left, right: avatar.right, width: avatar.width, top: avatar.top, bottom: avatar.bottom },
      send: { left: send.left, right: send.right, width: send.width, top: send.top, bottom: send.bottom },
    };
  });
  assert.equal(m.tag, "md-filled-text-field");
  assert.ok(m.avatar.width >= 30, `the avatar keeps its size (${m.avatar.width} px)`);
  assert.ok(m.send.width >= 30, `the button keeps its size (${m.send.width} px)`);
  assert.ok(m.avatar.left >= m.outer.left && m.avatar.right <= m.input.left + 1, `avatar ${JSON.stringify(m.avatar)} before the text ${JSON.stringify(m.input)}`);
  assert.ok(m.send.left >= m.input.right - 1 && m.send.right <= m.outer.right, `button ${JSON.stringify(m.send)} after the text, inside ${JSON.stringify(m.outer)}`);
  for (const b of [m.avatar, m.send]) assert.ok(b.top >= m.outer.top && b.bottom <= m.outer.bottom, "inside the field's height");
  await tab.getByRole("button", { name: "Send" }).click();
  await until(async () => clicks.length === 1, "the suffix button's click reached the server");
});
