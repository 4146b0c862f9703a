// Property: whatever it is given, classify never throws, never hangs and returns a valid
// Classification. 100,000 generated inputs: anything fast-check can build, error-shaped objects,
// cyclic graphs, throwing getters, hostile proxies, and multi-megabyte strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, classify, ERROR_CODES, ErrorCategory, ErrorSeverity, MAX_RETRY_AFTER_MS, PROVIDERS, type Classification } from '../src/index.js';

const codes = new Set<string>(ERROR_CODES);
const categories = new Set<string>(Object.values(ErrorCategory));
const severities = new Set<string>(Object.values(ErrorSeverity));

function assertValid(c: Classification): void {
  expect(codes.has(c.code), c.code).toBe(true);
  expect(categories.has(c.category)).toBe(true);
  expect(severities.has(c.severity)).toBe(true);
  expect((ACTIONS as readonly string[]).includes(c.action)).toBe(true);
  expect(typeof c.retryable).toBe('boolean');
  expect(c.provider === null || (PROVIDERS as readonly string[]).includes(c.provider)).toBe(true);
  expect(c.httpStatus === null || (Number.isInteger(c.httpStatus) && c.httpStatus >= 200 && c.httpStatus <= 599)).toBe(true);
  expect(c.retryAfterMs === null || (Number.isFinite(c.retryAfterMs) && c.retryAfterMs >= 0 && c.retryAfterMs <= MAX_RETRY_AFTER_MS)).toBe(true);
  expect(typeof c.message).toBe('string');
  expect(c.docsUrl).toMatch(/^file:\/\/\S+\/REFERENCE\.md#[a-z0-9_-]+$/);
}

const errorShaped = fc.record({
  name: fc.oneof(fc.constantFrom('APIError', 'APIConnectionError', 'TypeError', 'AbortError', 'TimeoutError', 'AI_RetryError'), fc.string()),
  message: fc.oneof(fc.string(), fc.constantFrom('fetch failed', 'Rate limit reached for model', 'GroqException - Error code: 429 - {}', 'Please try again in 1h2m3s', 'retry in 9999999999999999999999s')),
  status: fc.oneof(fc.integer(), fc.constantFrom(429, 401, 503, NaN, Infinity), fc.string()),
  code: fc.oneof(fc.string(), fc.integer(), fc.constantFrom('ECONNREFUSED', 'UND_ERR_SOCKET', 'rate_limit_exceeded')),
  headers: fc.dictionary(fc.constantFrom('retry-after', 'retry-after-ms', 'x-ratelimit-reset', 'x-ratelimit-remaining-tokens', 'x-ratelimit-reset-tokens', 'x-groq-region'), fc.oneof(fc.string(), fc.constantFrom('-1', '1e308', 'NaN', 'Thu, 01 Jan 1970 00:00:00 GMT', '9999999999999', '0'))),
  error: fc.anything(),
  cause: fc.anything(),
  metadata: fc.option(fc.record({ error_type: fc.string(), limit_source: fc.string(), raw: fc.anything() })),
}, { requiredKeys: [] });

const cyclic = fc.anything().map((x) => {
  const a: Record<string, unknown> = { name: 'Error', message: 'loop', payload: x };
  const b: Record<string, unknown> = { cause: a, error: a, errors: [a, a] };
  a.cause = b;
  a.error = { error: a };
  return a;
});

/** Hostile values are built inside the property: fast-check itself inspects generated values. */
class Hostile {
  constructor(readonly label: string, readonly make: () => unknown) {}
}

const throwingGetters = fc.constantFrom('message', 'status', 'headers', 'code', 'cause', 'error', 'name', 'body').map((key) => new Hostile(`getter ${key}`, () => {
  const o: Record<string, unknown> = { message: 'x' };
  Object.defineProperty(o, key, { get() { throw new Error(`getter ${key} throws`); }, enumerable: true });
  return o;
}));

const hostileProxy = fc.constantFrom('get', 'getPrototypeOf', 'ownKeys', 'has', 'getOwnPropertyDescriptor', 'revoked').map((trap) => new Hostile(`proxy ${trap}`, () => {
  if (trap === 'revoked') {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return { error: proxy, cause: proxy, errors: proxy, headers: proxy };
  }
  const p = new Proxy(new Error('proxied'), { [trap]: () => { throw new Error(`trap ${trap} throws`); } });
  return trap === 'get' ? p : { message: 'outer', cause: p, headers: p, errors: [p] };
}));

const hugeString = fc.constantFrom('x', 'Rate limit reached ', 'connect ECONNREFUSED ', '{"error":{"code":', 'try again in ').map((unit) => unit.repeat(Math.ceil(3_000_000 / unit.length)));

const anyInput = fc.oneof(
  { weight: 8, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }) },
  { weight: 6, arbitrary: errorShaped },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 2, arbitrary: cyclic },
  { weight: 2, arbitrary: throwingGetters },
  { weight: 2, arbitrary: hostileProxy },
  { weight: 1, arbitrary: fc.constantFrom(Symbol('s'), () => 1, Object.create(null), new Error(), Number.NaN) },
);

describe('classify under arbitrary input', () => {
  it('never throws and always returns a valid Classification (100,000 inputs)', () => {
    fc.assert(fc.property(anyInput, fc.option(fc.record({ provider: fc.oneof(fc.string(), fc.constantFrom('groq', 'openrouter')) })), (input, hint) => {
      assertValid(classify(input instanceof Hostile ? input.make() : input, hint ?? undefined));
    }), { numRuns: 100_000, seed: 20261128 });
  });

  it('stays fast on multi-megabyte strings and bodies', () => {
    fc.assert(fc.property(hugeString, (s) => {
      const started = performance.now();
      for (const input of [s, new Error(s), { status: 429, body: s }, { error: { message: s } }]) assertValid(classify(input));
      expect(performance.now() - started).toBeLessThan(2000);
    }), { numRuns: 10, seed: 7 });
  });

  it('returns UNKNOWN with the original message when nothing matches', () => {
    const c = classify(new Error('the cat walked across the keyboard'));
    expect(c).toMatchObject({ code: 'UNKNOWN', category: 'UNKNOWN', action: 'fail', retryable: false, message: 'the cat walked across the keyboard' });
  });
});
