/**
 * Flet's `page.width` and `page.height`: the page's size, which a responsive Flet program reads
 * (`if page.width < 600: …`). A page is a control, so both were the control props every control
 * has, undefined and ignored: the comparison was silently false. Here they read the browser
 * viewport's size (`page.windowWidth`, `page.windowHeight`) and refuse a write, saying what
 * to do instead (Flet's newer `page.window` is in page-older-api.ts).
 */
import { ControlError, ErrorCode } from "./errors.js";

interface Sized {
  readonly windowWidth: number | undefined;
  readonly windowHeight: number | undefined;
}

const READ_ONLY = "is the browser viewport's size, as Flet's is: read it; to size what the page shows, give a Container or Column a width";

/** Each of Flet's names, and the page's getter it reads. */
const SIZES = { width: "windowWidth", height: "windowHeight" } as const;

/** Makes `width` and `height` on the page's prototype read the viewport size and refuse a write. */
export function defineViewportSize(proto: object): void {
  for (const [name, source] of Object.entries(SIZES)) {
    // Methods, not arrows: see decision 0012.
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: false,
      get(this: Sized): number | undefined {
        return this[source];
      },
      set(): never {
        throw new ControlError(ErrorCode.badValue, `page.${name} ${READ_ONLY}`);
      },
    });
  }
}
