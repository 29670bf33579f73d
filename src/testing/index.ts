/** `weftjs/testing`: run an app headless and drive it as a person would. */
export { memoryConnectionPair } from "./memory-connection.js";
export { MirrorTree, type MirrorNode } from "./mirror.js";
export { Pilot, PilotError, runApp, type LogEntry, type PilotOptions, type RecordedFrame } from "./pilot.js";
export { mirrorTreeOf, serverTreeOf, textOf, type Query } from "./tree-query.js";
