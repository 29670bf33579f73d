/** `weftjs/testing`: run an app headless and drive it as a person would. */
export { memoryConnectionPair } from "./memory-connection.js";
export { MirrorTree, type MirrorNode } from "./mirror.js";
export {
  mirrorTreeOf,
  Pilot,
  PilotError,
  runApp,
  serverTreeOf,
  textOf,
  type LogEntry,
  type PilotOptions,
  type Query,
  type RecordedFrame,
} from "./pilot.js";
