/** What `weft publish` wrote: each file with its size, and the gzipped total of its code. */
import { gzipSync } from "node:zlib";

export interface SiteFile {
  path: string;
  bytes: number;
}

export interface SiteReport {
  files: SiteFile[];
  /**
   * The gzipped size of every JS, HTML and CSS file: the page, the client with its lazily loaded
   * chunks, the stylesheet and the worker; an upper bound on what a visitor loads (`404.html`,
   * another copy of the page, and fonts are not counted).
   */
  gzippedBytes: number;
}

const COUNTED = /\.(?:js|css|html)$/;

export function measureSite(files: ReadonlyMap<string, Uint8Array>): SiteReport {
  let gzippedBytes = 0;
  for (const [path, body] of files) {
    if (COUNTED.test(path) && path !== "404.html") gzippedBytes += gzipSync(body, { level: 9 }).length;
  }
  const list = [...files].map(([path, body]) => ({ path, bytes: body.length })).sort((a, b) => a.path.localeCompare(b.path));
  return { files: list, gzippedBytes };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The table the command prints. */
export function formatSiteReport(report: SiteReport): string {
  const width = Math.max(...report.files.map((f) => f.path.length));
  const lines = report.files.map((f) => `  ${f.path.padEnd(width)}  ${kb(f.bytes).padStart(10)}`);
  lines.push(`  JS + HTML + CSS, gzipped: ${kb(report.gzippedBytes)} (at most what a visitor loads: lazy chunks included, fonts not)`);
  return `${lines.join("\n")}\n`;
}
