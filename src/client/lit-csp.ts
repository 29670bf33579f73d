/**
 * Makes Lit's `styleMap` directive safe under the page's CSP (`style-src 'self'`, no inline
 * styles). On its first render `styleMap` writes the whole map as a `style="…"` attribute, which
 * the browser refuses ("Applying inline style violates … style-src"), so `@material/web`'s text
 * field, slider, select and menu lost their positions and sizes. Patched here to set every
 * property through the CSSOM (`style.setProperty`), which the CSP allows, on every render.
 * Import this module before any `@material/web` element renders.
 */
import { noChange } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { ClientCode, reportWarning } from "./diagnostics.js";

type StyleInfo = Readonly<Record<string, string | number | null | undefined>>;
interface AttributePart {
  readonly element: HTMLElement;
}

/** `backgroundColor` → `background-color`; custom properties and dashed names unchanged. */
function cssName(name: string): string {
  return name.includes("-") ? name : name.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g, "-$&").toLowerCase();
}

/** The properties each directive instance set last time, to remove the ones that go away. */
const previous = new WeakMap<object, Set<string>>();

function update(this: object, part: AttributePart, [info]: [StyleInfo]): unknown {
  const style = part.element.style;
  let names = previous.get(this);
  if (!names) previous.set(this, (names = new Set()));
  for (const name of names) {
    if (info[name] == null) {
      names.delete(name);
      style.removeProperty(cssName(name));
    }
  }
  for (const name in info) {
    const value = info[name];
    if (value == null) continue;
    names.add(name);
    const text = String(value);
    const important = text.endsWith(" !important");
    style.setProperty(cssName(name), important ? text.slice(0, -11) : text, important ? "important" : "");
  }
  return noChange;
}

// A directive's result names its class as `_$litDirective$`, Lit's stable cross-version hook.
const directiveClass = (styleMap({}) as unknown as { _$litDirective$?: { prototype: { update: unknown } } })._$litDirective$;
if (directiveClass) directiveClass.prototype.update = update;
else reportWarning(ClientCode.refused, "Lit's styleMap changed shape; @material/web may trip the CSP");
