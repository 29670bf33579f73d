/**
 * `Colors.withOpacity`: a colour made translucent, as a string every colour prop takes. A
 * `#rgb` / `#rrggbb` colour gets an alpha byte (`#rrggbbaa`); anything else (a theme role such as
 * `"primary"`, a CSS name) is mixed with transparency by the browser (`color-mix`), so a role keeps
 * following the theme.
 */
import { ControlError, ErrorCode } from "./errors.js";

export function withOpacity(opacity: number, color: string): string {
  if (typeof opacity !== "number" || !(opacity >= 0 && opacity <= 1)) {
    throw new ControlError(ErrorCode.badValue, `Colors.withOpacity(opacity, color) takes an opacity from 0 to 1 first, got ${typeof opacity === "number" ? String(opacity) : JSON.stringify(opacity)}`);
  }
  if (typeof color !== "string" || color.trim() === "") {
    throw new ControlError(ErrorCode.badValue, `Colors.withOpacity(opacity, color) takes a colour string second, e.g. Colors.RED, got ${JSON.stringify(color)}`);
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const rgb = short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : /^#[0-9a-f]{6}$/i.test(color) ? color : undefined;
  if (rgb) return `${rgb}${Math.round(opacity * 255).toString(16).padStart(2, "0")}`;
  const percent = Math.round(opacity * 1000) / 10;
  return `color-mix(in srgb, ${color} ${percent}%, transparent)`;
}
