// The executor's state shared by every process that points at one Redis: instances then respect a
// provider's limits together and skip a target another instance found down.
//
// - Rate limits: each window is a sorted set of reservations (score: when, member: id and cost)
//   with a running sum beside it. One Lua script checks every window of a target and reserves in
//   all of them or none, so instances cannot overshoot between a check and a reservation.
// - Cooldowns and breakers: each instance runs its breaker on the outcomes it sees; when one opens,
//   or a cooldown starts, the time the target is blocked until is published (the later time wins)
//   and every instance reads it before choosing a target. A provider-stated wait is published the
//   same way, so every instance can queue for it.
// - Latencies (for adaptive timeouts) and the retry budget stay in each process: they describe
//   what this instance sees and sends.
// - Clocks: by default every script reads Redis's own clock (TIME), so instances whose clocks
//   differ, or whose calls wait in a busy event loop, still agree on what is in a window; times
//   cross the wire as delays from now. A caller's clock skewed or lagging by d lets through what a
//   window of length 60 s - d would, which a four-process test measured at up to twice the limit
//   when calls lagged. `clock: 'caller'` uses the executor's clock instead (for fake-time tests).
// - Redis down or slow: every call has a time limit; on a failure the store answers from a local
//   MemoryStore for `retryAfterMs` before trying Redis again. Requests never fail because Redis did.
//
// The package does not import a Redis client: pass an ioredis client (or anything with its `eval`).
import type { BreakerState } from './breaker.js';
import { DIMENSIONS, type Limits, type Reservation } from './limiter.js';
import { EXECUTOR_POLICY } from '../generated/executor-policy.js';
import { MemoryStore } from './memory-store.js';
import type { Admission, ExecutorStore, StorePolicy } from './store.js';

/** The one method used, in ioredis's shape: `eval(script, numberOfKeys, ...keys, ...args)`. */
export interface RedisLike {
  eval(script: string, numKeys: number, ...args: Array<string | number>): Promise<unknown>;
}

export interface RedisStoreOptions {
  client: RedisLike;
  /** Key prefix, so several chains can share one Redis. Default `provider-fallback`. */
  prefix?: string;
  /** Breaker, adaptive-timeout and retry-budget settings; default: the registry's executor policy. */
  policy?: StorePolicy;
  /**
   * Longest a Redis call may take before the local store answers instead. Default 250 ms: a busy
   * event loop can delay a reply that long, and a false timeout sends the instance local for
   * `retryAfterMs`.
   */
  timeoutMs?: number;
  /** After a Redis failure, how long to answer locally before trying Redis again. Default 1 s. */
  retryAfterMs?: number;
  /** Told about each Redis failure (the store carries on locally). */
  onError?: (err: unknown) => void;
  /** Whose clock orders the windows: Redis's (default) or the executor's injected one. */
  clock?: 'redis' | 'caller';
  /**
   * The share of each limit one instance uses on its own while Redis is unavailable. Default 1 (the
   * whole limit: N instances may then send N times it); 1/N keeps N instances within the limit.
   */
  localShare?: number;
}


// Prepended to every script (in #eval): clock() reads Redis's time unless the caller gave one; a
// member is "<id>:<cost>"; prune drops what left the window from the set and from its sum, and
// returns the sum of what is left. The scripts are plain literals, so bundlers drop them unused.
const LUA_PRUNE = `
local function clock(given)
  if tonumber(given) >= 0 then return tonumber(given) end
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function cost(m) return tonumber(string.match(m, ':([^:]+)$')) end
local function prune(key, sumKey, now, period)
  local old = redis.call('ZRANGEBYSCORE', key, '-inf', now - period)
  if #old > 0 then
    local gone = 0
    for _, m in ipairs(old) do gone = gone + cost(m) end
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - period)
    redis.call('INCRBYFLOAT', sumKey, -gone)
  end
  return tonumber(redis.call('GET', sumKey) or '0')
end`;

