/** The nine-point `Alignment` (`topLeft` … `bottomRight`) as CSS: vertical and horizontal parts. */
import type { JsonValue } from "../../../protocol/index.js";

const ALIGN: Record<string, [vertical: string, horizontal: string]> = {
  topLeft: ["start", "start"],
  topCenter: ["start", "center"],
  topRight: ["start", "end"],
  centerLeft: ["center", "start"],
  center: ["center", "center"],
  centerRight: ["center", "end"],
  bottomLeft: ["end", "start"],
  bottomCenter: ["end", "center"],
  bottomRight: ["end", "end"],
};

/** `"bottomRight"` → `["end", "end"]`; anything else → `["", ""]` (the stylesheet's default). */
export function alignment(value: JsonValue | undefined): [vertical: string, horizontal: string] {
  return (typeof value === "string" && ALIGN[value]) || ["", ""];
}
