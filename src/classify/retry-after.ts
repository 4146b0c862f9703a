// Finds how long a provider asked the caller to wait. Formats, in precedence order:
// `retry-after-ms` (float ms), Azure's `x-ms-retry-after-ms`, `retry-after` (seconds or an HTTP date), Groq/OpenAI
// `x-ratelimit-reset-*` Go durations (only for a window whose remaining count is 0), OpenRouter's
// `x-ratelimit-reset` (epoch milliseconds), then message text ("Please try again in 6.78s",
// "Try again in 60 seconds"), and a Google RetryInfo `retryDelay` ("32s") relayed in the body text.
// The result is never NaN or negative and is capped at MAX_RETRY_AFTER_MS.

/** 24 h: a daily window (RPD/TPD) is the longest wait a provider legitimately asks for. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

const GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ms|h|m|s))+$/;
const GO_PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const TRY_AGAIN = /(?:try again|retry) in ((?:\d+(?:\.\d+)?(?:ms|h|m|s))+)\b/i;
/** Google's RetryInfo, as OpenRouter and LiteLLM relay Gemini errors: "retryDelay": "32s". */
const RETRY_DELAY = /retryDelay\\?["']?\s*[:=]\s*\\?["']?(\d+(?:\.\d+)?)s\b/;
const TRY_AGAIN_WORDS = /(?:try again|retry) in (\d+(?:\.\d+)?) ?(milliseconds?|seconds?|secs?|minutes?|mins?|hours?)\b/i;

/** Parses a Go-style duration such as `2m59.56s`, `940ms` or `1h2m3s`. */
export function parseGoDuration(s: string): number | undefined {
  const t = s.trim();
  if (t.length > 40 || !GO_DURATION.test(t)) return undefined;
  let ms = 0;
  for (const m of t.matchAll(GO_PART)) ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  return ms;
}

function clamp(ms: number | undefined): number | undefined {
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(Math.round(ms), 0), MAX_RETRY_AFTER_MS);
}

function fromRetryAfter(v: string, now: number): number | undefined {
  const t = v.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t) * 1000;
  const date = Date.parse(t);
  return Number.isNaN(date) ? undefined : date - now;
}

function fromResetHeaders(h: HeaderReader): number | undefined {
  let wait: number | undefined;
  for (const window of ['requests', 'tokens']) {
    if (h(`x-ratelimit-remaining-${window}`)?.trim() !== '0') continue;
    const ms = parseGoDuration(h(`x-ratelimit-reset-${window}`) ?? '');
    if (ms !== undefined) wait = Math.max(wait ?? 0, ms);
  }
  return wait;
}

function fromEpochReset(h: HeaderReader, now: number): number | undefined {
  const v = h('x-ratelimit-reset')?.trim();
  // Epoch milliseconds have 13 digits; anything shorter is another vendor's seconds or duration.
  if (!v || !/^\d{13}$/.test(v)) return undefined;
  return Number(v) - now;
}

function fromText(text: string): number | undefined {
  const go = TRY_AGAIN.exec(text);
  if (go) return parseGoDuration(go[1]!);
  const delay = RETRY_DELAY.exec(text);
  if (delay) return Number(delay[1]) * 1000;
  const words = TRY_AGAIN_WORDS.exec(text);
  if (!words) return undefined;
  // The regex admits only these words: milliseconds, or the Go unit their first letter names.
  const word = words[2]!.toLowerCase();
  return Number(words[1]) * UNIT_MS[word.startsWith('milli') ? 'ms' : word[0]!]!;
}

/** Headers that carry the wait in milliseconds, in precedence order. */
const MS_HEADERS = ['retry-after-ms', 'x-ms-retry-after-ms'];

/** Reads a header by lower-case name; undefined when absent. */
export type HeaderReader = (name: string) => string | undefined;

export function retryAfterMs(header: HeaderReader | null, text: string, now: number): number | null {
  // First source that yields a usable value wins; plain ifs keep this allocation-free.
  let value: number | undefined;
  if (header !== null) {
    for (const name of MS_HEADERS) {
      const ms = header(name);
      if ((value = clamp(ms !== undefined && /^\d+(?:\.\d+)?$/.test(ms.trim()) ? Number(ms) : undefined)) !== undefined) return value;
    }
    const after = header('retry-after');
    if (after !== undefined && (value = clamp(fromRetryAfter(after, now))) !== undefined) return value;
    if ((value = clamp(fromResetHeaders(header))) !== undefined) return value;
    if ((value = clamp(fromEpochReset(header, now))) !== undefined) return value;
  }
  return clamp(fromText(text)) ?? null;
}
