/**
 * The wire protocol's version. The client sends it in `hello`; the server refuses a client whose
 * version differs, with `protocol.version-mismatch`, rather than guessing at a frame it may misread.
 */
export const PROTOCOL_VERSION = 1;
