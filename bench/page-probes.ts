/**
 * Code that runs inside the measured page (handed to `page.evaluate`): all timing is taken there,
 * with `performance.now()` and a `MutationObserver`, so nothing of Playwright's own round trips
 * is counted. Every wait is bounded.
 */

export interface ClickProbe {
  /** CSS selector of the element to click. */
  button: string;
  /** CSS selector of the element whose change ends one sample. */
  target: string;
  /** Clicks not recorded (JIT, first frames). */
  warmup: number;
  clicks: number;
  /** Bound on each click's wait for the DOM change. */
  timeoutMs: number;
  /** Pause before each click: a person's pace, under the server's event rate limit (50/s). */
  gapMs: number;
  /** When given, a sample ends only once the target's text equals this prefix plus the click number. */
  expectPrefix?: string;
  /** The first click number used with `expectPrefix`. */
  firstClick?: number;
}

/** Clicks `button`, times until `target` changes in the DOM, `warmup + clicks` times; returns ms. */
export async function clickProbe(probe: ClickProbe): Promise<number[]> {
  const button = document.querySelector<HTMLElement>(probe.button);
  const target = document.querySelector(probe.target);
  if (!button || !target) throw new Error(`probe: ${probe.button} or ${probe.target} is not on the page`);
  const samples: number[] = [];
  for (let i = 0; i < probe.warmup + probe.clicks; i++) {
    const expected = probe.expectPrefix === undefined ? undefined : `${probe.expectPrefix}${(probe.firstClick ?? 1) + i}`;
    const changed = new Promise<number>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        const at = performance.now();
        if (expected !== undefined && target.textContent !== expected) return;
        clearTimeout(timer);
        observer.disconnect();
        resolve(at);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`probe: ${probe.target} did not change within ${probe.timeoutMs} ms of click ${i + 1}`));
      }, probe.timeoutMs);
      observer.observe(target, { childList: true, characterData: true, subtree: true });
    });
    await new Promise((resolve) => setTimeout(resolve, probe.gapMs));
    const start = performance.now();
    button.click();
    const end = await changed;
    if (i >= probe.warmup) samples.push(end - start);
  }
  return samples;
}

export interface SettleProbe {
  /** CSS selector of the button whose click changes one control. */
  button: string;
  /** CSS selector of the element holding every control that may change. */
  root: string;
  timeoutMs: number;
}

/**
 * Clicks `button`, waits until something under `root` changes in the DOM, then two frames more
 * (the one that lays the change out and the next), so the browser's work for it is done.
 */
export async function updateAndSettle(probe: SettleProbe): Promise<void> {
  const button = document.querySelector<HTMLElement>(probe.button);
  const root = document.querySelector(probe.root);
  if (!button || !root) throw new Error(`probe: ${probe.button} or ${probe.root} is not on the page`);
  await new Promise<void>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`probe: nothing under ${probe.root} changed within ${probe.timeoutMs} ms of the click`));
    }, probe.timeoutMs);
    observer.observe(root, { childList: true, characterData: true, subtree: true, attributes: true });
    button.click();
  });
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

export interface RenderProbe {
  /** CSS selector of the element that appears last (the 10,000th text). */
  last: string;
  /** CSS selector counting the rendered items, checked once the last is there. */
  items: string;
  timeoutMs: number;
}

/** What `installRenderProbe` records. */
export interface RenderedAt {
  /** ms since navigation start. */
  at: number;
  /** How many `items` the page showed then. */
  items: number;
  /** Whether the page came painted by the server (its markup names the patch it stands for). */
  painted: boolean;
  /** Whether a server-painted page had been adopted by its client by then (its first-paint stylesheet gone). */
  adopted: boolean;
}

/**
 * Installed before the page's own scripts (`addInitScript`): records `performance.now()` (ms
 * since navigation start) the moment `last` is visible, in `window.__benchRendered`. Visible
 * means in the document with the stylesheets it was parsed under: a server-painted page's
 * markup arrives parsed before `weft.css` may have loaded, and the browser paints nothing until
 * it has, so the sample then ends at that stylesheet's load. A page that links no stylesheet
 * (the floors) ends the moment `last` is in the document, as before.
 */
