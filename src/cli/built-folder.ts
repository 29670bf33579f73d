/** The files of a folder `weft build` writes, named once for `build` and `start`. */

/** The bundled app. */
export const BUILT_APP = "app.js";
/** The launcher: `node build/server.js`. */
export const BUILT_SERVER = "server.js";
/** The prebuilt browser client's folder. */
export const BUILT_CLIENT = "client/";
