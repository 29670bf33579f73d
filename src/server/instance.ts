/**
 * Which process this is, for a load balancer that keeps a browser on the process holding its
 * session (docs/deploy.md): the `instanceId` option (default random), the `weft_instance` cookie
 * every page response sets to it, and the health endpoint a balancer polls.
 *
 * The cookie is not a secret and not a credential: a browser that sends another process's id (or
 * a made-up one) only reaches whichever process the balancer picks, where an unknown session
 * resumes as a new one, as after an expiry.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ErrorCode, WeftError } from "../core/index.js";
import { isHttps } from "./user-cookie.js";

export const INSTANCE_COOKIE = "weft_instance";
const INSTANCE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The `instanceId` option checked, or a random id (12 hex characters) when it is not given. */
export function resolveInstanceId(given: unknown): string {
  if (given === undefined) return randomBytes(6).toString("hex");
  if (typeof given !== "string" || !INSTANCE_ID.test(given)) {
    throw new WeftError(ErrorCode.badOption, `instanceId must be 1 to 64 letters, digits, "-" or "_" (it goes in the ${INSTANCE_COOKIE} cookie), got ${JSON.stringify(given)}`);
  }
  return given;
}

/** The `Set-Cookie` value naming this process: a session cookie, readable by the balancer, not by scripts. */
export function instanceCookie(id: string, path: string, req: IncomingMessage): string {
  return `${INSTANCE_COOKIE}=${id}; Path=${path}; HttpOnly; SameSite=Lax${isHttps(req) ? "; Secure" : ""}`;
}

/** What the health endpoint answers: 200 while this process takes sessions, 503 while it drains. */
export interface Health {
  status: "ok" | "draining";
  instance: string;
  sessions: number;
}
