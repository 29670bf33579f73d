/** The page's `launchUrl` (outside URLs only, checked again here) and its meta description. */
import type { JsonValue } from "../protocol/index.js";

/** Opens `[url, newTab]` if it is an http, https or mailto URL; true when it was opened. */
export function launchUrl(args: readonly JsonValue[]): boolean {
  const [url, newTab] = args;
  if (typeof url !== "string" || !/^(https?:|mailto:)/i.test(url)) return false;
  if (newTab === true) open(url, "_blank", "noopener,noreferrer");
  else location.assign(url);
  return true;
}

/** Sets (or makes) `<meta name="description">`. */
export function setDescription(text: string): void {
  let tag = document.querySelector<HTMLMetaElement>('meta[name="description"]');
  if (!tag) {
    tag = document.createElement("meta");
    tag.name = "description";
    document.head.append(tag);
  }
  tag.content = text;
}