export function installRenderProbe(probe: RenderProbe): void {
  const w = window as unknown as { __benchRendered?: Promise<RenderedAt> };
  w.__benchRendered = new Promise((resolve, reject) => {
    const check = (): boolean => {
      if (!document.querySelector(probe.last)) return false;
      const inDocument = performance.now();
      const items = document.querySelectorAll(probe.items).length;
      const painted = document.querySelector("meta[name=weft-paint-seq]") !== null;
      const adopted = painted && document.querySelector("style[data-weft-first-paint]") === null;
      const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => link.sheet === null);
      if (pending.length === 0) resolve({ at: inDocument, items, painted, adopted });
      else {
        const loads = pending.map((link) => new Promise<void>((done) => (link.addEventListener("load", () => done(), { once: true }), link.addEventListener("error", () => done(), { once: true }))));
        void Promise.all(loads).then(() => resolve({ at: performance.now(), items, painted, adopted }));
      }
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error(`probe: ${probe.last} did not appear within ${probe.timeoutMs} ms`));
    }, probe.timeoutMs);
  });
}

/** Resolves to what `installRenderProbe` recorded. */
export function readRenderProbe(): Promise<RenderedAt> {
  const w = window as unknown as { __benchRendered?: Promise<RenderedAt> };
  if (!w.__benchRendered) throw new Error("probe: the render probe was not installed");
  return w.__benchRendered;
}

export interface InteractiveProbe {
  /** CSS selector of the button to click, as soon as it is in the document. */
  button: string;
  /** CSS selector of the element whose text shows the handler's answer. */
  answer: string;
  /** The answer's text once the handler ran. */
  expected: string;
  /** Pause between clicks until one is answered: under the server's event rate limit (50/s). */
  gapMs: number;
  timeoutMs: number;
}

/**
 * Installed before the page's own scripts (`addInitScript`): clicks `button` from the moment it
 * is in the document, every `gapMs` until one click is answered, and records `performance.now()`
 * (ms since navigation start) the moment `answer` shows `expected`, in
 * `window.__benchInteractive`. With it, the page's first contentful paint.
 */
export function installInteractiveProbe(probe: InteractiveProbe): void {
  const w = window as unknown as { __benchInteractive?: Promise<{ at: number; clicks: number }> };
  w.__benchInteractive = new Promise((resolve, reject) => {
    let clicks = 0;
    let clicker: ReturnType<typeof setInterval> | undefined;
    const click = () => {
      const button = document.querySelector<HTMLElement>(probe.button);
      if (!button) return false;
      clicks++;
      button.click();
      return true;
    };
    const observer = new MutationObserver(() => {
      if (document.querySelector(probe.answer)?.textContent !== probe.expected) {
        if (clicker === undefined && click()) clicker = setInterval(click, probe.gapMs);
        return;
      }
      const at = performance.now();
      observer.disconnect();
      clearInterval(clicker);
      clearTimeout(timer);
      resolve({ at, clicks });
    });
    observer.observe(document, { childList: true, characterData: true, subtree: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      clearInterval(clicker);
      reject(new Error(`probe: ${probe.answer} did not show ${JSON.stringify(probe.expected)} within ${probe.timeoutMs} ms`));
    }, probe.timeoutMs);
  });
}

/** Resolves to what `installInteractiveProbe` recorded, and the first contentful paint (ms). */
export async function readInteractiveProbe(): Promise<{ at: number; clicks: number; paint: number }> {
  const w = window as unknown as { __benchInteractive?: Promise<{ at: number; clicks: number }> };
  if (!w.__benchInteractive) throw new Error("probe: the interactive probe was not installed");
  const answered = await w.__benchInteractive;
  const paint = await new Promise<number>((resolve, reject) => {
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName("first-contentful-paint")[0];
      if (!entry) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(entry.startTime);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error("probe: the page recorded no first-contentful-paint within 10 s"));
    }, 10_000);
    observer.observe({ type: "paint", buffered: true });
  });
  return { ...answered, paint };
}
