/** What `weft publish` wrote: each file with its size, and what a visitor downloads, gzipped. */
import { gzipSync } from "node:zlib";

export interface SiteFile {
  path: string;
  bytes: number;
}

export interface SiteReport {
  files: SiteFile[];
  /**
   * The gzipped size of the JS, HTML and CSS a visitor loads: `index.html`, the client, its
   * stylesheet and the worker (`404.html` is another copy of the page; fonts are not counted).
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
  lines.push(`  JS + HTML + CSS a visitor loads, gzipped: ${kb(report.gzippedBytes)}`);
  return `${lines.join("\n")}\n`;
}
