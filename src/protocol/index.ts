/** The wire contract, shared by the runtime, the server, the worker and the client. */
export * from "./actions.js";
export * from "./codec.js";
export * from "./connection.js";
export * from "./events.js";
export type * from "./frames.js";
export * from "./limits.js";
export * from "./ops.js";
export * from "./refusal.js";
export * from "./dev.js";
export * from "./port-signal.js";
export * from "./theme.js";
export * from "./version.js";
export * from "./storage.js";
