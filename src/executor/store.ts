// Where the executor keeps what outlives a request: per-target cooldowns, provider-stated waits,
// circuit breakers, rate-limit windows and latencies, and the retry budget. Requests share nothing
// else. Every method may answer synchronously (the
// in-memory store) or with a promise (a shared store such as Redis), so a shared implementation
// plugs in without any change to the executor.
import type { BreakerState } from './breaker.js';
import type { Limits } from './limiter.js';
import type { ExecutorPolicy } from './types.js';

/** The parts of the policy a store applies itself. */
export type StorePolicy = Pick<ExecutorPolicy, 'breaker' | 'retryBudget' | 'adaptiveTimeout'>;

export type MaybePromise<T> = T | Promise<T>;

/** A request was admitted against a target's limits (`reservation` is the store's own handle), or when it can be. */
export type Admission = { ok: true; reservation: unknown } | { ok: false; at: number };

export interface ExecutorStore {
  /** When the target can take a request again (a cooldown or an open breaker), or null if it can now. */
  blockedUntil(target: string, now: number): MaybePromise<number | null>;
  /** Skip the target until `until` (a later cooldown wins); `now` is the caller's clock when it is set. */
  cooldown(target: string, until: number, now: number): MaybePromise<void>;
  /** The provider asked to wait until `until` (a retry-after): a wait worth queueing for, unlike a cooldown for bad health. */
  statedWait(target: string, until: number, now: number): MaybePromise<void>;
  /** When the wait the provider stated ends, or null if there is none. */
  statedUntil(target: string, now: number): MaybePromise<number | null>;
  /** An attempt starts on the target (a half-open breaker counts its probes). */
  onStart(target: string, now: number): MaybePromise<void>;
  /** An attempt ended; failures that do not say the target is unhealthy pass countsForBreaker = false. */
  record(target: string, now: number, ok: boolean, countsForBreaker: boolean): MaybePromise<void>;
  breakerState(target: string, now: number): MaybePromise<BreakerState>;

  /** A successful attempt took `ms` (for a stream, until its first chunk). */
  recordLatency(target: string, ms: number): MaybePromise<void>;
  /** The time limit of the next attempt: adaptive once the target has enough history, never above `configuredMs`. */
  attemptLimit(target: string, configuredMs: number): MaybePromise<number>;
  /** A request started (the retry budget is a share of recent requests). */
  recordRequest(now: number): MaybePromise<void>;
  /** Spends one retry of the budget, or says there is none left. */
  tryRetry(now: number): MaybePromise<boolean>;

  /** When a request of `tokens` fits every window of `limits` (`now` if it fits already; Infinity if it never can). */
  fitsAt(target: string, limits: Limits, tokens: number, now: number): MaybePromise<number>;
  /** Takes room for one request of `tokens` in every window at once, or takes nothing and says when it fits. */
  reserve(target: string, limits: Limits, tokens: number, now: number): MaybePromise<Admission>;
  /** The request used `actualTokens` (0 if it failed: the request itself still counts). */
  settle(target: string, reservation: unknown, actualTokens: number): MaybePromise<void>;
  /** Gives back a reservation whose request was never sent. */
  release(target: string, reservation: unknown): MaybePromise<void>;
  /** The provider says only `remaining` units of `dim` are left until `resetMs` from now (x-ratelimit-* headers). */
  observe(target: string, limits: Limits, dim: keyof Limits, remaining: number, resetMs: number, now: number): MaybePromise<void>;
}
