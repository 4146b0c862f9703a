// The fallback executor: runs one request across a chain of targets, deciding after every failed
// attempt from the classifier's verdict. The code's registry `action` says where the request may
// go next (the same target, any other, only a larger context window, only another provider, or
// nowhere); the category's row of the executor policy (registry/executor-policy.ts) says how often
// to retry in place, how long to skip a failed target and whether the failure counts against its
// breaker. A server-stated wait above maxServerWaitMs becomes a cooldown plus a switch, never a
// long sleep. Clock, randomness and sleep are injected; everything that outlives a request (health,
// stated waits, rate-limit windows, latencies, the retry budget) lives in the store (in memory by
// default, or shared across processes, see redis-store.ts).
import type { Classification } from '../classify/types.js';
import { fullJitter } from './backoff.js';
import { MemoryStore } from './memory-store.js';
import type { ExecutorStore } from './store.js';
import { alertFor, Alerts, type AlertEvent } from './events.js';
import { streamVia, type StreamOptions } from './stream.js';
import { checkExecutorOptions } from './validate-options.js';
import { parseGoDuration } from '../classify/retry-after.js';
import { collectHeaders } from '../classify/evidence.js';
import type { ExecutorMetrics } from './metrics.js';
import type { AttemptContext, AttemptRecord, Classifier, DelaySource, ExecutionResult, ExecutorPolicy, RequestFn, Runtime, Target } from './types.js';

export interface ExecutorOptions {
  /** In order of preference: the first one that can take the request gets it. */
  targets: readonly Target[];
  policy?: ExecutorPolicy;
  runtime?: Partial<Runtime>;
  /** Cooldowns, breakers and rate-limit windows; default: a MemoryStore of this executor's own. */
  store?: ExecutorStore;
  /** Longest a single attempt may take (the request's deadline also bounds it). */
  attemptTimeoutMs?: number;
  /** Alert hook: target misconfigured, quota exhausted, chain or retry budget exhausted, and their resolution. */
  onEvent?: (event: AlertEvent) => void;
  /** Tokens a result used, to settle the token budgets; default: an OpenAI-shaped `usage.total_tokens`, on the result or on its `data` (`.withResponse()`). */
  usageOf?: (value: unknown) => number | null;
  /** Where counters go, for example `prometheusMetrics(promClient)`. */
  metrics?: ExecutorMetrics;
  /** Response headers of a result, to read the provider's x-ratelimit-*; default: `response.headers` or `headers` on it (openai's `.withResponse()` shape). */
  headersOf?: (value: unknown) => unknown;
  /**
   * How a failure is classified; default: this package's `classify`, with the tables it shipped.
   * The scenario runner passes one built from the registry being generated, so the scenario pages
   * never record the previous registry's decisions.
   */
  classify?: Classifier;
}

/**
 * What an executor uses when its options name none: the package entry (src/index.ts) passes the
 * shipped classifier and policy. This module imports no generated data, so `generate` can run the
 * scenarios even when a generated module it is about to rewrite does not load.
 */
export interface ExecutorDefaults {
  policy: ExecutorPolicy;
  classify: Classifier;
  /**
   * Masks key-shaped text in a provider's message before an error repeats it. Passed in by the
   * package entry: the executor itself imports no generated module, so `npm run generate` can run
   * it (the scenarios) even when a generated module is broken.
   */
  mask?: (text: string) => string;
}

/** A result's response headers: openai's `.withResponse()` shape (`response.headers`) or `headers` on it. */
function defaultHeaders(value: unknown): unknown {
  const v = value as { response?: { headers?: unknown }; headers?: unknown } | null;
  return v?.response?.headers ?? v?.headers ?? null;
}

/** Corrects a target's windows from the provider's x-ratelimit-remaining-* and -reset-* headers. */
async function observeHeaders(store: ExecutorStore, target: Target, source: unknown, now: number): Promise<void> {
  if (!target.limits || !source || !target.rateLimitHeaders) return;
  const headers = collectHeaders(new Map(), source);
  for (const kind of ['requests', 'tokens'] as const) {
    const remaining = Number(headers.get(`x-ratelimit-remaining-${kind}`) ?? NaN);
    const reset = parseGoDuration(headers.get(`x-ratelimit-reset-${kind}`) ?? '');
    if (Number.isFinite(remaining) && remaining >= 0 && reset !== undefined) await store.observe(target.id, target.limits, target.rateLimitHeaders[kind], remaining, reset, now);
  }
}

