/**
 * `SITE_FAMILIES` (src/cli/site-families.ts) against the client it decides for: every lazy group
 * the client build makes is named there, and every control whose renderer loads lazily is named
 * in its group's family, so `weft publish` never leaves out a chunk an app naming it needs.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { SITE_FAMILIES } from "../src/cli/site-families.js";
import { specOfClass } from "../src/core/control-spec.js";
import { Control } from "../src/core/control.js";
import * as weft from "../src/index.js";
import { lazyGroups } from "../src/server/client-assets.js";

/** Wire type → the public class of its controls. */
function classesByType(): Map<string, string> {
  const byType = new Map<string, string>();
  for (const [name, value] of Object.entries(weft)) {
    if (typeof value === "function" && value.prototype instanceof Control) byType.set(specOfClass(value as never).type, name);
  }
  return byType;
}

/** Wire type → the module of the lazy group its renderer loads from, as the client registers them. */
function lazyRegistrations(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of ["src/client/controls/declared.ts", "src/client/controls/index.ts"]) {
    const text = readFileSync(new URL(`../${file}`, import.meta.url), "utf8");
    for (const [, type, module, loader] of text.matchAll(/registerLazyRenderer\("(\w+)", \(\) => (?:import\("\.\/([\w-]+)\.js"\)|(\w+)\(\))/g)) {
      // The code family's chunk is loaded by code-languages.ts's `loadCodeBlocks`.
      found.set(type!, `src/client/controls/${module ?? (loader === "loadCodeBlocks" ? "code-block" : loader)}.ts`);
    }
  }
  return found;
}

test("every lazy group of the client build has a family in SITE_FAMILIES", async () => {
  const groups = await lazyGroups();
  assert.ok(groups, "a fresh build records its lazy groups");
  assert.deepEqual(Object.keys(groups).sort(), Object.keys(SITE_FAMILIES).sort());
});

test("every lazily rendered control's class is named by its group's family (a canvas's shapes are drawn only in a Canvas)", () => {
  const classes = classesByType();
  const lazy = lazyRegistrations();
  assert.ok(lazy.size > 40, `the lazy registrations were read (${lazy.size})`);
  for (const [type, module] of lazy) {
    const family = SITE_FAMILIES[module];
    assert.ok(family, `${type}'s group ${module} is in SITE_FAMILIES`);
    if (type.startsWith("canvas") && type !== "canvas") {
      assert.ok(family.classes.includes("Canvas"), `${type} is drawn in a Canvas`);
      continue;
    }
    const name = classes.get(type);
    assert.ok(name, `"${type}" has a public class`);
    assert.ok(family.classes.includes(name), `${name} (${type}) is named by the ${family.name} family`);
  }
});
