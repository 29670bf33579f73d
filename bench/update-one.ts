/**
 * `update-one`: the server's CPU to set one `Text.value` and `await update()`, in a page of 100
 * and of 10,000 Texts: flush, encode and hand to the connection (a sink: no network, no client).
 * Batches of the two pages alternate; each figure is the median over batches, per update.
 * Their ratio shows whether the cost grows with the page (it should not: dirty tracking).
 */
import { Text, type Page } from "../src/index.js";
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { startHeadless, type Headless } from "./headless.js";
import { median } from "./stats.js";

export interface UpdateOneOptions {
  /** The two page sizes compared. */
  small: number;
  large: number;
  /** Updates per timed batch, and batches per page. */
  batch: number;
  batches: number;
  /** Untimed updates first, per page. */
  warmup: number;
}

const SIZES: Record<Scale, UpdateOneOptions> = {
  full: { small: 100, large: 10_000, batch: 1000, batches: 61, warmup: 20_000 },
  smoke: { small: 3, large: 30, batch: 5, batches: 3, warmup: 5 },
};

interface Subject {
  session: Headless;
  texts: Text[];
  cursor: number;
  counter: number;
}

async function pageOf(size: number): Promise<Subject> {
  const texts = Array.from({ length: size }, (_, i) => new Text(`text ${i}`));
  const session = await startHeadless(async (page: Page) => {
    await page.add(...texts);
  });
  return { session, texts, cursor: 0, counter: 0 };
}

/** Runs `count` single-Text updates, walking the page with a stride; returns µs per update. */
async function updates(subject: Subject, count: number): Promise<number> {
  const { texts } = subject;
  const stride = 7919 % texts.length || 1; // a prime: visits the whole page, never in order
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const text = texts[subject.cursor]!;
    subject.cursor = (subject.cursor + stride) % texts.length;
    text.value = `value ${++subject.counter}`;
    await text.update();
  }
  const elapsed = performance.now() - started;
  subject.session.ackAll();
  return (elapsed * 1000) / count;
}

export async function measureUpdateOne(options: UpdateOneOptions): Promise<Measurement> {
  const small = await pageOf(options.small);
  const large = await pageOf(options.large);
  try {
    await updates(small, options.warmup);
    await updates(large, options.warmup);
    const smallSamples: number[] = [];
    const largeSamples: number[] = [];
    for (let b = 0; b < options.batches; b++) {
      // Alternate which goes first, so neither always follows the other's garbage.
      if (b % 2 === 0) {
        smallSamples.push(await updates(small, options.batch));
        largeSamples.push(await updates(large, options.batch));
      } else {
        largeSamples.push(await updates(large, options.batch));
        smallSamples.push(await updates(small, options.batch));
      }
    }
    return {
      metrics: { update_one_of_100_us: median(smallSamples), update_one_of_10000_us: median(largeSamples) },
      notes: options.small === 100 && options.large === 10_000 ? [] : [`update-one ran with pages of ${options.small} and ${options.large}`],
    };
  } finally {
    await small.session.close();
    await large.session.close();
  }
}

export const updateOne: Benchmark = {
  name: "update-one",
  metrics: ["update_one_of_100_us", "update_one_of_10000_us"],
  run: (scale) => measureUpdateOne(SIZES[scale]),
};
