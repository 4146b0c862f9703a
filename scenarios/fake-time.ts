// Fake time for executor tests and scenario runs: sleep() registers a timer; time moves only when every promise
// that can make progress has settled, then jumps to the earliest timer. So a test of minutes of
// cooldowns and backoff runs in milliseconds and the same way every time.
import type { Runtime } from '../src/executor/types.js';

export class FakeTime {
  now = 1_767_225_600_000; // 2026-01-01T00:00:00Z
  #timers: Array<{ due: number; seq: number; fire: () => void }> = [];
  #seq = 0;
  #seed: number;

  constructor(seed = 1) {
    this.#seed = seed;
  }

  runtime(): Runtime {
    return {
      now: () => this.now,
      // mulberry32: seeded, so backoff jitter is the same in every run.
      random: () => {
        let t = (this.#seed += 0x6d2b79f5);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      },
      sleep: (ms, signal) => this.sleep(ms, signal),
    };
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = { due: this.now + Math.max(0, ms), seq: this.#seq++, fire: () => resolve() };
      this.#timers.push(timer);
      signal?.addEventListener('abort', () => {
        this.#timers = this.#timers.filter((t) => t !== timer);
        reject(signal.reason);
      }, { once: true });
    });
  }

  /** Runs `work` to completion, advancing fake time whenever nothing else can progress. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const watched = work.finally(() => { settled = true; });
    watched.catch(() => undefined);
    for (let guard = 0; guard < 100_000; guard++) {
      await new Promise((r) => setImmediate(r));
      if (settled) return watched;
      this.#timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
      const next = this.#timers.shift();
      if (!next) throw new Error('fake time: the work is stuck with no timer pending');
      this.now = Math.max(this.now, next.due);
      next.fire();
    }
    throw new Error('fake time: too many steps');
  }
}
