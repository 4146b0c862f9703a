// The executor's state in one process: cooldowns, stated waits, breakers, sliding-window limiters
// and latencies in maps, and the retry budget. The policy is a parameter, not the generated one:
// the package entry (src/index.ts) exports this store with the shipped policy as its default.
import { Breaker, type BreakerState } from './breaker.js';
import { TargetBudget, type Limits, type Reservation } from './limiter.js';
import { RetryBudget } from './retry-budget.js';
import { LatencyTracker } from './timeouts.js';
import type { Admission, ExecutorStore, StorePolicy } from './store.js';

export class MemoryStore implements ExecutorStore {
  #cooldowns = new Map<string, number>();
  #breakers = new Map<string, Breaker>();
  #budgets = new Map<string, TargetBudget>();
  #stated = new Map<string, number>();
  readonly #latency: LatencyTracker;
  readonly #retries: RetryBudget;

  constructor(private readonly policy: StorePolicy) {
    this.#latency = new LatencyTracker(policy.adaptiveTimeout);
    this.#retries = new RetryBudget(policy.retryBudget);
  }

  #breaker(target: string): Breaker {
    let b = this.#breakers.get(target);
    if (!b) this.#breakers.set(target, (b = new Breaker(this.policy.breaker)));
    return b;
  }

  #budget(target: string, limits: Limits): TargetBudget {
    let b = this.#budgets.get(target);
    if (!b) this.#budgets.set(target, (b = new TargetBudget(limits)));
    return b;
  }

  blockedUntil(target: string, now: number): number | null {
    const until = this.#cooldowns.get(target) ?? 0;
    // A half-open breaker that has its probe out admits nothing more: blocked for now.
    const open = this.#breaker(target).admits(now) ? 0 : this.openUntil(target, now) ?? now + 1;
    const blocked = Math.max(until, open);
    return blocked > now ? blocked : null;
  }

  cooldown(target: string, until: number): void {
    this.#cooldowns.set(target, Math.max(until, this.#cooldowns.get(target) ?? 0));
  }

  statedWait(target: string, until: number): void {
    this.#stated.set(target, Math.max(until, this.#stated.get(target) ?? 0));
  }

  statedUntil(target: string, now: number): number | null {
    const until = this.#stated.get(target) ?? 0;
    return until > now ? until : null;
  }

  recordLatency(target: string, ms: number): void {
    this.#latency.record(target, ms);
  }

  attemptLimit(target: string, configuredMs: number): number {
    return this.#latency.timeoutFor(target, configuredMs);
  }

  recordRequest(now: number): void {
    this.#retries.recordRequest(now);
  }

  tryRetry(now: number): boolean {
    return this.#retries.tryRetry(now);
  }

  onStart(target: string, now: number): void {
    this.#breaker(target).onStart(now);
  }

  record(target: string, now: number, ok: boolean, countsForBreaker: boolean): void {
    if (ok || countsForBreaker) this.#breaker(target).record(now, ok);
  }

  breakerState(target: string, now: number): BreakerState {
    return this.#breaker(target).state(now);
  }

  /** When an open breaker of the target lets requests through again (for a shared store to publish). */
  openUntil(target: string, now: number): number | null {
    const b = this.#breaker(target);
    return b.state(now) === 'open' ? b.openUntil() : null;
  }

  fitsAt(target: string, limits: Limits, tokens: number, now: number): number {
    return this.#budget(target, limits).fitsAt(tokens, now);
  }

  reserve(target: string, limits: Limits, tokens: number, now: number): Admission {
    const budget = this.#budget(target, limits);
    const at = budget.fitsAt(tokens, now);
    return at <= now ? { ok: true, reservation: budget.reserve(tokens, now) } : { ok: false, at };
  }

  settle(target: string, reservation: unknown, actualTokens: number): void {
    this.#budgets.get(target)?.settle(reservation as Reservation, actualTokens);
  }

  release(target: string, reservation: unknown): void {
    this.#budgets.get(target)?.release(reservation as Reservation);
  }

  observe(target: string, limits: Limits, dim: keyof Limits, remaining: number, resetMs: number, now: number): void {
    this.#budget(target, limits).observe(dim, remaining, resetMs, now);
  }
}
