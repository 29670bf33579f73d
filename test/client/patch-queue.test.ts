/**
 * Lazily loaded renderers (`registerLazyRenderer`) and the patch queue that waits for them, in
 * Node: patches are applied strictly in order, at once when nothing needs loading, and a renderer
 * that cannot load never blocks the page.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { PatchBody } from "../../src/protocol/index.js";
import { PatchQueue } from "../../src/client/patch-queue.js";
import { awaitsLoad, loadRenderers, registerLazyRenderer, registerPrefetch, registerRenderer, rendererFor, type Renderer } from "../../src/client/registry.js";

const stub: Renderer = () => ({ element: {} as HTMLElement, update() {} });

/** A loader the test resolves or rejects by hand, counting its calls. */
function manualLoader() {
  let resolve!: (renderer: Renderer) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<Renderer>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const loader = { calls: 0, resolve, reject, load: () => (loader.calls++, promise) };
  return loader;
}

const insert = (seq: number, type: string): PatchBody => ({ seq, ops: [["insert", 1, "controls", 0, { id: seq + 100, t: "column", c: { controls: [{ id: seq + 200, t: type }] } }]] });
const set = (seq: number): PatchBody => ({ seq, ops: [["set", 1, { value: String(seq) }]] });
const tick = () => new Promise((resolve) => setImmediate(resolve));

test("a patch whose renderers are loaded is applied at once, in the same call", () => {
  registerRenderer("q-eager", stub);
  const applied: number[] = [];
  const queue = new PatchQueue((patch) => applied.push(patch.seq));
  queue.push(insert(1, "q-eager"));
  queue.push(set(2));
  assert.deepEqual(applied, [1, 2]);
  assert.equal(queue.size, 0);
});

test("a patch waits for a lazy renderer, nested anywhere in its inserts, and the patches after it wait too", async () => {
  const loader = manualLoader();
  registerLazyRenderer("q-lazy", loader.load);
  assert.equal(awaitsLoad("q-lazy"), true);
  assert.equal(rendererFor("q-lazy"), undefined);
  const applied: number[] = [];
  const queue = new PatchQueue((patch) => applied.push(patch.seq));
  queue.push(set(1));
  queue.push(insert(2, "q-lazy"));
  queue.push(set(3));
  queue.push(insert(4, "q-lazy"));
  assert.deepEqual(applied, [1], "the first patch went at once; the second waits for its renderer");
  assert.equal(queue.size, 3);
  assert.equal(loader.calls, 1, "one load, however many patches need it");
  loader.resolve(stub);
  await tick();
  assert.deepEqual(applied, [1, 2, 3, 4], "in order, once the renderer arrived");
  assert.equal(rendererFor("q-lazy"), stub);
  assert.equal(awaitsLoad("q-lazy"), false);
  queue.push(insert(5, "q-lazy"));
  assert.deepEqual(applied, [1, 2, 3, 4, 5], "loaded once, used at once from then on");
});

test("patches still waiting are dropped by clear(); later ones are applied in their turn", async () => {
  const loader = manualLoader();
  registerLazyRenderer("q-cleared", loader.load);
  const applied: number[] = [];
  const queue = new PatchQueue((patch) => applied.push(patch.seq));
  queue.push(insert(1, "q-cleared"));
  queue.push(set(2));
  queue.clear();
  queue.push(set(3));
  assert.deepEqual(applied, [], "a load is still under way, so the new patch waits behind it");
  loader.resolve(stub);
  await tick();
  assert.deepEqual(applied, [3]);
});

test("a renderer that fails to load is logged and forgotten; its patch is applied (with the placeholder)", async (t) => {
  const errors: unknown[][] = [];
  t.mock.method(console, "error", (...args: unknown[]) => errors.push(args));
  const loader = manualLoader();
  registerLazyRenderer("q-broken", loader.load);
  const applied: number[] = [];
  const queue = new PatchQueue((patch) => applied.push(patch.seq));
  queue.push(insert(1, "q-broken"));
  loader.reject(new Error("offline"));
  await tick();
  assert.deepEqual(applied, [1]);
  assert.equal(rendererFor("q-broken"), undefined, "the tree shows its unknown-control placeholder");
  assert.equal(awaitsLoad("q-broken"), false, "not tried again for every later patch");
  assert.match(String(errors[0]?.[0]), /the renderer of "q-broken" could not load/);
});

test("registering a renderer directly replaces a lazy one, and loading an unknown type does nothing", async () => {
  registerLazyRenderer("q-replaced", () => Promise.reject(new Error("never called")));
  registerRenderer("q-replaced", stub);
  assert.equal(awaitsLoad("q-replaced"), false);
  await loadRenderers(["q-replaced", "q-nobody"]);
  assert.equal(rendererFor("q-replaced"), stub);
});

test("a prefetch starts when its type arrives, with its props, beside the lazy renderers its patch waits for", () => {
  const loader = manualLoader();
  registerLazyRenderer("q-widget", loader.load);
  registerRenderer("q-heavy", stub);
  const prefetched: unknown[] = [];
  registerPrefetch("q-heavy", (props) => prefetched.push(props.value));
  const applied: number[] = [];
  const queue = new PatchQueue((patch) => applied.push(patch.seq));
  const both: PatchBody = { seq: 1, ops: [["insert", 1, "controls", 0, { id: 300, t: "column", c: { controls: [{ id: 301, t: "q-widget" }, { id: 302, t: "q-heavy", p: { value: "a" } }] } }]] };
  queue.push(both);
  assert.deepEqual(applied, [], "the patch waits for the widget's renderer");
  assert.equal(loader.calls, 1);
  assert.deepEqual(prefetched, ["a"], "the heavy module is already on its way, in the same wave");
});