/** Consecutive lost races for a target's room (another request reserved it between pick and reserve) before giving up. */
const MAX_LOST_RACES = 100;

export interface ExecuteOptions {
  signal?: AbortSignal;
  /** Overrides the policy's deadline for this request. */
  deadlineMs?: number;
  /** Tokens the request may use (input plus the output limit), reserved against each target's tpm/tpd. */
  tokens?: number;
}

/** Every target failed or is cooling down: carries each attempt, like LiteLLM's fallback-exhausted error. */
export class ChainExhaustedError extends Error {
  readonly code = 'litellm-fallback-exhausted';
  constructor(message: string, readonly attempts: AttemptRecord[], readonly earliestRetryAt: number | null, readonly last: Classification | null) {
    super(message);
    this.name = 'ChainExhaustedError';
  }
}

/** The failure was one no other target would take (an invalid request): it is not retried or moved. */
export class RequestFailedError extends Error {
  constructor(readonly classification: Classification, readonly attempts: AttemptRecord[], override readonly cause: unknown, mask: (text: string) => string = (t) => t) {
    // The provider's text, with any key it echoed masked (the original error stays in `cause`).
    super(`${classification.code}: ${mask(classification.message)}`);
    this.name = 'RequestFailedError';
  }
}

class AttemptTimeout extends Error {
  constructor(ms: number) {
    super(`The attempt timed out after ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

const realSleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve, reject) => {
  if (signal.aborted) return reject(signal.reason);
  const onAbort = () => { clearTimeout(t); reject(signal.reason); };
  // The listener goes when the sleep ends, so a caller's long-lived signal does not collect them.
  const t = setTimeout(() => { signal.removeEventListener('abort', onAbort); resolve(); }, ms);
  signal.addEventListener('abort', onAbort, { once: true });
});

/** A switch may be restricted to targets with a larger window or another provider than the one that failed. */
type Constraint = (t: Target) => boolean;

function constraintFor(action: Classification['action'], failed: Target): Constraint | null {
  if (action === 'fallback-larger-context') return (t) => (t.contextWindow ?? 0) > (failed.contextWindow ?? 0);
  if (action === 'fallback-other-provider') return (t) => t.provider === undefined || t.provider !== failed.provider;
  return null;
}

type Usage = { total_tokens?: unknown; prompt_tokens?: unknown; completion_tokens?: unknown };

/** An OpenAI-shaped result's `usage.total_tokens` (or prompt plus completion tokens), also under openai's `.withResponse()` `data`. */
function defaultUsage(value: unknown): number | null {
  const v = value as { usage?: Usage; data?: { usage?: Usage } | null } | null;
  const u = v?.usage ?? v?.data?.usage;
  if (typeof u?.total_tokens === 'number') return u.total_tokens;
  if (typeof u?.prompt_tokens === 'number' && typeof u.completion_tokens === 'number') return u.prompt_tokens + u.completion_tokens;
  return null;
}

export function createExecutorWith(defaults: ExecutorDefaults, options: ExecutorOptions) {
  checkExecutorOptions(options);
  const policy = options.policy ?? defaults.policy;
  const rt: Runtime = { now: Date.now, random: Math.random, sleep: realSleep, ...options.runtime };
  const store: ExecutorStore = options.store ?? new MemoryStore(policy);
  const attemptTimeoutMs = options.attemptTimeoutMs ?? policy.deadlineMs;
  const alerts = new Alerts((e) => options.onEvent?.(e));
  const usageOf = options.usageOf ?? defaultUsage;
  const headersOf = options.headersOf ?? defaultHeaders;
  const classifyError = options.classify ?? defaults.classify;
  let waiting = 0;

  /** When `target` can take a request of `tokens`: after its cooldown or open breaker (`blocked`), and when its limits have room. */
  async function freeAt(target: Target, tokens: number, now: number, blocked?: number | null): Promise<number> {
    const until = blocked === undefined ? await store.blockedUntil(target.id, now) : blocked;
    const fits = target.limits ? await store.fitsAt(target.id, target.limits, tokens, now) : now;
    return Math.max(now, until ?? now, fits);
  }

  /**
   * When a request may queue for `target`, and why: its rate limits refill, or a wait the provider
   * stated ends (`cooldown`); Infinity while it is unhealthy (a cooldown longer than any stated wait).
   */
  async function waitableAt(target: Target, tokens: number, now: number): Promise<{ at: number; source: DelaySource }> {
    const blocked = await store.blockedUntil(target.id, now);
    if (blocked !== null && blocked > ((await store.statedUntil(target.id, now)) ?? 0)) return { at: Infinity, source: 'cooldown' };
    const at = await freeAt(target, tokens, now, blocked);
    return { at, source: blocked !== null && blocked === at ? 'cooldown' : 'rate-limit' };
  }

  async function execute<T>(request: RequestFn<T>, opts: ExecuteOptions = {}): Promise<ExecutionResult<T>> {
    await store.recordRequest(rt.now());
    const deadline = rt.now() + (opts.deadlineMs ?? policy.deadlineMs);
    const run = new RequestRun(request, deadline, opts.signal, opts.tokens ?? 0);
    const started = rt.now();
    const done = (target: string | null, outcome: 'success' | 'failed' | 'exhausted') => options.metrics?.request(target, outcome, (rt.now() - started) / 1000);
    try {
      const result = await run.loop();
      done(result.finalTarget, 'success');
      return result;
    } catch (err) {
      done(null, err instanceof ChainExhaustedError ? 'exhausted' : 'failed');
      throw err;
    }
  }

  /** One request's plan: nothing here is shared with other requests. */
  class RequestRun<T> {
    readonly attempts: AttemptRecord[] = [];
    readonly left = new Set<string>();
    readonly constraints: Constraint[] = [];
    readonly retries = new Map<string, number>();
    last: Classification | null = null;
    /** The time limit of the attempt running now. */
    limit = 0;

    constructor(readonly request: RequestFn<T>, readonly deadline: number, readonly signal: AbortSignal | undefined, readonly tokens: number) {}

    /** Targets this request may still use, available now or not. */
    candidates(): Target[] {
      return options.targets.filter((t) => !this.left.has(t.id) && this.constraints.every((c) => c(t)));
    }

    /** The first candidate (other than `except`) that can take the request now. */
    async pick(except?: string): Promise<Target | undefined> {
      const now = rt.now();
      for (const t of this.candidates()) if (t.id !== except && (await freeAt(t, this.tokens, now)) <= now) return t;
      return undefined;
    }

    /** The first time one of `targets` takes requests again, or null if none is blocked. */
    async firstFree(targets: readonly Target[]): Promise<number | null> {
      const now = rt.now();
      const untils: number[] = [];
      for (const t of targets) untils.push(await freeAt(t, this.tokens, now));
      const later = untils.filter((u) => u > now);
      return later.length ? Math.min(...later) : null;
    }

    async exhausted(why: string): Promise<ChainExhaustedError> {
      alerts.raise('chain.exhausted', null, null, rt.now());
      return new ChainExhaustedError(why, this.attempts, await this.firstFree(options.targets), this.last);
    }

    /** Takes room in the target's limits; null when another request took it first. */
    async admit(target: Target): Promise<{ reservation: unknown } | null> {
      if (!target.limits) return { reservation: null };
      const a = await store.reserve(target.id, target.limits, this.tokens, rt.now());
      return a.ok ? { reservation: a.reservation } : null;
    }

    async loop(): Promise<ExecutionResult<T>> {
      let target = await this.pick();
      let lostRaces = 0;
      for (let n = 1; n <= policy.maxAttempts;) {
        this.signal?.throwIfAborted();
        if (!target) target = await this.waitForTarget();
        const admitted = await this.admit(target);
        if (!admitted) {
          if (++lostRaces > MAX_LOST_RACES) throw await this.exhausted('every target with room was taken by other requests');
          target = await this.pick();
          continue;
        }
        lostRaces = 0;
        if (n > 1 && !(await store.tryRetry(rt.now()))) {
          if (target.limits) await store.release(target.id, admitted.reservation);
          alerts.raise('retry_budget.exhausted', null, null, rt.now());
          options.metrics?.retryBudgetExhausted();
          throw await this.exhausted('retry budget exhausted: too many retries across requests right now');
        }
        const kind = n === 1 ? 'initial' : this.attempts.at(-1)?.target === target.id ? 'retry' : 'fallback';
        if (kind === 'fallback') options.metrics?.fallback(this.attempts.at(-1)!.target, target.id, this.attempts.at(-1)!.category ?? 'UNKNOWN');
        const outcome = await this.attempt(target, n, kind, admitted.reservation);
        if (outcome.ok) return { value: outcome.value, attempts: this.attempts, finalTarget: target.id, fallbackDepth: this.left.size };
        target = outcome.next;
        n++;
      }
      throw await this.exhausted(`gave up after ${policy.maxAttempts} attempts`);
    }

    /**
     * No target is free now: queue for the first one to have room (a cooldown ending, a rate limit
     * refilling), if that is within maxWaitMs and the deadline and the queue has a place.
     */
    async waitForTarget(): Promise<Target> {
      const why = 'every target failed, is cooling down or has no room left';
      const now = rt.now();
      let first: { at: number; source: DelaySource } = { at: Infinity, source: 'rate-limit' };
      for (const t of this.candidates()) {
        const w = await waitableAt(t, this.tokens, now);
        if (w.at < first.at) first = w;
      }
      const until = first.at;
      if (until === Infinity || until >= this.deadline || until - now > policy.queue.maxWaitMs || waiting >= policy.queue.maxWaiting) throw await this.exhausted(why);
      // Spread the wake-ups: requests queued for the same reset do not all leave at once.
      const wait = Math.min(this.deadline - now - 1, Math.ceil((until - now) * (1 + policy.queue.jitter * rt.random())));
      const last = this.attempts.at(-1);
      if (last) Object.assign(last, { decision: 'wait-then-retry', delayMs: wait, delaySource: first.source });
      waiting++;
      try {
        await this.sleep(wait);
      } finally {
        waiting--;
      }
      const t = await this.pick();
      if (!t) throw await this.exhausted(why);
      return t;
    }

    async sleep(ms: number): Promise<void> {
      if (ms <= 0) return;
      await rt.sleep(ms, this.signal ?? new AbortController().signal);
    }

    async attempt(target: Target, n: number, kind: 'initial' | 'retry' | 'fallback', reservation: unknown): Promise<{ ok: true; value: T } | { ok: false; next: Target | undefined }> {
      const startedAt = rt.now();
      const controller = new AbortController();
      const stop = () => controller.abort(this.signal?.reason);
      this.signal?.addEventListener('abort', stop, { once: true });
      const limit = Math.max(0, Math.min(await store.attemptLimit(target.id, attemptTimeoutMs), this.deadline - startedAt));
      this.limit = limit;
      const timer = new AbortController();
      const timeout = rt.sleep(limit, timer.signal).then(() => { throw new AttemptTimeout(limit); }, () => new Promise<never>(() => undefined));
      await store.onStart(target.id, startedAt);
      const settle = async (tokens: number) => { if (target.limits) await store.settle(target.id, reservation, tokens); };
      try {
        const value = await Promise.race([this.request({ target, signal: controller.signal, attempt: n, deadline: this.deadline }), timeout]);
        const endedAt = rt.now();
        await store.recordLatency(target.id, endedAt - startedAt);
        await store.record(target.id, endedAt, true, true);
        alerts.recovered(target.id, endedAt);
        const used = usageOf(value);
        if (used !== null) await settle(used); // without a count, the reservation already holds the estimate
        await observeHeaders(store, target, headersOf(value), endedAt);
        if (used !== null) options.metrics?.tokens(target.id, used);
        options.metrics?.attempt(target.id, kind, 'none');
        this.attempts.push({ target: target.id, attempt: n, startedAt, durationMs: endedAt - startedAt, timeoutMs: limit, code: null, category: null, decision: 'success', delayMs: 0, delaySource: 'none', tokens: used });
        return { ok: true, value };
      } catch (err) {
        if (err instanceof AttemptTimeout) controller.abort(err);
        await settle(0);
        if (this.signal?.aborted) throw this.signal.reason;
        const next = this.failed(target, n, startedAt, err);
        options.metrics?.attempt(target.id, kind, this.last?.category ?? 'UNKNOWN');
        return { ok: false, next: await next };
      } finally {
        timer.abort();
        this.signal?.removeEventListener('abort', stop);
      }
    }

    /** Classifies the failure, records it, and returns the next target (or throws when there is none to try). */
    async failed(target: Target, n: number, startedAt: number, err: unknown): Promise<Target | undefined> {
      const c = classifyError(err, target.provider ? { provider: target.provider } : undefined);
      this.last = c;
      const cat = policy.categories[c.category];
      const now = rt.now();
      await store.record(target.id, now, false, cat.breaker);
      const alert = alertFor(c.category);
      if (alert) alerts.raise(alert, target.id, c.code, now);
      const record: AttemptRecord = { target: target.id, attempt: n, startedAt, durationMs: now - startedAt, timeoutMs: this.limit, code: c.code, category: c.category, decision: 'switch', delayMs: 0, delaySource: 'none', tokens: null };
      this.attempts.push(record);
      if (c.action === 'fail') {
        record.decision = 'fail';
        throw new RequestFailedError(c, this.attempts, err, defaults.mask);
      }
      const server = c.retryAfterMs;
      const used = this.retries.get(target.id) ?? 0;
      const movesOnly = c.action === 'fallback-larger-context' || c.action === 'fallback-other-provider';
      // The last attempt allowed: no wait for a retry that will not happen.
      const lastAttempt = n >= policy.maxAttempts;
      const canRetry = !lastAttempt && !movesOnly && used < cat.sameTargetRetries && (server === null || server <= policy.maxServerWaitMs);
      // Another target that could take the request now: looked up only when a retry in place is possible.
      const alternative = canRetry ? await this.pick(target.id) : undefined;
      const mayRetry = canRetry && (!cat.retryOnlyWithoutAlternative || !alternative);
      if (mayRetry) {
        // A stated wait of 0 (a reset already past) says nothing about when to retry: back off instead.
        const serverWait = server !== null && server > 0 ? server : null;
        const delay = serverWait ?? fullJitter(used, cat.backoffBaseMs, policy.backoff.factor, policy.backoff.capMs, rt.random);
        if (now + delay >= this.deadline) throw await this.exhausted('the next retry would pass the deadline');
        Object.assign(record, { decision: serverWait !== null && !alternative ? 'wait-then-retry' : 'retry-same', delayMs: delay, delaySource: serverWait !== null ? 'server' : 'backoff' });
        this.retries.set(target.id, used + 1);
        await this.sleep(delay);
        return target;
      }
      const cooldown = Math.max(cat.cooldownMs, server ?? 0);
      if (cooldown > 0) await store.cooldown(target.id, now + cooldown, now);
      if (server !== null) await store.statedWait(target.id, now + server, now);
      this.left.add(target.id);
      const constraint = constraintFor(c.action, target);
      if (constraint) this.constraints.push(constraint);
      if (lastAttempt) {
        record.decision = 'fail';
        return undefined;
      }
      // The alternative found above, unless the new constraint rules it out; admit() copes if it filled up meanwhile.
      if (alternative && (!constraint || constraint(alternative))) return alternative;
      return await this.pick();
    }
  }

  /** A streaming request: switches before the first chunk, throws StreamInterruptedError after it. */
  function stream<C>(request: (ctx: AttemptContext) => Promise<AsyncIterable<C>> | AsyncIterable<C>, opts: StreamOptions<C> = {}) {
    return streamVia(execute, request, opts, classifyError);
  }

  return { execute, stream, store, policy };
}

export type Executor = ReturnType<typeof createExecutorWith>;
