/**
 * Material 3 colour schemes from a seed, by Flutter's algorithm (`ColorScheme.fromSeed`, which is
 * `SchemeTonalSpot`): one `#rrggbb` per colour role, in the wire order of `COLOR_ROLES`. Runs on
 * the server so the client carries no colour science (decision 0006). Memoised per seed.
 */
import { argbFromHex, Hct, hexFromArgb, MaterialDynamicColors, SchemeTonalSpot, type DynamicScheme } from "@material/material-color-utilities";
import { COLOR_ROLES } from "../protocol/index.js";

const colors = new MaterialDynamicColors();
const cache = new Map<string, { light: readonly string[]; dark: readonly string[] }>();
/** Enough for every seed an app would plausibly use; a bound so hostile apps cannot grow it. */
const CACHE_LIMIT = 256;

function scheme(seed: string, dark: boolean): string[] {
  // The package's .d.ts files import `./dynamic_scheme` without an extension, which NodeNext
  // resolution cannot follow, so its subclass does not type as a DynamicScheme; it is one.
  const tonalSpot = new SchemeTonalSpot(Hct.fromInt(argbFromHex(seed)), dark, 0) as unknown as DynamicScheme;
  return COLOR_ROLES.map((role) => hexFromArgb(colors[role]().getArgb(tonalSpot)));
}

/** The light and dark schemes of a `#rrggbb` seed. The arrays are shared: do not mutate them. */
export function schemesFromSeed(seed: string): { light: readonly string[]; dark: readonly string[] } {
  let found = cache.get(seed);
  if (!found) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    found = { light: scheme(seed, false), dark: scheme(seed, true) };
    cache.set(seed, found);
  }
  return found;
}
