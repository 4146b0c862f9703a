// Retry hints in every format the providers use: retry-after-ms, retry-after (seconds or a date),
// Groq's and OpenAI's x-ratelimit-reset-* durations, OpenRouter's epoch reset, and the message.
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseGoDuration, retryAfterMs } from '../src/classify/retry-after.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const h = (o: Record<string, string>) => (name: string): string | undefined => new Map(Object.entries(o)).get(name);

describe('parseGoDuration', () => {
  it.each([
    ['2m59.56s', 179_560], ['7.66s', 7660], ['940ms', 940], ['1h2m3s', 3_723_000], ['6m0s', 360_000],
  ])('%s -> %d ms', (s, ms) => expect(parseGoDuration(s)).toBeCloseTo(ms, 6));
  it.each(['', 'soon', '5', '-3s', '1.2.3s', 's'])('rejects %j', (s) => expect(parseGoDuration(s)).toBeUndefined());
});

describe('retryAfterMs', () => {
  it('prefers retry-after-ms, then retry-after seconds', () => {
    expect(retryAfterMs(h({ 'retry-after-ms': '1500', 'retry-after': '9' }), '', NOW)).toBe(1500);
    expect(retryAfterMs(h({ 'retry-after': '2' }), 'Please try again in 6.78s', NOW)).toBe(2000);
  });
  it('reads an HTTP date, and a date in the past is 0, not negative', () => {
    expect(retryAfterMs(h({ 'retry-after': 'Sat, 28 Nov 2026 12:00:30 GMT' }), '', NOW)).toBe(30_000);
    expect(retryAfterMs(h({ 'retry-after': 'Sat, 28 Nov 2026 11:00:00 GMT' }), '', NOW)).toBe(0);
  });
  it('uses Groq reset headers only for a window that is exhausted', () => {
    expect(retryAfterMs(h({ 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '7.66s', 'x-ratelimit-remaining-requests': '14370', 'x-ratelimit-reset-requests': '2m59.56s' }), '', NOW)).toBe(7660);
    expect(retryAfterMs(h({ 'x-ratelimit-remaining-tokens': '120', 'x-ratelimit-reset-tokens': '7.66s' }), '', NOW)).toBeNull();
  });
  it('reads OpenRouter X-RateLimit-Reset as epoch milliseconds', () => {
    expect(retryAfterMs(h({ 'x-ratelimit-reset': String(NOW + 45_000) }), '', NOW)).toBe(45_000);
  });
  it('reads message phrases in Go and word forms', () => {
    expect(retryAfterMs(h({}), 'Rate limit reached ... Please try again in 6.78s. Need more tokens?', NOW)).toBe(6780);
    expect(retryAfterMs(h({}), 'on tokens per day (TPD): Please try again in 1h2m3.5s.', NOW)).toBe(3_723_500);
    expect(retryAfterMs(h({}), 'No deployments available for selected model, Try again in 60 seconds.', NOW)).toBe(60_000);
  });
  it.each([
    ['Retry in 250 milliseconds', 250],
    ['Retry in 1 millisecond', 1],
    ['please try again in 20 secs', 20_000],
    ['Try again in 1 second.', 1000],
    ['try again in 2 minutes', 120_000],
    ['Try again in 5 mins', 300_000],
    ['Please retry in 1.5 hours', 5_400_000],
    ['Try again in 3 Hours', 10_800_000],
  ])('reads every word unit: %s', (text, ms) => {
    expect(retryAfterMs(h({}), text, NOW)).toBe(ms);
  });
  it('is never NaN, negative or absurd', () => {
    expect(retryAfterMs(h({ 'retry-after': 'NaN' }), '', NOW)).toBeNull();
    expect(retryAfterMs(h({ 'retry-after-ms': '-5' }), '', NOW)).toBeNull();
    expect(retryAfterMs(h({ 'retry-after': '99999999999' }), '', NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs(h({}), 'try again in 9999h', NOW)).toBe(MAX_RETRY_AFTER_MS);
  });
});
