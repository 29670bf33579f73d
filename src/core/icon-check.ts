/**
 * Where icon props are checked from: the Node server and the pilot install `checkIconName`
 * (./icons.ts, with the font's 4,000 names); a static site's worker does not, so its bundle stays
 * 19 KB (gzipped) smaller, and the same app is checked whenever it runs under `weft run` or a test.
 */

/** Throws when `value` is no icon the font draws; `owner.prop` names where it was set. */
export type IconCheck = (owner: string, prop: string, value: unknown) => void;

let check: IconCheck | undefined;

/** Installs the check (the server and the pilot call this once at load). */
export function useIconCheck(next: IconCheck): void {
  check = next;
}

/** Runs the installed check, if any. */
export function checkIcon(owner: string, prop: string, value: unknown): void {
  check?.(owner, prop, value);
}
