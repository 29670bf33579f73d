/** Every benchmark, in the order `npm run bench` runs them. */
import type { Benchmark } from "./benchmark.js";
import { broadcast } from "./broadcast.js";
import { chartAppend } from "./chart-append.js";
import { chartPointBytes } from "./chart-point-bytes.js";
import { chartSeriesHeap } from "./chart-series-heap.js";
import { clientSize } from "./client-size.js";
import { firstPaint } from "./first-paint.js";
import { firstPaintRender } from "./first-paint-render.js";
import { initialRender } from "./initial-render.js";
import { patchBytes } from "./patch-bytes.js";
import { pubsubFanout } from "./pubsub-fanout.js";
import { pubsubRedis } from "./pubsub-redis.js";
import { roundtrip } from "./roundtrip.js";
import { serverStart } from "./server-start.js";
import { sessionHeap } from "./session-heap.js";
import { staticSite } from "./static-site.js";
import { tableFirstPage } from "./table-first-page.js";
import { updateAll } from "./update-all.js";
import { updateOne } from "./update-one.js";
import { updateOneBrowser } from "./update-one-browser.js";
import { upload } from "./upload.js";

export const SUITE: readonly Benchmark[] = [
  clientSize,
  patchBytes,
  chartPointBytes,
  chartSeriesHeap,
  updateOne,
  sessionHeap,
  broadcast,
  pubsubFanout,
  pubsubRedis,
  roundtrip,
  updateOneBrowser,
  updateAll,
  initialRender,
  firstPaint,
  firstPaintRender,
  tableFirstPage,
  chartAppend,
  staticSite,
  upload,
  serverStart,
];
