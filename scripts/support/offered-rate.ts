/** Latency percentiles, in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Offers `perSecond` events per second for `seconds`: a tenth of a second's worth every 100 ms, each offer awaited. */
export async function offerAtRate(perSecond: number, seconds: number, offer: (n: number) => Promise<void>): Promise<void> {
  const started = performance.now();
  for (let tick = 0; tick < seconds * 10; tick++) {
    await sleep(Math.max(0, started + tick * 100 - performance.now()));
    await offer(perSecond / 10);
  }
}

export function percentiles(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p99: at(0.99) };
}
