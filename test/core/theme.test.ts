/** `Theme`, `page.theme`, `page.darkTheme` and `page.themeMode`: schemes by Flutter's algorithm, sent once, switchable live. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ElevatedButton, Theme, WeftError } from "../../src/core/index.js";
import { COLOR_ROLES, Op, type ThemeWire } from "../../src/protocol/index.js";
import { runApp } from "../../src/testing/index.js";

const role = (scheme: readonly string[] | undefined, name: (typeof COLOR_ROLES)[number]) => scheme?.[COLOR_ROLES.indexOf(name)];

test("a seed gives Flutter's ColorScheme.fromSeed (tonal spot) in both brightnesses", () => {
  const wire = new Theme({ colorSchemeSeed: "#6750A4" }).toWire();
  assert.equal(wire.light?.length, COLOR_ROLES.length);
  assert.equal(wire.dark?.length, COLOR_ROLES.length);
  // The values Flutter 3.22+ gives for ColorScheme.fromSeed(seedColor: Color(0xFF6750A4)).
  assert.equal(role(wire.light, "primary"), "#65558f");
  assert.equal(role(wire.light, "onPrimary"), "#ffffff");
  assert.equal(role(wire.light, "primaryContainer"), "#e9ddff");
  assert.equal(role(wire.dark, "primary"), "#cfbdfe");
  assert.equal(role(wire.dark, "surface"), "#141218");
  for (const hex of [...wire.light!, ...wire.dark!]) assert.match(hex, /^#[0-9a-f]{6}$/);
});

test("seeds may be Flutter colour names or short hex; overrides and font travel too", () => {
  assert.deepEqual(new Theme({ colorSchemeSeed: "green" }).toWire(), new Theme({ colorSchemeSeed: "#4CAF50" }).toWire());
  assert.deepEqual(new Theme({ colorSchemeSeed: "deep_purple" }).toWire(), new Theme({ colorSchemeSeed: "deepPurple" }).toWire());
  assert.deepEqual(new Theme({ colorSchemeSeed: "#f00" }).toWire(), new Theme({ colorSchemeSeed: "#ff0000" }).toWire());
  const custom = new Theme({ colorSchemeSeed: "indigo", colorScheme: { primary: "#123456" }, fontFamily: "Georgia, serif" }).toWire();
  assert.equal(role(custom.light, "primary"), "#123456");
  assert.equal(role(custom.dark, "primary"), "#123456");
  assert.equal(custom.font, "Georgia, serif");
  assert.deepEqual(new Theme().toWire(), {}, "no seed and no overrides: the stylesheet's baseline");
  const theme = new Theme({ colorSchemeSeed: "teal" });
  assert.equal(theme.toWire(), theme.toWire(), "computed once");
  assert.ok(Object.isFrozen(theme));
});

test("a colour or option Weft cannot read fails at construction, with a hint", () => {
  assert.throws(() => new Theme({ colorSchemeSeed: "gren" }), (e: WeftError) => e.code === "control.bad-value" && /did you mean "green"/.test(e.message));
  assert.throws(() => new Theme({ colorSchemeSeed: "#12345" }), /must be a colour/);
  assert.throws(() => new Theme({ colorScheme: { primery: "#000000" } as never }), /did you mean "primary"/);
  assert.throws(() => new Theme({ colorSchemeSeeed: "red" } as never), (e: WeftError) => e.code === "control.unknown-option");
  assert.throws(() => new Theme({ fontFamily: "x; color: red" }), /font-family/);
});

test("page.theme, darkTheme and themeMode are page props: set live, sent once, default sends nothing", async () => {
  let switchTo: (() => void) | undefined;
  const pilot = await runApp(async (page) => {
    await page.add(new ElevatedButton("Dark", { onClick: () => void (page.themeMode = "dark") }));
    switchTo = () => {
      page.theme = new Theme({ colorSchemeSeed: "indigo" });
    };
  });
  const root = pilot.tree.page!;
  assert.equal(root.props.theme, undefined, "no theme, no colours on the wire");
  assert.equal(root.props.themeMode, undefined, "the default mode (system) is not sent");

  const before = pilot.patches.length;
  switchTo!();
  await pilot.page.update();
  const sent = pilot.patches.slice(before).flatMap((p) => p.frame[1].ops);
  assert.deepEqual(sent.map((op) => [op[0], op[1]]), [[Op.set, root.id]], "one set op on the page, nothing re-created");
  const wire = root.props.theme as ThemeWire;
  assert.equal(role(wire.light, "primary"), role(new Theme({ colorSchemeSeed: "#3f51b5" }).toWire().light, "primary"));

  const same = pilot.patches.length;
  pilot.page.theme = pilot.page.theme; // the same theme again changes nothing
  await pilot.page.update();
  assert.equal(pilot.patches.length, same);

  await pilot.click({ text: "Dark" });
  assert.equal(root.props.themeMode, "dark");
  pilot.page.darkTheme = new Theme({ colorSchemeSeed: "orange" });
  await pilot.page.update();
  assert.equal(role((root.props.darkTheme as ThemeWire).dark, "primary"), role(new Theme({ colorSchemeSeed: "orange" }).toWire().dark, "primary"));
  pilot.page.theme = undefined;
  await pilot.page.update();
  assert.equal(root.props.theme, undefined, "back to the baseline");
  assert.throws(() => (pilot.page.theme = { colorSchemeSeed: "red" } as never), /must be a Theme/);
  await pilot.close();
});
