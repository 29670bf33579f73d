/**
 * The cookie that names a browser for `page.userStorage`: `weft_user=<id>.<signature>`, the id
 * random (16 bytes, hex) and the signature an HMAC-SHA256 of it under the app's `storageSecret`.
 * The page's response sets it (HttpOnly, SameSite=Lax, Secure when the page came over https, a
 * year long); the WebSocket upgrade reads it back, and a cookie whose signature does not match is
 * treated as none. Only the server ever reads it: the page's scripts cannot.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const USER_COOKIE = "weft_user";
const YEAR_SECONDS = 365 * 24 * 3600;

export class UserCookie {
  readonly #secret: string;

  constructor(secret: string) {
    this.#secret = secret;
  }

  #sign(id: string): string {
    return createHmac("sha256", this.#secret).update(id).digest("base64url");
  }

  /** The browser id a request's valid cookie names, or undefined. */
  read(req: IncomingMessage): string | undefined {
    const header = req.headers.cookie;
    if (typeof header !== "string") return undefined;
    for (const part of header.split(";")) {
      const [name, value] = part.trim().split("=", 2);
      if (name !== USER_COOKIE || !value) continue;
      const [id, signature] = value.split(".", 2);
      if (!id || !signature || !/^[0-9a-f]{32}$/.test(id)) continue;
      const expected = Buffer.from(this.#sign(id));
      const given = Buffer.from(signature);
      if (expected.length === given.length && timingSafeEqual(expected, given)) return id;
    }
    return undefined;
  }

  /** The id a page response gives the browser: the request's own, or a new one. */
  idFor(req: IncomingMessage): string {
    return this.read(req) ?? randomBytes(16).toString("hex");
  }

  /** The `Set-Cookie` value for a page response: the request's own id renewed, or a new one (or `id`). */
  header(req: IncomingMessage, path: string, id = this.idFor(req)): string {
    const secure = isHttps(req) ? "; Secure" : "";
    return `${USER_COOKIE}=${id}.${this.#sign(id)}; Path=${path}; Max-Age=${YEAR_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
  }
}

/** Whether the page reached the browser over https: a TLS socket, or a proxy's `X-Forwarded-Proto`. */
export function isHttps(req: IncomingMessage): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const proto = req.headers["x-forwarded-proto"];
  return typeof proto === "string" && proto.split(",")[0]!.trim() === "https";
}
