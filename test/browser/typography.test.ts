/**
 * `Text.themeStyle`: the Material 3 type scale's roles (Flet's `theme_style`), drawn with their
 * size, line height, weight and tracking; `size` and `weight` still override a role.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Text, TextThemeStyle } from "../../src/index.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

test("a Text takes its role's font from the type scale, and a role can change or go", async () => {
  const title = new Text("Todos", { themeStyle: TextThemeStyle.HEADLINE_MEDIUM });
  const tab = await browser.open(
    (
      await browser.serve((page) =>
        page.add(
          title,
          new Text("big display", { themeStyle: "displayLarge", size: 40 }),
          new Text("small label", { themeStyle: "labelSmall" }),
          new Text("plain"),
        ),
      )
    ).url,
  );
  const font = (text: string) =>
    tab.getByText(text, { exact: true }).evaluate((el) => {
      const style = getComputedStyle(el);
      return { size: style.fontSize, lineHeight: style.lineHeight, weight: style.fontWeight, tracking: style.letterSpacing };
    });
  assert.deepEqual(await font("Todos"), { size: "28px", lineHeight: "36px", weight: "400", tracking: "normal" });
  assert.deepEqual(await font("small label"), { size: "11px", lineHeight: "16px", weight: "500", tracking: "0.5px" });
  assert.equal((await font("big display")).size, "40px", "size overrides the role's size");
  assert.equal((await font("big display")).lineHeight, "64px", "the role's line height stays");
  assert.equal((await font("plain")).size, "14px", "no role: the body style");

  title.themeStyle = "titleLarge";
  await title.update();
  await tab.waitForFunction(() => getComputedStyle(document.querySelector(".weft-text")!).fontSize === "22px");
  title.themeStyle = undefined;
  await title.update();
  await tab.waitForFunction(() => getComputedStyle(document.querySelector(".weft-text")!).fontSize === "14px");
});
