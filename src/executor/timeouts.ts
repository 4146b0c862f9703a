// Adaptive attempt timeouts. A target's recent successful attempt durations (for a stream, the
// time to its first chunk) give its p99; once there are enough of them, an attempt that takes
// `multiplier` times that long is treated as hung and the request fails over, instead of waiting
// for a fixed limit sized for the slowest provider. Below `minSamples` the configured limit holds.

const WINDOW = 200;

export class LatencyTracker {
  #samples = new Map<string, number[]>();

  constructor(private readonly policy: { minSamples: number; multiplier: number; minMs: number }) {}

  record(target: string, ms: number): void {
    const list = this.#samples.get(target) ?? [];
    list.push(ms);
    if (list.length > WINDOW) list.shift();
    this.#samples.set(target, list);
  }

  /** The p99 of the recorded durations, or null below minSamples. */
  p99(target: string): number | null {
    const list = this.#samples.get(target);
    if (!list || list.length < this.policy.minSamples) return null;
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]!;
  }

  /** The limit for the next attempt on `target`: adaptive when warm, never above `configuredMs`. */
  timeoutFor(target: string, configuredMs: number): number {
    const p99 = this.p99(target);
    if (p99 === null) return configuredMs;
    return Math.min(configuredMs, Math.max(this.policy.minMs, Math.ceil(this.policy.multiplier * p99)));
  }
}
