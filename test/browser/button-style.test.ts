/**
 * What Chromium draws for a button's `style` (Flet's `ButtonStyle`): the container and label
 * colours, the shape's radius, the padding, the outline, and a different colour while hovered,
 * measured on an ElevatedButton, a FilledButton, an OutlinedButton and a TextButton.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  BeveledRectangleBorder,
  BorderSide,
  ButtonStyle,
  CircleBorder,
  ElevatedButton,
  FilledButton,
  FloatingActionButton,
  IconButton,
  OutlinedButton,
  RoundedRectangleBorder,
  TextButton,
} from "../../src/index.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

test("a ButtonStyle's colours, shape, padding, outline and hovered colours reach the button as drawn", async () => {
  const tab = await browser.open(
    (
      await browser.serve((page) =>
        page.add(
          new ElevatedButton("Raised", {
            style: new ButtonStyle({
              bgcolor: { default: "#ffecb3", hovered: "#ff0000" },
              color: { default: "#000000", hovered: "#ffffff" },
              shape: new RoundedRectangleBorder({ radius: 6 }),
              padding: 20,
              elevation: { default: 0, hovered: 6 },
            }),
          }),
          new FilledButton("Filled", {
            style: {
              bgcolor: "#00ff00",
              color: "rgb(0, 0, 255)",
              shape: { hovered: new CircleBorder(), default: new RoundedRectangleBorder({ radius: 2 }) },
              padding: { left: 5, right: 7, top: 3, bottom: 1 },
              overlayColor: { hovered: "rgb(1, 2, 3)" },
            },
          }),
          new OutlinedButton("Edged", { style: new ButtonStyle({ side: new BorderSide(3, "#123456") }) }),
          new TextButton("Cut", { style: new ButtonStyle({ shape: new BeveledRectangleBorder({ radius: 8 }) }) }),
          new TextButton("Plain"),
        ),
      )
    ).url,
  );
  const button = (name: string) => tab.getByRole("button", { name, exact: true });
  const look = (name: string) =>
    button(name).evaluate((el) => {
      const s = getComputedStyle(el);
      const layer = getComputedStyle(el, "::before");
      const edge = getComputedStyle(el, "::after");
      return {
        background: s.backgroundColor,
        color: s.color,
        radius: s.borderTopLeftRadius,
        padding: [s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft].join(" "),
        shadow: s.boxShadow,
        clip: s.clipPath,
        layer: `${layer.backgroundColor} ${layer.opacity}`,
        edge: `${edge.borderTopWidth} ${edge.borderTopStyle} ${edge.borderTopColor}`,
      };
    });
  await tab.mouse.move(0, 700);

  const raised = await look("Raised");
  assert.equal(raised.background, "rgb(255, 236, 179)");
  assert.equal(raised.color, "rgb(0, 0, 0)");
  assert.equal(raised.radius, "6px");
  assert.equal(raised.padding, "20px 20px 20px 20px");
  assert.equal(raised.shadow, "none", "elevation 0 takes the elevated button's shadow away");
  const box = await button("Raised").boundingBox();
  assert.ok(box && box.height >= 40 + 0 && Math.abs(box.height - (20 + 20 + 20)) <= 1, `20px padding around a 20px line: ${box?.height}`);

  await button("Raised").hover();
  const hovered = await look("Raised");
  assert.equal(hovered.background, "rgb(255, 0, 0)");
  assert.equal(hovered.color, "rgb(255, 255, 255)");
  assert.notEqual(hovered.shadow, "none", "elevation 6 while hovered");
  assert.equal(hovered.radius, "6px", "the shape holds in every state");

  const filled = await look("Filled");
  assert.equal(filled.background, "rgb(0, 255, 0)");
  assert.equal(filled.color, "rgb(0, 0, 255)");
  assert.equal(filled.radius, "2px");
  assert.equal(filled.padding, "3px 7px 1px 5px");
  await button("Filled").hover();
  // The state layer fades in (0.15s): wait for the end of its transition, then measure.
  await button("Filled").evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
  const filledHovered = await look("Filled");
  assert.equal(filledHovered.background, "rgb(0, 255, 0)", "a single value holds while hovered");
  assert.equal(filledHovered.radius, "50%", "CircleBorder while hovered");
  assert.equal(filledHovered.layer, "rgb(1, 2, 3) 1", "the overlay colour drawn as given");

  assert.equal((await look("Edged")).edge, "3px solid rgb(18, 52, 86)");
  const cut = await look("Cut");
  assert.match(cut.clip, /^polygon\(8px 0px, calc\(100% - 8px\) 0px/);
  assert.equal(cut.radius, "0px");

  await tab.mouse.move(0, 700);
  const plain = await look("Plain");
  assert.equal(plain.radius, "9999px", "a button without a style keeps M3's pill");
  assert.equal(plain.padding, "0px 12px 0px 12px");
  assert.equal(plain.clip, "none");
  assert.deepEqual(browser.pageErrors, []);
});

test("an IconButton's style colours its icon, puts a container behind it and shapes it, hovered too", async () => {
  const tab = await browser.open(
    (
      await browser.serve((page) =>
        page.add(
          new IconButton("add", {
            tooltip: "Add",
            style: new ButtonStyle({
              color: { default: "rgb(10, 20, 30)", hovered: "rgb(200, 0, 0)" },
              bgcolor: { default: "rgb(0, 128, 0)", hovered: "rgb(0, 0, 128)" },
              shape: new RoundedRectangleBorder({ radius: 4 }),
            }),
          }),
        ),
      )
    ).url,
  );
  const button = tab.locator(".weft-icon-button");
  await tab.mouse.move(0, 700);
  const look = () =>
    button.evaluate((el) => ({
      background: getComputedStyle(el).backgroundColor,
      radius: getComputedStyle(el).borderTopLeftRadius,
      icon: getComputedStyle(el.querySelector(".material-symbols-outlined, span")!).color,
    }));
  assert.deepEqual(await look(), { background: "rgb(0, 128, 0)", radius: "4px", icon: "rgb(10, 20, 30)" });
  await button.hover();
  assert.deepEqual(await look(), { background: "rgb(0, 0, 128)", radius: "4px", icon: "rgb(200, 0, 0)" });
  assert.deepEqual(browser.pageErrors, []);
});

test("a FloatingActionButton's style colours its container and icon and rounds its corners (default state)", async () => {
  const tab = await browser.open(
    (
      await browser.serve((page) => {
        page.floatingActionButton = new FloatingActionButton({
          icon: "add",
          tooltip: "New",
          style: new ButtonStyle({ bgcolor: "rgb(0, 128, 0)", color: "rgb(10, 20, 30)", shape: new RoundedRectangleBorder({ radius: 3 }) }),
        });
        page.update();
      })
    ).url,
  );
  const fab = tab.locator(".weft-fab");
  await tab.mouse.move(0, 700);
  const look = () =>
    fab.evaluate((el) => {
      const box = el.shadowRoot!.querySelector("button")!;
      return { background: getComputedStyle(box).backgroundColor, radius: getComputedStyle(box).borderTopLeftRadius, icon: getComputedStyle(el.querySelector("span")!).color };
    });
  assert.deepEqual(await look(), { background: "rgb(0, 128, 0)", radius: "3px", icon: "rgb(10, 20, 30)" });
  assert.deepEqual(browser.pageErrors, []);
});
