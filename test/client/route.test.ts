/** The route a static site's tab reports: from the hash, or from the path below the base. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { routeOf, urlOf } from "../../src/client/route.js";
import { Limits } from "../../src/protocol/index.js";

const at = (pathname: string, hash = "") => ({ pathname, hash });

test("hash routing reads the route from the hash, whatever the path", () => {
  const hash = { strategy: "hash", basePath: "/" } as const;
  assert.equal(routeOf(at("/"), hash), "/");
  assert.equal(routeOf(at("/app/index.html", "#/orders/42"), hash), "/orders/42");
  assert.equal(routeOf(at("/", "#orders"), hash), "/orders");
  assert.equal(routeOf(at("/", "#"), hash), "/");
  assert.equal(routeOf(at("/", "#//x"), hash), "/x");
});

test("path routing strips the base path, index.html and 404.html", () => {
  const path = { strategy: "path", basePath: "/app/" } as const;
  assert.equal(routeOf(at("/app/"), path), "/");
  assert.equal(routeOf(at("/app"), path), "/");
  assert.equal(routeOf(at("/app/index.html"), path), "/");
  assert.equal(routeOf(at("/app/orders/42", "#top"), path), "/orders/42");
  assert.equal(routeOf(at("/elsewhere"), path), "/elsewhere");
  assert.equal(routeOf(at("/orders"), { strategy: "path", basePath: "/" }), "/orders");
});

test("a route is never longer than a hello may carry", () => {
  const route = routeOf(at("/", `#/${"x".repeat(5000)}`), { strategy: "hash", basePath: "/" });
  assert.equal(route.length, Limits.maxRouteLength);
});

test("the query is part of the route in both strategies, and urlOf writes a route back", () => {
  const hash = { strategy: "hash", basePath: "/" } as const;
  const path = { strategy: "path", basePath: "/app/" } as const;
  assert.equal(routeOf({ pathname: "/", hash: "#/search?q=tea", search: "" }, hash), "/search?q=tea");
  assert.equal(routeOf({ pathname: "/app/search", hash: "", search: "?q=tea" }, path), "/search?q=tea");
  assert.equal(urlOf("/items/3", hash, "/site/"), "/site/#/items/3");
  assert.equal(urlOf("/items/3", path, "/app/x"), "/app/items/3");
  assert.equal(routeOf({ pathname: "/app/items/3", hash: "", search: "" }, path), "/items/3", "a route written by urlOf reads back the same");
});
