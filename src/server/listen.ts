/** Listening, with the usual failures (a port in use, no such address, no permission) as one clear error each. */
import type { Server } from "node:http";
import { ErrorCode, WeftError } from "../core/index.js";

export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") {
        reject(new WeftError(ErrorCode.portInUse, `port ${port} on ${host} is already in use; stop the other program or pass another port (0 picks a free one)`));
      } else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") {
        reject(new WeftError(ErrorCode.badOption, `cannot listen on host ${host}: no such local address`));
      } else if (error.code === "EACCES") {
        reject(new WeftError(ErrorCode.badOption, `no permission to listen on port ${port}; use a port above 1023`));
      } else reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}
