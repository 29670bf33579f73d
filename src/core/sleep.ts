/**
 * `await sleep(1000)`: the counterpart of `asyncio.sleep(1)`, in milliseconds. Works in Node and in
 * a Web Worker. With a signal, it rejects with the signal's reason as soon as the signal aborts,
 * so a task stops sleeping the moment its session ends.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    // A listener object, not an arrow: tsx names every arrow held by a variable, at a cost (decision 0012).
    const onAbort = {
      handleEvent() {
        clearTimeout(timer);
        reject(signal!.reason);
      },
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
