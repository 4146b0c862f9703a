// Per-target health that outlives a request: cooldowns (skip a target until a time) and circuit
// breakers. Requests share nothing else. The interface is what a shared store (Redis) would
// implement to spread this across processes; MemoryHealthStore keeps it in one.
import { Breaker, type BreakerPolicy, type BreakerState } from './breaker.js';

export interface HealthStore {
  /** When the target can take a request again, or null if it can now. */
  blockedUntil(target: string, now: number): number | null;
  cooldown(target: string, until: number): void;
  onStart(target: string, now: number): void;
  record(target: string, now: number, ok: boolean, countsForBreaker: boolean): void;
  breakerState(target: string, now: number): BreakerState;
}

export class MemoryHealthStore implements HealthStore {
  #cooldowns = new Map<string, number>();
  #breakers = new Map<string, Breaker>();

  constructor(private readonly breakerPolicy: BreakerPolicy) {}

  #breaker(target: string): Breaker {
    let b = this.#breakers.get(target);
    if (!b) this.#breakers.set(target, (b = new Breaker(this.breakerPolicy)));
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
}
