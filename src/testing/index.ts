/** `weftjs/testing`: run an app headless and drive it as a person would. */
import { useIconCheck } from "../core/icon-check.js";
import { checkIconName } from "../core/icons.js";
export { memoryConnectionPair } from "./memory-connection.js";
export { MirrorTree, type MirrorNode } from "./mirror.js";
export { Pilot, PilotError, runApp, type LogEntry, type PilotOptions, type RecordedFrame } from "./pilot.js";
export { mirrorTreeOf, serverTreeOf, textOf, type Query } from "./tree-query.js";

// Icon props are checked against the font's names wherever the app runs under Node (the names
// stay out of a static site's worker; src/core/icon-check.ts).
useIconCheck(checkIconName);