// KEYS: (set, sum) per window. ARGV: now (-1: Redis's clock), tokens, id, mode ('check' |
// 'reserve'), then per window: limit, period, unit ('request' or 'token'). Returns 0 when it fits (and, in reserve mode,
// took it in every window), how long until it fits otherwise, or -1 if it never can.
const LUA_RESERVE = `
local now, tokens, id, mode = clock(ARGV[1]), tonumber(ARGV[2]), ARGV[3], ARGV[4]
local at = now
for i = 1, #KEYS / 2 do
  local key, sumKey, b = KEYS[2 * i - 1], KEYS[2 * i], 4 + 3 * (i - 1)
  local limit, period = tonumber(ARGV[b + 1]), tonumber(ARGV[b + 2])
  local c = ARGV[b + 3] == 'request' and 1 or tokens
  if c > limit then return -1 end
  local over = prune(key, sumKey, now, period) + c - limit
  if over > 0 then
    local fits = -1
    for _, m in ipairs(redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')) do
      if fits == -1 then
        if _ % 2 == 1 then over = over - cost(m) elseif over <= 0 then fits = tonumber(m) + period end
      end
    end
    if fits == -1 then return -1 end
    if fits > at then at = fits end
  end
end
if at > now then return at - now end
if mode == 'reserve' then
  for i = 1, #KEYS / 2 do
    local b = 4 + 3 * (i - 1)
    local c = ARGV[b + 3] == 'request' and 1 or tokens
    redis.call('ZADD', KEYS[2 * i - 1], now, id .. ':' .. c)
    redis.call('INCRBYFLOAT', KEYS[2 * i], c)
    redis.call('PEXPIRE', KEYS[2 * i - 1], ARGV[b + 2])
    redis.call('PEXPIRE', KEYS[2 * i], ARGV[b + 2])
  end
end
return 0`;

// KEYS: (set, sum) per window to settle. ARGV: the member reserved, then its new cost. A member
// already out of the window is left alone.
const LUA_SETTLE = `
local member, new = ARGV[1], tonumber(ARGV[2])
for i = 1, #KEYS / 2 do
  local score = redis.call('ZSCORE', KEYS[2 * i - 1], member)
  if score then
    redis.call('ZREM', KEYS[2 * i - 1], member)
    redis.call('INCRBYFLOAT', KEYS[2 * i], new - cost(member))
    if new > 0 then redis.call('ZADD', KEYS[2 * i - 1], score, string.match(member, '^(.*):[^:]+$') .. ':' .. new) end
  end
end
return 0`;

// KEYS: set, sum. ARGV: now (-1: Redis's clock), limit, period, remaining, resetMs, id. Fills the
// gap between what the window says is left and what the provider says is left, until the reset.
const LUA_OBSERVE = `
local now, limit, period, remaining, reset, id = clock(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]
local gap = limit - prune(KEYS[1], KEYS[2], now, period) - remaining
if gap <= 0 then return 0 end
redis.call('ZADD', KEYS[1], now + math.min(reset, period) - period, id .. ':' .. gap)
redis.call('INCRBYFLOAT', KEYS[2], gap)
redis.call('PEXPIRE', KEYS[1], period)
redis.call('PEXPIRE', KEYS[2], period)
return gap`;

// KEYS: a blocked-until or stated-until key. ARGV: now (-1: Redis's clock), for how long. The later end wins; the
// key expires when it passes.
const LUA_SET_LATER = `
local now, ms = clock(ARGV[1]), math.ceil(tonumber(ARGV[2]))
if ms <= 0 then return 0 end
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if now + ms > cur then redis.call('SET', KEYS[1], now + ms, 'PX', ms) end
return 0`;

// KEYS: a blocked-until or stated-until key. ARGV: now (-1: Redis's clock). How long is left (0: none).
const LUA_TIME_LEFT = `
local left = tonumber(redis.call('GET', KEYS[1]) or '0') - clock(ARGV[1])
if left > 0 then return left end
return 0`;

/** A reservation made in Redis (its id, cost and windows), or in the local store while Redis was away. */
type Handle = { shared: true; id: string; tokens: number; requestKeys: string[]; tokenKeys: string[] } | { shared: false; local: Reservation };

class RedisUnavailable extends Error {}

export class RedisStore implements ExecutorStore {
  readonly #local: MemoryStore;
  readonly #client: RedisLike;
  readonly #prefix: string;
  readonly #timeoutMs: number;
  readonly #retryAfterMs: number;
  readonly #onError: (err: unknown) => void;
  readonly #callerClock: boolean;
  readonly #localShare: number;
  #downUntil = 0;
  #seq = 0;
  readonly #instance = Math.random().toString(36).slice(2, 10);

