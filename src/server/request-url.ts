/**
 * A request's target as a URL. `new URL` throws on targets a client may well send (`//[`,
 * `http://[`, `//%`, `http://a:99999/`); an unchecked throw in the upgrade listener ended the
 * process. Here such a target is undefined, and the caller answers 400.
 */
const BASE = "http://weft.invalid";

export function requestUrl(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? "/", BASE);
  } catch {
    return undefined;
  }
}
