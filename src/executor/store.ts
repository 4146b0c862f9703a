// Where the executor keeps what outlives a request: per-target cooldowns, circuit breakers and
// rate-limit windows. Requests share nothing else. Every method may answer synchronously (the
// in-memory store) or with a promise (a shared store such as Redis), so a shared implementation
// plugs in without any change to the executor.
import type { BreakerState } from './breaker.js';
import type { Limits } from './limiter.js';

export type MaybePromise<T> = T | Promise<T>;

/** A request was admitted against a target's limits (`reservation` is the store's own handle), or when it can be. */
export type Admission = { ok: true; reservation: unknown } | { ok: false; at: number };

export interface ExecutorStore {
  /** When the target can take a request again (a cooldown or an open breaker), or null if it can now. */
  blockedUntil(target: string, now: number): MaybePromise<number | null>;
  /** Skip the target until `until` (a later cooldown wins); `now` is the caller's clock when it is set. */
  cooldown(target: string, until: number, now: number): MaybePromise<void>;
  /** An attempt starts on the target (a half-open breaker counts its probes). */
  onStart(target: string, now: number): MaybePromise<void>;
  /** An attempt ended; failures that do not say the target is unhealthy pass countsForBreaker = false. */
  record(target: string, now: number, ok: boolean, countsForBreaker: boolean): MaybePromise<void>;
  breakerState(target: string, now: number): MaybePromise<BreakerState>;

  /** When a request of `tokens` fits every window of `limits` (`now` if it fits already; Infinity if it never can). */
  fitsAt(target: string, limits: Limits, tokens: number, now: number): MaybePromise<number>;
  /** Takes room for one request of `tokens` in every window at once, or takes nothing and says when it fits. */
  reserve(target: string, limits: Limits, tokens: number, now: number): MaybePromise<Admission>;
  /** The request used `actualTokens` (0 if it failed: the request itself still counts). */
  settle(target: string, reservation: unknown, actualTokens: number, now: number): MaybePromise<void>;
  /** Gives back a reservation whose request was never sent. */
  release(target: string, reservation: unknown, now: number): MaybePromise<void>;
  /** The provider says only `remaining` units of `dim` are left until `resetMs` from now (x-ratelimit-* headers). */
  observe(target: string, limits: Limits, dim: keyof Limits, remaining: number, resetMs: number, now: number): MaybePromise<void>;
}