  constructor(options: RedisStoreOptions) {
    this.#local = new MemoryStore(options.policy ?? EXECUTOR_POLICY);
    this.#client = options.client;
    this.#prefix = options.prefix ?? 'provider-fallback';
    this.#timeoutMs = options.timeoutMs ?? 250;
    this.#localShare = options.localShare ?? 1;
    this.#retryAfterMs = options.retryAfterMs ?? 1_000;
    this.#onError = options.onError ?? (() => undefined);
    this.#callerClock = options.clock === 'caller';
  }

  /** What scripts get for `now`: the caller's time, or -1 for Redis's own clock. */
  #now(now: number): number {
    return this.#callerClock ? now : -1;
  }

  /** Whether the last Redis call failed and the store is answering locally (until `retryAfterMs` passes). */
  degraded(): boolean {
    return Date.now() < this.#downUntil;
  }

  /**
   * Runs a script, or throws RedisUnavailable (after noting the failure) so the caller answers
   * locally. Redis's availability is judged on the wall clock, whatever clock the executor uses.
   */
  async #eval(script: string, keys: string[], args: Array<string | number>): Promise<number> {
    if (Date.now() < this.#downUntil) throw new RedisUnavailable();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
      timer.unref?.();
    });
    try {
      return Number(await Promise.race([this.#client.eval(LUA_PRUNE + script, keys.length, ...keys, ...args), timeout]));
    } catch (err) {
      this.#downUntil = Date.now() + this.#retryAfterMs;
      this.#onError(err);
      throw new RedisUnavailable();
    } finally {
      clearTimeout(timer);
    }
  }

  /** `shared()`, or `local()` while Redis is unavailable. */
  async #either<T>(shared: () => Promise<T>, local: () => T): Promise<T> {
    try {
      return await shared();
    } catch (err) {
      if (err instanceof RedisUnavailable) return local();
      throw err;
    }
  }

  #key(target: string, ...parts: string[]): string {
    return [this.#prefix, encodeURIComponent(target), ...parts].join(':');
  }

  /** The limits an instance keeps on its own while Redis is away: its share of each. */
  #localLimits(limits: Limits): Limits {
    if (this.#localShare >= 1) return limits;
    const share = (n: number | null | undefined) => (n ? Math.max(1, Math.floor(n * this.#localShare)) : n);
    return { rpm: share(limits.rpm), rpd: share(limits.rpd), tpm: share(limits.tpm), tpd: share(limits.tpd) };
  }

  #windows(target: string, limits: Limits) {
    return DIMENSIONS.filter(([dim]) => limits[dim]).map(([dim, period, unit]) => ({ dim, period, unit, limit: limits[dim]!, set: this.#key(target, dim), sum: this.#key(target, dim, 'sum') }));
  }

  /** The later of `local` and the time published under `kind` for the target, or null once both have passed. */
  async #sharedUntil(target: string, kind: 'blocked' | 'stated', local: number | null, now: number): Promise<number | null> {
    const left = await this.#either(() => this.#eval(LUA_TIME_LEFT, [this.#key(target, kind)], [this.#now(now)]), () => 0);
    const until = Math.max(local ?? 0, left > 0 ? now + left : 0);
    return until > now ? until : null;
  }

  /** Publishes `until` under `kind` for the target (a later time already there wins). */
  async #publish(target: string, kind: 'blocked' | 'stated', until: number, now: number): Promise<void> {
    await this.#either(() => this.#eval(LUA_SET_LATER, [this.#key(target, kind)], [this.#now(now), until - now]), () => 0);
  }

  blockedUntil(target: string, now: number): Promise<number | null> {
    return this.#sharedUntil(target, 'blocked', this.#local.blockedUntil(target, now), now);
  }

  async cooldown(target: string, until: number, now: number): Promise<void> {
    this.#local.cooldown(target, until);
    await this.#publish(target, 'blocked', until, now);
  }

  onStart(target: string, now: number): void {
    this.#local.onStart(target, now);
  }

  async statedWait(target: string, until: number, now: number): Promise<void> {
    this.#local.statedWait(target, until);
    await this.#publish(target, 'stated', until, now);
  }

  statedUntil(target: string, now: number): Promise<number | null> {
    return this.#sharedUntil(target, 'stated', this.#local.statedUntil(target, now), now);
  }

  recordLatency(target: string, ms: number): void {
    this.#local.recordLatency(target, ms);
  }

  attemptLimit(target: string, configuredMs: number): number {
    return this.#local.attemptLimit(target, configuredMs);
  }

  recordRequest(now: number): void {
    this.#local.recordRequest(now);
  }

  tryRetry(now: number): boolean {
    return this.#local.tryRetry(now);
  }

  async record(target: string, now: number, ok: boolean, countsForBreaker: boolean): Promise<void> {
    this.#local.record(target, now, ok, countsForBreaker);
    const open = this.#local.openUntil(target, now);
    if (open !== null) await this.#publish(target, 'blocked', open, now);
  }

  breakerState(target: string, now: number): BreakerState {
    return this.#local.breakerState(target, now);
  }

  async #admit(target: string, limits: Limits, tokens: number, now: number, mode: 'check' | 'reserve', member: string): Promise<number> {
    const w = this.#windows(target, limits);
    const keys = w.flatMap((x) => [x.set, x.sum]);
    const args = [this.#now(now), Math.ceil(tokens), member, mode, ...w.flatMap((x) => [x.limit, x.period, x.unit])];
    const wait = await this.#eval(LUA_RESERVE, keys, args);
    return wait === -1 ? Infinity : now + wait;
  }

  fitsAt(target: string, limits: Limits, tokens: number, now: number): Promise<number> {
    return this.#either(() => this.#admit(target, limits, tokens, now, 'check', ''), () => this.#local.fitsAt(target, this.#localLimits(limits), tokens, now));
  }

  reserve(target: string, limits: Limits, tokens: number, now: number): Promise<Admission> {
    const id = `${this.#instance}-${++this.#seq}`;
    return this.#either<Admission>(async () => {
      const at = await this.#admit(target, limits, tokens, now, 'reserve', id);
      if (at > now) return { ok: false, at };
      const w = this.#windows(target, limits);
      const keysOf = (unit: 'request' | 'token') => w.filter((x) => x.unit === unit).flatMap((x) => [x.set, x.sum]);
      const handle: Handle = { shared: true, id, tokens: Math.ceil(tokens), requestKeys: keysOf('request'), tokenKeys: keysOf('token') };
      return { ok: true, reservation: handle };
    }, () => {
      const a = this.#local.reserve(target, this.#localLimits(limits), tokens, now);
      return a.ok ? { ok: true, reservation: { shared: false, local: a.reservation as Reservation } satisfies Handle } : a;
    });
  }

  /** Sets what a shared reservation's member `<id>:<cost>` costs in the windows `keys` (0 removes it). */
  async #resettle(keys: string[], id: string, cost: number, actual: number): Promise<void> {
    if (keys.length) await this.#either(() => this.#eval(LUA_SETTLE, keys, [`${id}:${cost}`, actual]), () => 0);
  }

  async settle(target: string, reservation: unknown, actualTokens: number): Promise<void> {
    const h = reservation as Handle;
    if (!h.shared) return this.#local.settle(target, h.local, actualTokens);
    await this.#resettle(h.tokenKeys, h.id, h.tokens, Math.max(0, Math.ceil(actualTokens)));
  }

  async release(target: string, reservation: unknown): Promise<void> {
    const h = reservation as Handle;
    if (!h.shared) return this.#local.release(target, h.local);
    await this.#resettle(h.requestKeys, h.id, 1, 0);
    await this.#resettle(h.tokenKeys, h.id, h.tokens, 0);
  }

  async observe(target: string, limits: Limits, dim: keyof Limits, remaining: number, resetMs: number, now: number): Promise<void> {
    const w = this.#windows(target, limits).find((x) => x.dim === dim);
    if (!w) return;
    const id = `${this.#instance}-${++this.#seq}`;
    await this.#either<unknown>(() => this.#eval(LUA_OBSERVE, [w.set, w.sum], [this.#now(now), w.limit, w.period, Math.floor(remaining), Math.max(0, resetMs), id]), () => this.#local.observe(target, this.#localLimits(limits), dim, remaining, resetMs, now));
  }
}
