/** What a Weft server hosts: apps at path prefixes, and the options of the whole server. */
import type { AppMain } from "../core/index.js";
import type { AppOptions } from "./options.js";

export interface HostedApp {
  /** Path prefix, `/` or like `/hello/`. */
  path: string;
  /** The page title until the app sets `page.title`. */
  title: string;
  main: AppMain;
}

export interface HostOptions extends AppOptions {
  /** HTML served at `/` when no app is hosted there (the gallery's index). */
  indexHtml?: string;
}
