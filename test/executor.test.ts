// The fallback executor on fake time, with errors as openai-node builds them from real provider
// bodies: where each failure sends the request, how long it waits and why, what it remembers
// about a target across requests, and that it never sleeps past a deadline.
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { ChainExhaustedError, classify as classifyShipped, createExecutor, RequestFailedError, StreamInterruptedError, type ExecutorOptions, type Target } from '../src/index.js';
import { EXECUTOR_POLICY } from '../src/generated/executor-policy.js';
import { fullJitter } from '../src/executor/backoff.js';
import { Breaker } from '../src/executor/breaker.js';
import { RetryBudget } from '../src/executor/retry-budget.js';
import { FakeTime } from './helpers/fake-time.js';

const apiError = (status: number, body: object, headers: Record<string, string> = {}) => OpenAI.APIError.generate(status, body, undefined, new Headers(headers));
const ERRORS = {
  groq429: () => apiError(429, { error: { message: 'Rate limit reached for model `openai/gpt-oss-120b` in organization `org_01hx` service tier `on_demand` on tokens per minute (TPM): Limit 8000, Used 7412, Requested 1350. Please try again in 6.78s.', type: 'tokens', code: 'rate_limit_exceeded' } }, { 'retry-after': '7' }),
  groqDaily: () => apiError(429, { error: { message: 'Rate limit reached for model `openai/gpt-oss-120b` in organization `org_01hx` service tier `on_demand` on requests per day (RPD): Limit 1000, Used 1000, Requested 1. Please try again in 1h2m3s.', type: 'requests', code: 'rate_limit_exceeded' } }, { 'retry-after': '3723' }),
  groq401: () => apiError(401, { error: { message: 'Invalid API Key', type: 'invalid_request_error', code: 'invalid_api_key' } }),
  openai400: () => apiError(400, { error: { message: "Invalid type for 'messages[0].content': expected one of a string or array of objects, but got an integer instead.", type: 'invalid_request_error', param: 'messages[0].content', code: 'invalid_type' } }),
  openaiContext: () => apiError(400, { error: { message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 131204 tokens. Please reduce the length of the messages.", type: 'invalid_request_error', param: 'messages', code: 'context_length_exceeded' } }),
  // As chatgpt-wechat-bot #111 shows it: a 429 whose body is no rate limit.
  openaiTerminated: () => apiError(429, { error: { message: 'Your access was terminated due to violation of our policies, please check your email for more information. If you believe this is in error and would like to appeal, please contact support@openai.com.', type: 'access_terminated', param: null, code: null } }),
  openai500: () => apiError(500, { error: { message: 'The server had an error while processing your request. Sorry about that!', type: 'server_error', param: null, code: null } }),
};

const GROQ: Target = { id: 'groq-primary', provider: 'groq', contextWindow: 131_072 };
const GROQ_SMALL: Target = { id: 'groq-small', provider: 'groq', contextWindow: 131_072 };
const OPENAI_SMALL: Target = { id: 'openai-small', provider: 'openai', contextWindow: 131_072 };
const OPENAI: Target = { id: 'openai-secondary', provider: 'openai', contextWindow: 922_000 };
const OPENROUTER: Target = { id: 'openrouter-tertiary', provider: 'openrouter', contextWindow: 1_048_576 };

/** A request function that answers per target from a script: an error factory, 'ok', or a latency then 'ok'. */
function scripted(time: FakeTime, script: Record<string, Array<(() => unknown) | 'ok' | 'hang'>>) {
  const calls: string[] = [];
  const fn = async ({ target, signal }: { target: Target; signal: AbortSignal }) => {
    calls.push(target.id);
    const step = script[target.id]?.shift() ?? 'ok';
    if (step === 'ok') return `answer from ${target.id}`;
    if (step === 'hang') { await time.sleep(10 * 60_000, signal); return 'too late'; }
    throw step();
  };
  return { fn, calls };
}

function setup(targets: Target[], over: Partial<ExecutorOptions> = {}) {
  const time = new FakeTime(7);
  const executor = createExecutor({ targets, runtime: time.runtime(), ...over });
  return { time, executor };
}

describe('options that cannot work are refused when the executor is made', () => {
  it('an empty chain, a target without an id, two targets with one id, a timeout that is not a positive number', () => {
    const make = (options: Partial<ExecutorOptions>) => () => createExecutor({ targets: [GROQ], ...options } as ExecutorOptions);
    expect(make({ targets: [] })).toThrow(new TypeError("createExecutor: targets must list at least one target, e.g. targetsFromRegistry('groq-primary')"));
    expect(make({ targets: [GROQ, { provider: 'openai' } as Target] })).toThrow(new TypeError('createExecutor: targets[1] needs an id (a non-empty string)'));
    expect(make({ targets: [GROQ, OPENAI, { ...GROQ_SMALL, id: 'groq-primary' }] })).toThrow(new TypeError("createExecutor: targets[2] has the id 'groq-primary' of targets[0]; ids key cooldowns and breakers, so each must be unique"));
    expect(make({ attemptTimeoutMs: 0 })).toThrow(/attemptTimeoutMs must be a positive number of milliseconds, not 0/);
    expect(make({ attemptTimeoutMs: Number.NaN })).toThrow(/not NaN/);
    expect(make({ targets: [GROQ, OPENAI], attemptTimeoutMs: 60_000 })).not.toThrow();
  });
});

describe('the classify option', () => {
  it('decides with the classifier it is given, for attempts and for a stream cut after its first chunk', async () => {
    const seen: Array<string | undefined> = [];
    // Calls every failure a final one: the request must fail at once instead of switching to OpenAI.
    const classify: ExecutorOptions['classify'] = (error, hint) => {
      seen.push(hint?.provider);
      return { ...classifyShipped(error, hint), code: 'http-400', category: 'INVALID_REQUEST', action: 'fail', retryable: false };
    };
    const { time, executor } = setup([GROQ, OPENAI], { classify });
    const { fn, calls } = scripted(time, { 'groq-primary': [ERRORS.groq429] });
    const err = await time.run(executor.execute(fn)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestFailedError);
    expect(calls).toEqual(['groq-primary']);
    expect(seen).toEqual(['groq']);

    async function* cut() { yield { choices: [{ delta: { content: 'partial' } }] }; throw ERRORS.openai500(); }
    const stream = executor.stream(() => cut());
    const interrupted = await (async () => { for await (const _ of stream); })().catch((e: unknown) => e);
    expect(interrupted).toBeInstanceOf(StreamInterruptedError);
    expect((interrupted as StreamInterruptedError).classification.code).toBe('http-400');
    expect(seen).toEqual(['groq', 'groq']);
  });
});

describe('where a failure sends the request', () => {
  it('switches from a rate-limited target at once, without sleeping on its retry-after', async () => {
    const { time, executor } = setup([GROQ, OPENAI]);
    const { fn, calls } = scripted(time, { 'groq-primary': [ERRORS.groq429] });
    const start = time.now;
    const r = await time.run(executor.execute(fn));
    expect(r.value).toBe('answer from openai-secondary');
    expect(calls).toEqual(['groq-primary', 'openai-secondary']);
    expect(time.now - start).toBe(0);
    expect(r.attempts[0]).toMatchObject({ target: 'groq-primary', code: 'groq-rate-limit', category: 'RATE_LIMIT', decision: 'switch', delayMs: 0 });
    expect(r).toMatchObject({ finalTarget: 'openai-secondary', fallbackDepth: 1 });
  });

  it('skips the rate-limited target for the stated retry-after on the next requests, then goes back to it', async () => {
    const { time, executor } = setup([GROQ, OPENAI]);
    const { fn, calls } = scripted(time, { 'groq-primary': [ERRORS.groq429] });
    await time.run(executor.execute(fn));
    await time.run(executor.execute(fn));
    expect(calls).toEqual(['groq-primary', 'openai-secondary', 'openai-secondary']);
    time.now += 7_000;
    await time.run(executor.execute(fn));
    expect(calls.at(-1)).toBe('groq-primary');
  });

  it('waits out a short stated reset when no other target can serve, and says so', async () => {
    const { time, executor } = setup([GROQ]);
    const { fn } = scripted(time, { 'groq-primary': [ERRORS.groq429] });
    const start = time.now;
    const r = await time.run(executor.execute(fn));
    expect(r.attempts[0]).toMatchObject({ decision: 'wait-then-retry', delayMs: 7_000, delaySource: 'server' });
    expect(time.now - start).toBe(7_000);
  });

  it('turns a server wait above maxServerWaitMs into a cooldown and a switch, never a long sleep', async () => {
    const { time, executor } = setup([GROQ, OPENAI]);
    const { fn } = scripted(time, { 'groq-primary': [ERRORS.groqDaily] });
    const start = time.now;
    const r = await time.run(executor.execute(fn));
    expect(time.now - start).toBe(0);
    expect(r.finalTarget).toBe('openai-secondary');
    expect(executor.store.blockedUntil('groq-primary', time.now)).toBe(start + 3_723_000);
  });

  it('fails at once on an invalid request: no retry, no other target', async () => {
    const { time, executor } = setup([OPENAI, OPENROUTER]);
    const { fn, calls } = scripted(time, { 'openai-secondary': [ERRORS.openai400] });
    const err = await time.run(executor.execute(fn)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestFailedError);
    expect((err as RequestFailedError).classification.code).toBe('http-400');
    expect(calls).toEqual(['openai-secondary']);
  });

  it('masks a key the provider echoed in the error it throws, and keeps the original as the cause', async () => {
    const key = `sk-proj-${'A1b2C3d4E5f6G7h8I9j0'.repeat(3)}`; // key-shaped, not a real key
    const echoed = () => apiError(400, { error: { message: `Invalid request for key ${key}: 'messages' must not be empty`, type: 'invalid_request_error', code: 'invalid_value' } });
    const { time, executor } = setup([OPENAI, OPENROUTER]);
    const { fn } = scripted(time, { 'openai-secondary': [echoed] });
    const err = (await time.run(executor.execute(fn)).catch((e: unknown) => e)) as RequestFailedError;
    expect(err).toBeInstanceOf(RequestFailedError);
    expect(err.message).not.toContain(key.slice(0, 12));
    expect(err.message).toContain(`${key.slice(0, 8)}…`);
    expect(String((err.cause as Error).message)).toContain(key);
  });

  it('moves a context-length failure only to a target with a larger window (an equal one is skipped)', async () => {
    const { time, executor } = setup([OPENAI_SMALL, GROQ_SMALL, OPENROUTER]);
    const { fn, calls } = scripted(time, { 'openai-small': [ERRORS.openaiContext] });
    const r = await time.run(executor.execute(fn));
    expect(calls).toEqual(['openai-small', 'openrouter-tertiary']);
    expect(r.attempts[0]).toMatchObject({ code: 'openai-context-length', category: 'CONTEXT_LENGTH' });
  });

  it('moves a rejected key only to another provider, and skips that target for ten minutes', async () => {
    const { time, executor } = setup([GROQ, GROQ_SMALL, OPENAI]);
    const { fn, calls } = scripted(time, { 'groq-primary': [ERRORS.groq401] });
    await time.run(executor.execute(fn));
    expect(calls).toEqual(['groq-primary', 'openai-secondary']);
    expect(executor.store.blockedUntil('groq-primary', time.now)).toBe(time.now + 600_000);
  });

  it('treats a terminated OpenAI account (a 429) as a refused key, not a rate limit: another provider at once, no retry', async () => {
    const { time, executor } = setup([OPENAI_SMALL, OPENAI, GROQ]);
    const { fn, calls } = scripted(time, { 'openai-small': [ERRORS.openaiTerminated] });
    const start = time.now;
    const r = await time.run(executor.execute(fn));
    expect(calls).toEqual(['openai-small', 'groq-primary']);
    expect(time.now - start).toBe(0);
    expect(r.attempts[0]).toMatchObject({ code: 'openai-access-terminated', category: 'AUTH' });
  });

  it('retries a 5xx on the same target with full-jitter backoff, then switches after two retries', async () => {
    const { time, executor } = setup([OPENAI, OPENROUTER]);
    const { fn, calls } = scripted(time, { 'openai-secondary': [ERRORS.openai500, ERRORS.openai500, ERRORS.openai500] });
    const r = await time.run(executor.execute(fn));
    expect(calls).toEqual(['openai-secondary', 'openai-secondary', 'openai-secondary', 'openrouter-tertiary']);
    const [a, b, c] = r.attempts;
    expect([a!.decision, b!.decision, c!.decision]).toEqual(['retry-same', 'retry-same', 'switch']);
    expect(a!.delaySource).toBe('backoff');
    expect(a!.delayMs).toBeLessThan(1_000);
    expect(b!.delayMs).toBeLessThan(2_000);
  });

  it('does not wait for a retry after the last attempt allowed: it gives up at once', async () => {
    const { time, executor } = setup([OPENAI], { policy: { ...EXECUTOR_POLICY, maxAttempts: 2 } });
    const { fn } = scripted(time, { 'openai-secondary': [ERRORS.openai500, ERRORS.openai500, ERRORS.openai500] });
    const start = time.now;
    const err = await time.run(executor.execute(fn)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChainExhaustedError);
    const attempts = (err as ChainExhaustedError).attempts;
    expect(attempts.map((x) => [x.decision, x.delaySource])).toEqual([['retry-same', 'backoff'], ['fail', 'none']]);
    // The request ends when the second attempt does: one backoff, no trailing one.
    expect(time.now - start).toBe(attempts[0]!.delayMs);
  });

  it('fails over from a hung target when its attempt times out', async () => {
    const { time, executor } = setup([GROQ, OPENAI], { attemptTimeoutMs: 5_000 });
    const { fn, calls } = scripted(time, { 'groq-primary': ['hang'] });
    const start = time.now;
    const r = await time.run(executor.execute(fn));
    expect(calls).toEqual(['groq-primary', 'openai-secondary']);
    expect(time.now - start).toBe(5_000);
    expect(r.attempts[0]).toMatchObject({ code: 'timeout-error', category: 'TIMEOUT', decision: 'switch' });
  });
});

describe('when nothing can serve', () => {
  it('throws a fallback-exhausted error that carries every attempt', async () => {
    const { time, executor } = setup([GROQ, OPENAI, OPENROUTER]);
    const { fn } = scripted(time, { 'groq-primary': [ERRORS.groq401], 'openai-secondary': [ERRORS.groqDaily], 'openrouter-tertiary': [ERRORS.groqDaily] });
    const err = await time.run(executor.execute(fn)).catch((e: unknown) => e) as ChainExhaustedError;
    expect(err).toBeInstanceOf(ChainExhaustedError);
    expect(err.code).toBe('litellm-fallback-exhausted');
    expect(err.attempts.map((a) => a.target)).toEqual(['groq-primary', 'openai-secondary', 'openrouter-tertiary']);
    expect(err.earliestRetryAt).toBe(time.now + 600_000);
  });

  it('during a total outage later requests fail fast instead of trying every target again', async () => {
    const { time, executor } = setup([GROQ, OPENAI]);
    const down = () => ERRORS.groq401();
    const script = { 'groq-primary': Array(50).fill(down), 'openai-secondary': Array(50).fill(down) };
    const { fn, calls } = scripted(time, script);
    for (let i = 0; i < 20; i++) await time.run(executor.execute(fn)).catch(() => undefined);
    expect(calls.length / 20).toBeLessThanOrEqual(1.2);
  });

  it('in a 60 s outage of every target (503s), requests average at most 1.2 attempts: cooldowns are not queued for', async () => {
    const { time, executor } = setup([GROQ, OPENAI]);
    const overloaded = () => apiError(503, { error: { message: 'Service unavailable', type: 'server_error' } });
    const { fn, calls } = scripted(time, { 'groq-primary': Array(100).fill(overloaded), 'openai-secondary': Array(100).fill(overloaded) });
    const start = time.now;
    for (let i = 0; i < 20; i++) { await time.run(executor.execute(fn)).catch(() => undefined); time.now += 3_000; }
    expect(time.now - start).toBeLessThanOrEqual(63_000); // 20 requests 3 s apart, plus the first one's backoff
    expect(calls.length / 20).toBeLessThanOrEqual(1.2);
  });

  it('never sleeps past the deadline', async () => {
    const { time, executor } = setup([GROQ]);
    const { fn } = scripted(time, { 'groq-primary': [ERRORS.groq429] });
    const start = time.now;
    const err = await time.run(executor.execute(fn, { deadlineMs: 5_000 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChainExhaustedError);
    expect(time.now - start).toBeLessThan(5_000);
  });

  it('stops at once when the caller aborts', async () => {
    const { time, executor } = setup([GROQ, OPENAI], { attemptTimeoutMs: 60_000 });
    const controller = new AbortController();
    const { fn } = scripted(time, { 'groq-primary': ['hang'] });
    const running = executor.execute(fn, { signal: controller.signal });
    void time.sleep(1_000).then(() => controller.abort(new Error('user cancelled')));
    await expect(time.run(running)).rejects.toThrow('user cancelled');
  });
});

describe('the parts', () => {
  it('full jitter spreads a synchronised failure: no 100 ms window holds more than 15% of 1000 first retries', () => {
    const time = new FakeTime(42);
    const rt = time.runtime();
    const waits = Array.from({ length: 1000 }, () => fullJitter(0, 1_000, 2, 20_000, rt.random));
    const buckets = new Map<number, number>();
    for (const w of waits) buckets.set(Math.floor(w / 100), (buckets.get(Math.floor(w / 100)) ?? 0) + 1);
    expect(Math.max(...buckets.values()) / 1000).toBeLessThanOrEqual(0.15);
    expect(Math.max(...waits)).toBeLessThan(1_000);
    expect(fullJitter(10, 1_000, 2, 20_000, () => 0.999)).toBeLessThan(20_000);
  });

  it('the retry budget allows retries up to its share of recent requests, then refuses until the window moves', () => {
    let now = 0;
    const budget = new RetryBudget({ ratio: 0.2, windowMs: 10_000, minPerSecond: 0.1 });
    for (let i = 0; i < 50; i++) budget.recordRequest(now);
    const granted = Array.from({ length: 20 }, () => budget.tryRetry(now)).filter(Boolean).length;
    expect(granted).toBe(10);
    now = 10_001;
    expect(budget.tryRetry(now)).toBe(true);
  });

  it('the breaker opens on consecutive failures, probes when the open period ends, and doubles it on a failed probe', () => {
    const b = new Breaker(EXECUTOR_POLICY.breaker);
    for (let i = 0; i < 5; i++) b.record(i, false);
    expect(b.state(10)).toBe('open');
    expect(b.admits(10)).toBe(false);
    expect(b.state(5 + 15_000)).toBe('half-open');
    for (let i = 0; i < 2; i++) { b.onStart(15_010); b.record(15_010, false); }
    expect(b.state(15_011)).toBe('open');
    expect(b.openUntil()).toBe(15_010 + 30_000);
    for (let i = 0; i < 3; i++) { b.onStart(50_000); b.record(50_000, true); }
    expect(b.state(50_001)).toBe('closed');
  });

  it('every category of the registry has a row in the executor policy', () => {
    expect(Object.keys(EXECUTOR_POLICY.categories).sort()).toEqual([
      'AUTH', 'CACHE', 'CONFIG', 'CONTENT_POLICY', 'CONTEXT_LENGTH', 'INVALID_REQUEST', 'MODEL_UNAVAILABLE', 'NETWORK', 'OVERLOADED', 'QUOTA', 'RATE_LIMIT', 'SERVER', 'STREAMING', 'TIMEOUT', 'UNKNOWN',
    ]);
  });
});

describe('alert hooks', () => {
  it('raise target.misconfigured once per target and code, and resolve it when the target answers again', async () => {
    const events: Array<{ type: string; target: string | null; code: string | null; resolves?: string }> = [];
    const { time, executor } = setup([GROQ, OPENAI], { onEvent: (e) => events.push(e) });
    const { fn } = scripted(time, { 'groq-primary': [ERRORS.groq401, ERRORS.groq401] });
    await time.run(executor.execute(fn));
    time.now += 600_001; // past the cooldown: groq-primary is tried again and fails again
    await time.run(executor.execute(fn));
    expect(events.filter((e) => e.type === 'target.misconfigured')).toHaveLength(2);
    time.now += 60_000;
    await time.run(executor.execute(fn)); // still cooling down: openai answers, nothing new
    time.now += 600_001;
    await time.run(executor.execute(fn)); // groq-primary answers
    expect(events.map((e) => `${e.type}${e.resolves ? `:${e.resolves}` : ''} ${e.target} ${e.code}`)).toEqual([
      'target.misconfigured groq-primary groq-invalid-api-key',
      'target.misconfigured groq-primary groq-invalid-api-key',
      'resolved:target.misconfigured groq-primary groq-invalid-api-key',
    ]);
  });

  it('deduplicate a repeated alert within ten minutes', async () => {
    const events: string[] = [];
    const { time, executor } = setup([GROQ], { onEvent: (e) => events.push(e.type) });
    const { fn } = scripted(time, { 'groq-primary': Array(5).fill(ERRORS.groq401) });
    for (let i = 0; i < 3; i++) await time.run(executor.execute(fn)).catch(() => undefined);
    expect(events.filter((t) => t === 'target.misconfigured')).toHaveLength(1);
    expect(events.filter((t) => t === 'chain.exhausted')).toHaveLength(1);
  });
});

describe('adaptive timeouts', () => {
  it('a target that usually answers in 200 ms is given up after max(5 s, 2 x p99), not the configured 120 s', async () => {
    const { time, executor } = setup([GROQ, OPENAI], { attemptTimeoutMs: 120_000 });
    const fast = async ({ target }: { target: Target }) => { await time.sleep(200); return target.id; };
    for (let i = 0; i < 25; i++) await time.run(executor.execute(fast));
    const { fn, calls } = scripted(time, { 'groq-primary': ['hang'] });
    const start = time.now;
    const r = await time.run(executor.execute(fn));
    expect(calls).toEqual(['groq-primary', 'openai-secondary']);
    expect(time.now - start).toBe(5_000);
    expect(r.attempts[0]).toMatchObject({ timeoutMs: 5_000, category: 'TIMEOUT' });
  });

  it('keeps the configured limit until the target has enough history', async () => {
    const { time, executor } = setup([GROQ, OPENAI], { attemptTimeoutMs: 30_000 });
    const { fn } = scripted(time, { 'groq-primary': ['hang'] });
    const r = await time.run(executor.execute(fn));
    expect(r.attempts[0]!.timeoutMs).toBe(30_000);
  });
});

describe('rate limits before the call', () => {
  it('a sliding window admits the limit, then only as old requests leave it: never more than the limit in any minute', async () => {
    const { SlidingWindow } = await import('../src/executor/limiter.js');
    const w = new SlidingWindow(30, 60_000);
    for (let i = 0; i < 30; i++) { expect(w.fitsAt(1, i * 1_000)).toBe(i * 1_000); w.take(1, i * 1_000); }
    expect(w.fitsAt(1, 30_000)).toBe(60_000);
    const admitted: number[] = [];
    for (let t = 30_000; t <= 120_000; t += 100) if (w.fitsAt(1, t) <= t) { w.take(1, t); admitted.push(t); }
    for (const t of admitted) expect([...admitted, ...Array.from({ length: 30 }, (_, i) => i * 1_000)].filter((x) => x > t - 60_000 && x <= t).length).toBeLessThanOrEqual(30);
    expect(w.fitsAt(31, 0)).toBe(Infinity);
  });

  it('sends a request elsewhere instead of into a predictable 429 (rpm)', async () => {
    const { time, executor } = setup([{ ...GROQ, limits: { rpm: 2 } }, OPENAI]);
    const { fn, calls } = scripted(time, {});
    for (let i = 0; i < 3; i++) await time.run(executor.execute(fn));
    expect(calls).toEqual(['groq-primary', 'groq-primary', 'openai-secondary']);
  });

  it('reserves tokens against tpm, and settles them with the usage the provider reports', async () => {
    const { time, executor } = setup([{ ...GROQ, limits: { tpm: 8_000 } }, OPENAI]);
    const calls: string[] = [];
    const fn = async ({ target }: { target: Target }) => { calls.push(target.id); return { usage: { total_tokens: 1_000 } }; };
    const first = await time.run(executor.execute(fn, { tokens: 6_000 })); // reserved 6000, used 1000
    expect(first.attempts.map((a) => a.tokens)).toEqual([1_000]); // the trace carries what the provider reported
    await time.run(executor.execute(fn, { tokens: 6_000 })); // 1000 + 6000 fits in 8000
    await time.run(executor.execute(fn, { tokens: 6_500 })); // 2000 + 6500 does not: elsewhere
    expect(calls).toEqual(['groq-primary', 'groq-primary', 'openai-secondary']);
  });

  it('reads usage and headers from openai\'s .withResponse() result ({ data, response })', async () => {
    const { time, executor } = setup([{ ...GROQ, limits: { tpm: 8_000 }, rateLimitHeaders: { requests: 'rpm', tokens: 'tpm' } }, OPENAI]);
    const calls: string[] = [];
    const response = new Response('{}', { headers: { 'x-ratelimit-remaining-tokens': '7000', 'x-ratelimit-reset-tokens': '7.5s' } });
    const fn = async ({ target }: { target: Target }) => { calls.push(target.id); return { data: { usage: { total_tokens: 1_000 } }, response }; };
    const first = await time.run(executor.execute(fn, { tokens: 6_000 }));
    expect(first.attempts.map((a) => a.tokens)).toEqual([1_000]); // settled with what data.usage reported, not the 6000 reserved
    await time.run(executor.execute(fn, { tokens: 6_000 })); // fits only because the first was settled down to 1000
    expect(calls).toEqual(['groq-primary', 'groq-primary']);
  });

  it('corrects its count from the provider\'s x-ratelimit headers: Groq says no requests left today for 2 minutes', async () => {
    const groq: Target = { ...GROQ, limits: { rpd: 1_000, tpm: 8_000 }, rateLimitHeaders: { requests: 'rpd', tokens: 'tpm' } };
    const { time, executor } = setup([groq, OPENAI]);
    const calls: string[] = [];
    const headers = new Headers({ 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '2m0s', 'x-ratelimit-remaining-tokens': '7000', 'x-ratelimit-reset-tokens': '7.5s' });
    const fn = async ({ target }: { target: Target }) => { calls.push(target.id); return { response: { headers }, usage: { total_tokens: 10 } }; };
    await time.run(executor.execute(fn));
    await time.run(executor.execute(fn));
    time.now += 120_001;
    await time.run(executor.execute(fn));
    expect(calls).toEqual(['groq-primary', 'openai-secondary', 'groq-primary']);
  });

  it('queues a request until the only target has room, with jitter, and never past the deadline', async () => {
    const { time, executor } = setup([{ ...GROQ, limits: { rpm: 1 } }]);
    const { fn } = scripted(time, {});
    await time.run(executor.execute(fn));
    const start = time.now;
    const r = await time.run(executor.execute(fn));
    expect(time.now - start).toBeGreaterThanOrEqual(60_000);
    expect(time.now - start).toBeLessThanOrEqual(72_000);
    expect(r.finalTarget).toBe('groq-primary');
    const err = await time.run(executor.execute(fn, { deadlineMs: 10_000 })).catch((e: unknown) => e) as ChainExhaustedError;
    expect(err).toBeInstanceOf(ChainExhaustedError);
    expect(err.earliestRetryAt).toBeGreaterThan(time.now);
  });

  it('says what a queued request waited for: a provider-stated wait, or a rate-limit window refilling', async () => {
    const openai401 = () => apiError(401, { error: { message: 'Incorrect API key provided: sk-test. You can find your API key at https://platform.openai.com/account/api-keys.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
    // Groq said wait 7 s; then OpenAI rejects its key, and Groq is the only target left: wait for Groq.
    const stated = setup([GROQ, OPENAI]);
    const s1 = scripted(stated.time, { 'groq-primary': [ERRORS.groq429], 'openai-secondary': ['ok', openai401] });
    await stated.time.run(stated.executor.execute(s1.fn));
    const waited = await stated.time.run(stated.executor.execute(s1.fn));
    expect(waited.attempts.map((x) => [x.target, x.decision, x.delaySource])).toEqual([['openai-secondary', 'wait-then-retry', 'cooldown'], ['groq-primary', 'success', 'none']]);
    // Groq's one request a minute is spent; OpenAI rejects its key: wait for Groq's window.
    const limited = setup([{ ...GROQ, limits: { rpm: 1 } }, OPENAI]);
    const s2 = scripted(limited.time, { 'openai-secondary': [openai401] });
    await limited.time.run(limited.executor.execute(s2.fn));
    const refilled = await limited.time.run(limited.executor.execute(s2.fn));
    expect(refilled.attempts.map((x) => [x.target, x.decision, x.delaySource])).toEqual([['openai-secondary', 'wait-then-retry', 'rate-limit'], ['groq-primary', 'success', 'none']]);
  });

  it('an abort frees a queued request at once', async () => {
    const { time, executor } = setup([{ ...GROQ, limits: { rpm: 1 } }]);
    const { fn } = scripted(time, {});
    await time.run(executor.execute(fn));
    const controller = new AbortController();
    const queued = executor.execute(fn, { signal: controller.signal });
    const start = time.now;
    void time.sleep(100).then(() => controller.abort(new Error('gone')));
    await expect(time.run(queued)).rejects.toThrow('gone');
    expect(time.now - start).toBe(100);
  });

  it('at 150% of a target\'s rpm the provider sees no 429 while the budget stays over 90% used', async () => {
    const time = new FakeTime(3);
    const executor = createExecutor({ targets: [{ ...GROQ, limits: { rpm: 60 } }], runtime: time.runtime(), attemptTimeoutMs: 10_000 });
    const served: number[] = [];
    let provider429 = 0;
    const fn = async () => {
      const now = time.now;
      const recent = served.filter((t) => t > now - 60_000).length;
      if (recent >= 60) { provider429++; throw ERRORS.groq429(); }
      served.push(now);
      return 'ok';
    };
    const requests: Array<Promise<unknown>> = [];
    const all = (async () => {
      for (let i = 0; i < 900; i++) { // 10 minutes at 90 requests a minute
        requests.push(executor.execute(fn).catch(() => undefined));
        await time.sleep(667);
      }
      await Promise.all(requests);
    })();
    await time.run(all);
    const minutes = (time.now - served[0]!) / 60_000;
    expect(provider429).toBe(0);
    expect(served.length / (minutes * 60)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('targets from the registry', () => {
  it('walk the generated config\'s general chain, with each model\'s window and published limits', async () => {
    const { targetsFromRegistry } = await import('../src/index.js');
    const targets = targetsFromRegistry('groq-primary');
    expect(targets.map((t) => [t.id, t.provider, t.model])).toEqual([
      ['groq-primary', 'groq', 'openai/gpt-oss-120b'], ['openai-secondary', 'openai', 'gpt-6-luna'], ['openrouter-tertiary', 'openrouter', 'google/gemini-3.5-flash-lite'],
    ]);
    expect(targets[0]).toMatchObject({ contextWindow: 131_072, limits: { rpm: 30, tpm: 8_000, rpd: 1_000, tpd: 200_000 }, rateLimitHeaders: { requests: 'rpd', tokens: 'tpm' } });
  });
});

describe('metrics', () => {
  it('count attempts by kind and category, fallbacks, requests and tokens in Prometheus (prom-client)', async () => {
    const prom = await import('prom-client');
    const register = new prom.Registry();
    const { prometheusMetrics } = await import('../src/index.js');
    const { time, executor } = setup([GROQ, OPENAI], { metrics: prometheusMetrics(prom, register) });
    const calls = { n: 0 };
    const fn = async ({ target }: { target: Target }) => {
      calls.n++;
      if (target.id === 'groq-primary' && calls.n === 1) throw ERRORS.groq429();
      return { usage: { total_tokens: 42 } };
    };
    await time.run(executor.execute(fn));
    const text = await register.metrics();
    expect(text).toContain('llm_attempts_total{target="groq-primary",kind="initial",category="RATE_LIMIT"} 1');
    expect(text).toContain('llm_attempts_total{target="openai-secondary",kind="fallback",category="none"} 1');
    expect(text).toContain('llm_fallbacks_total{from="groq-primary",to="openai-secondary",reason="RATE_LIMIT"} 1');
    expect(text).toContain('llm_requests_total{target="openai-secondary",outcome="success"} 1');
    expect(text).toContain('llm_tokens_total{target="openai-secondary"} 42');
  });
});

describe('determinism', () => {
  it('200 concurrent requests with injected failures produce the same attempt plans for the same seed', async () => {
    const plans = async () => {
      const time = new FakeTime(99);
      const executor = createExecutor({ targets: [GROQ, OPENAI, OPENROUTER], runtime: time.runtime() });
      const rt = time.runtime();
      const fn = async ({ target }: { target: Target }) => {
        await time.sleep(Math.floor(rt.random() * 500));
        const roll = rt.random();
        if (roll < 0.15) throw ERRORS.groq429();
        if (roll < 0.3) throw ERRORS.openai500();
        return target.id;
      };
      const results = await time.run(Promise.all(Array.from({ length: 200 }, () => executor.execute(fn).then((r) => r.attempts, (e: ChainExhaustedError) => e.attempts))));
      return JSON.stringify(results);
    };
    const [a, b] = [await plans(), await plans()];
    expect(a).toBe(b);
    expect(a).toContain('"decision":"switch"');
  });
});

describe('the shipped executor alerts', () => {
  it('read only metrics and labels that prometheusMetrics registers', async () => {
    const prom = await import('prom-client');
    const register = new prom.Registry();
    const { prometheusMetrics } = await import('../src/index.js');
    const { executorAlerts } = await import('../registry/executor-alerts.js');
    prometheusMetrics(prom, register);
    for (const a of executorAlerts) {
      for (const m of a.expr.matchAll(/\b(llm_[a-z_]+)(?:\{([^}]*)\})?/g)) {
        const metric = register.getSingleMetric(m[1]!) as unknown as { labelNames: string[] } | undefined;
        expect(metric, `${a.name}: ${m[1]}`).toBeDefined();
        for (const label of (m[2] ?? '').split(',').filter(Boolean).map((x) => x.split(/[=!~]/)[0]!.trim())) expect(metric!.labelNames, `${a.name}: ${m[1]}{${label}}`).toContain(label);
      }
      for (const by of a.expr.matchAll(/by \(([^)]*)\)/g)) for (const label of by[1]!.split(',').map((x) => x.trim())) expect(JSON.stringify(a.example.labels)).toContain(label);
    }
  });
});

describe('chatTokens', () => {
  it('counts with gpt-tokenizer when it is installed: within 10% of its own chat encoding, plus the output limit', async () => {
    const { chatTokens } = await import('../src/index.js');
    const { encodeChat } = await import('gpt-tokenizer');
    const messages = [
      { role: 'system', content: 'You are a careful coding agent. Answer with a unified diff only.' },
      { role: 'user', content: 'Fix the off-by-one error in src/range.ts: the last element is never returned when the step divides the length exactly.' },
    ];
    const reference = encodeChat(messages as Parameters<typeof encodeChat>[0], 'gpt-4o').length;
    const counted = await chatTokens(messages, 0);
    expect(Math.abs(counted - reference) / reference).toBeLessThan(0.1);
    expect(await chatTokens(messages, 1_000)).toBe(counted + 1_000);
  });

  it('estimates a text past 8K characters from samples spread over it, not from its start', async () => {
    const { chatTokens } = await import('../src/index.js');
    const { countTokens } = await import('gpt-tokenizer');
    // Two halves that tokenize very differently: extrapolating from the first 8K characters alone
    // would be about 43% under; samples spread over the whole text see both halves.
    const prose = 'The proxy answered with a rate limit, so the executor waited for the window to reset before it tried the fallback model again. ';
    const numbers = '4096 8192 16384 32768 65536 131072 262144 524288 1048576 ';
    const half = (s: string) => s.repeat(Math.ceil(200_000 / s.length)).slice(0, 200_000);
    const text = half(prose) + half(numbers);
    const exact = countTokens(text);
    const counted = await chatTokens([{ role: 'user', content: text }]) - 3 - 4 - countTokens('user');
    expect(counted).not.toBe(exact); // it did estimate
    expect(Math.abs(counted - exact) / exact).toBeLessThan(0.03);
    const fromStart = Math.ceil(text.length * countTokens(text.slice(0, 8_000)) / 8_000);
    expect(Math.abs(fromStart - exact) / exact).toBeGreaterThan(0.3); // the text does tell the two apart
  });

  it('stays within 10% on 400K characters of the docs: a 2% sample, whose error on real text is sampling noise', async () => {
    // Over 40 windows of the docs and corpus, 400K characters each, the estimate was 2.1% off on
    // average and at most 5.8%; `npm run bench` prints its error per size for one text.
    const { chatTokens } = await import('../src/index.js');
    const { countTokens } = await import('gpt-tokenizer');
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = 'site/content/docs/errors';
    const text = readdirSync(dir).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n').slice(0, 400_000);
    expect(text.length).toBe(400_000);
    const exact = countTokens(text);
    const counted = await chatTokens([{ role: 'user', content: text }]) - 3 - 4 - countTokens('user');
    expect(counted).not.toBe(exact);
    expect(Math.abs(counted - exact) / exact).toBeLessThan(0.1);
  });

  it('reads text parts of multi-part content', async () => {
    const { chatTokens } = await import('../src/index.js');
    const plain = await chatTokens([{ role: 'user', content: 'hello world' }]);
    const parts = await chatTokens([{ role: 'user', content: [{ type: 'text', text: 'hello world' }] }]);
    expect(parts).toBe(plain);
  });
});

describe('importing the package', () => {
  it('does not load the registry data (targetsFromRegistry uses targets precomputed at generate time)', async () => {
    const { build } = await import('esbuild');
    const out = await build({ stdin: { contents: "export * from './src/index.ts';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'neutral', metafile: true, logLevel: 'silent' });
    expect(Object.keys(out.metafile!.inputs).filter((f) => f.includes('registry-data'))).toEqual([]);
  });
});

describe('real time', () => {
  it('leaves no abort listener on the caller\'s signal after waits and attempts', async () => {
    const { EventEmitter } = await import('node:events');
    const getEventListeners = (EventEmitter as unknown as { getEventListeners(t: EventTarget, name: string): unknown[] }).getEventListeners;
    const executor = createExecutor({ targets: [GROQ] });
    const signal = new AbortController().signal;
    let n = 0;
    const fn = async () => {
      if (n++ === 0) throw apiError(429, { error: { message: 'Rate limit reached for model `openai/gpt-oss-120b`.', type: 'tokens', code: 'rate_limit_exceeded' } }, { 'retry-after-ms': '10' });
      return 'ok';
    };
    const r = await executor.execute(fn, { signal });
    expect(r.attempts[0]).toMatchObject({ decision: 'wait-then-retry', delayMs: 10 });
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });
});
