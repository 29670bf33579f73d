/**
 * Holds every control the server declares to the renderer the client registers for it, so the
 * two cannot drift apart (a control type with no renderer, a prop the server sends that its
 * renderer ignores, a setter for a prop the server never sends). The renderers are read in Node
 * through the client's own registry (`registerBuiltinRenderers`, lazy ones loaded), with
 * `@material/web`'s side-effect imports stubbed out: they only define custom elements, and a
 * declared renderer's prop table is plain data that needs none of them.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { register } from "node:module";
import { test } from "node:test";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier.startsWith("@material/web/")) return { url: "data:text/javascript,", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
  import.meta.url,
);

const core = await import("../src/core/index.js");
const { declaredSpecs } = await import("../src/core/control-spec.js");
const { declaredTypes } = await import("../src/core/declare-control.js");
const registry = await import("../src/client/registry.js");
const { registerBuiltinRenderers } = await import("../src/client/controls/index.js");
const { controlLists } = await import("../scripts/generate-controls.js");
void core;

/** Wire types of abstract bases: no control of these is ever sent. */
const ABSTRACT = new Set(["control", "button", "destination", "flex", "media", "overlay", "scrollablelist"]);

/** Controls still in the old form on either side. This list may only shrink. */
const UNMIGRATED = new Set([
  "appbar", "datatable", "floatingactionbutton", "iconbutton", "navigationbar",
  "navigationbardestination", "navigationdrawer", "navigationdrawerdestination", "navigationrail", "navigationraildestination", "page",
]);

registerBuiltinRenderers();
const specs = [...declaredSpecs()].filter(([type]) => !ABSTRACT.has(type));
await registry.loadRenderers(specs.map(([type]) => type));

/** The declared renderer of `type`, or undefined for a renderer in the old (function) form. */
function declared(type: string) {
  const renderer = registry.rendererFor(type);
  return typeof renderer === "object" ? renderer : undefined;
}

const { COMMON_PROPS } = await import("../src/client/common-props.js");
// What every control sends, and what the client applies to every control (a `url` link cover).
const common = new Set([...Object.keys(declaredSpecs().get("control")!.defaults), ...COMMON_PROPS]);

test("every control type the server declares has a renderer on the client", () => {
  const missing = specs.filter(([type]) => registry.rendererFor(type) === undefined).map(([type]) => type);
  assert.deepEqual(missing, [], "control types with no renderer (they would show as placeholders)");
});

test("the unmigrated list names only controls still in the old form, and only shrinks", () => {
  for (const type of UNMIGRATED) {
    assert.ok(declaredSpecs().has(type), `${type} is no control type`);
    assert.ok(!(declaredTypes.has(type) && declared(type)), `${type} is migrated on both sides: take it off UNMIGRATED`);
  }
  const old = specs.filter(([type]) => !UNMIGRATED.has(type) && !(declaredTypes.has(type) && declared(type)));
  assert.deepEqual(old.map(([type]) => type), [], "controls in the old form on a side but not listed as unmigrated");
});

test("every prop a migrated control can send has a setter in its renderer", () => {
  for (const [type, spec] of specs) {
    const renderer = declared(type);
    if (UNMIGRATED.has(type) || !renderer) continue;
    const handlers = new Set(spec.events.values());
    const sent = Object.keys(spec.defaults).filter((name) => !common.has(name) && !handlers.has(name));
    const unhandled = sent.filter((name) => !(name in renderer.props));
    assert.deepEqual(unhandled, [], `${type}: props the server sends that its renderer ignores`);
  }
});

test("a migrated renderer has setters only for props its control can send", () => {
  for (const [type, spec] of specs) {
    const renderer = declared(type);
    if (UNMIGRATED.has(type) || !renderer) continue;
    const stray = Object.keys(renderer.props).filter((name) => !(name in spec.defaults));
    assert.deepEqual(stray, [], `${type}: setters for props the server never sends`);
  }
});

test("the generated lists of declared controls are up to date", () => {
  for (const [path, text] of Object.entries(controlLists())) {
    const root = new URL("../", import.meta.url);
    assert.equal(readFileSync(new URL(path, root), "utf8"), text, `${path} is stale: run node --import tsx scripts/generate-controls.ts`);
  }
});
