// A circuit breaker per target. Closed: it opens on `consecutiveFailures` failures in a row, or
// when at least `minCalls` calls in `windowMs` failed at `failureRate` or more. Open: the target
// is skipped for `openMs`, doubling on each reopening up to `maxOpenMs`. Half-open: up to
// `halfOpenProbes` requests go through; more than one failure among them reopens it, otherwise
// it closes and the open period starts again from `openMs`.

export interface BreakerPolicy {
  consecutiveFailures: number; failureRate: number; windowMs: number; minCalls: number;
  openMs: number; maxOpenMs: number; halfOpenProbes: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export class Breaker {
  #state: BreakerState = 'closed';
  #calls: Array<{ at: number; ok: boolean }> = [];
  #consecutive = 0;
  #openUntil = 0;
  #openMs: number;
  #probes = { started: 0, failed: 0, done: 0 };

  constructor(private readonly policy: BreakerPolicy) {
    this.#openMs = policy.openMs;
  }

  /** The state at `now`; an open breaker whose period ended becomes half-open. */
  state(now: number): BreakerState {
    if (this.#state === 'open' && now >= this.#openUntil) {
      this.#state = 'half-open';
      this.#probes = { started: 0, failed: 0, done: 0 };
    }
    return this.#state;
  }

  /** When an open breaker lets requests through again. */
  openUntil(): number {
    return this.#openUntil;
  }

  /** Whether a request may go to the target now (a half-open breaker admits its probes only). */
  admits(now: number): boolean {
    const s = this.state(now);
    return s === 'closed' || (s === 'half-open' && this.#probes.started < this.policy.halfOpenProbes);
  }

  /** Call when an attempt starts on the target. */
  onStart(now: number): void {
    if (this.state(now) === 'half-open') this.#probes.started++;
  }

  record(now: number, ok: boolean): void {
    if (this.state(now) === 'half-open') return this.#probe(now, ok);
    this.#consecutive = ok ? 0 : this.#consecutive + 1;
    this.#calls.push({ at: now, ok });
    while (this.#calls.length && this.#calls[0]!.at <= now - this.policy.windowMs) this.#calls.shift();
    const failed = this.#calls.filter((c) => !c.ok).length;
    const rateTripped = this.#calls.length >= this.policy.minCalls && failed / this.#calls.length >= this.policy.failureRate;
    if (!ok && (this.#consecutive >= this.policy.consecutiveFailures || rateTripped)) this.#open(now);
  }

  #probe(now: number, ok: boolean): void {
    this.#probes.done++;
    if (!ok) this.#probes.failed++;
    if (this.#probes.failed > 1) {
      this.#openMs = Math.min(this.policy.maxOpenMs, this.#openMs * 2);
      this.#open(now);
    } else if (this.#probes.done >= this.policy.halfOpenProbes) {
      this.#state = 'closed';
      this.#openMs = this.policy.openMs;
      this.#consecutive = 0;
      this.#calls = [];
    }
  }

  #open(now: number): void {
    this.#state = 'open';
    this.#openUntil = now + this.#openMs;
    this.#calls = [];
    this.#consecutive = 0;
  }
}
