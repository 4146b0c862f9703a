// The executor's state in one process: cooldowns, breakers and sliding-window limiters in maps.
import { Breaker, type BreakerPolicy, type BreakerState } from './breaker.js';
import { TargetBudget, type Limits, type Reservation } from './limiter.js';
import type { Admission, ExecutorStore } from './store.js';

export class MemoryStore implements ExecutorStore {
  #cooldowns = new Map<string, number>();
  #breakers = new Map<string, Breaker>();
  #budgets = new Map<string, TargetBudget>();

  constructor(private readonly breakerPolicy: BreakerPolicy) {}

  #breaker(target: string): Breaker {
    let b = this.#breakers.get(target);
    if (!b) this.#breakers.set(target, (b = new Breaker(this.breakerPolicy)));
    return b;
  }

  #budget(target: string, limits: Limits): TargetBudget {
    let b = this.#budgets.get(target);
    if (!b) this.#budgets.set(target, (b = new TargetBudget(limits)));
    return b;
  }

  blockedUntil(target: string, now: number): number | null {
    const until = this.#cooldowns.get(target) ?? 0;
    const b = this.#breaker(target);
    const open = b.admits(now) ? 0 : b.state(now) === 'open' ? b.openUntil() : now + 1;
    const blocked = Math.max(until, open);
    return blocked > now ? blocked : null;
  }

  cooldown(target: string, until: number): void {
    this.#cooldowns.set(target, Math.max(until, this.#cooldowns.get(target) ?? 0));
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
