/** The page's `<meta name=…>` tags, through which the server or `weft publish` tells the client how the page is served. */

/** The content of the page's `<meta name=…>` tag, if it has one. */
export function meta(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
}
