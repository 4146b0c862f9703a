// Rate limiting before the call: one sliding-window limiter per dimension (requests or tokens, per
// minute or per day) and target. A sliding window never admits more than the limit in any window
// of that length, so it cannot overrun a provider that counts the same way, and unlike fixed
// minute buckets it lets no double burst through at a boundary (LiteLLM's fixed buckets can).
// A GCRA with a full-limit burst was tried first and measured: it admitted up to twice the limit
// within one minute, which a provider answers with 429s. Reservations are made before an attempt,
// corrected with the provider's `usage` after it, and refunded (tokens only) when it fails.

interface Entry { at: number; cost: number }

export class SlidingWindow {
  #entries: Entry[] = [];
  #sum = 0;

  /** Units left in the window at `now`. */
  remaining(now: number): number {
    this.#prune(now);
    return this.limit - this.#sum;
  }

  /**
   * The provider says only `remaining` units are left until `resetMs` from now: take the difference
   * from our window until then, so our count never promises more than the provider will give.
   */
  observe(remaining: number, resetMs: number, now: number): void {
    const gap = this.remaining(now) - remaining;
    if (gap <= 0) return;
    const e = { at: now + Math.min(resetMs, this.periodMs) - this.periodMs, cost: gap };
    let i = this.#entries.length;
    while (i > 0 && this.#entries[i - 1]!.at > e.at) i--;
    this.#entries.splice(i, 0, e);
    this.#sum += gap;
  }

  constructor(readonly limit: number, readonly periodMs: number) {}

  #prune(now: number): void {
    while (this.#entries.length && this.#entries[0]!.at <= now - this.periodMs) this.#sum -= this.#entries.shift()!.cost;
  }

  /** When `cost` more units fit (Infinity if they never can), or `now` if they fit already. */
  fitsAt(cost: number, now: number): number {
    if (cost > this.limit) return Infinity;
    this.#prune(now);
    let over = this.#sum + cost - this.limit;
    if (over <= 0) return now;
    for (const e of this.#entries) {
      over -= e.cost;
      if (over <= 0) return e.at + this.periodMs;
    }
    return Infinity;
  }

  /** Takes `cost` units now; the entry can be settled later. */
  take(cost: number, now: number): Entry {
    const e = { at: now, cost };
    this.#entries.push(e);
    this.#sum += cost;
    return e;
  }

  /** Sets what a taken entry really cost (0 refunds it). */
  settle(e: Entry, actual: number): void {
    if (!this.#entries.includes(e)) return; // already out of the window
    this.#sum += actual - e.cost;
    e.cost = actual;
  }
}

export interface Limits {
  rpm?: number | null;
  rpd?: number | null;
  tpm?: number | null;
  tpd?: number | null;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** What one attempt reserved, to settle afterwards. */
export type Reservation = Array<{ unit: 'request' | 'token'; window: SlidingWindow; entry: Entry }>;

/** Each dimension's window length, and whether it counts requests (1 each) or tokens. */
export const DIMENSIONS: ReadonlyArray<[dim: keyof Limits, periodMs: number, unit: 'request' | 'token']> = [
  ['rpm', MINUTE, 'request'], ['rpd', DAY, 'request'], ['tpm', MINUTE, 'token'], ['tpd', DAY, 'token'],
];

/** A target's limiters, reserved together: a request goes only when every dimension has room. */
export class TargetBudget {
  readonly #windows: Array<{ dim: keyof Limits; unit: 'request' | 'token'; window: SlidingWindow }> = [];

  constructor(limits: Limits) {
    for (const [dim, period, unit] of DIMENSIONS) {
      const limit = limits[dim];
      if (limit) this.#windows.push({ dim, unit, window: new SlidingWindow(limit, period) });
    }
  }

  /** A provider's own count for one dimension (from its x-ratelimit-* headers). */
  observe(dim: keyof Limits, remaining: number, resetMs: number, now: number): void {
    this.#windows.find((w) => w.dim === dim)?.window.observe(remaining, resetMs, now);
  }

  /** When a request of `tokens` fits in every dimension. */
  fitsAt(tokens: number, now: number): number {
    return Math.max(now, ...this.#windows.map((w) => w.window.fitsAt(w.unit === 'request' ? 1 : tokens, now)));
  }

  reserve(tokens: number, now: number): Reservation {
    return this.#windows.map((w) => ({ unit: w.unit, window: w.window, entry: w.window.take(w.unit === 'request' ? 1 : tokens, now) }));
  }

  /** The attempt used `actual` tokens (0 when it failed: the request still counts). */
  settle(r: Reservation, actual: number): void {
    for (const { unit, window, entry } of r) if (unit === 'token') window.settle(entry, actual);
  }

  /** The request was never sent: it costs nothing in any dimension. */
  release(r: Reservation): void {
    for (const { window, entry } of r) window.settle(entry, 0);
  }
}
