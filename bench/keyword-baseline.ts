// The yardstick issue #9 names: a 20-line keyword classifier (a dozen regexes for the category,
// four for the provider) over the message, or the JSON of an object. classify() must beat it on
// accuracy and speed in the same run.
const CATEGORY: ReadonlyArray<[string, RegExp]> = [
  ['CONTEXT_LENGTH', /context.?length|context window|maximum context|too many tokens|reduce the length/i],
  ['QUOTA', /quota|insufficient.?credits|billing|budget|402|payment required/i],
  ['RATE_LIMIT', /rate.?limit|too many requests|429|tokens per minute|requests per minute|TPM|RPM/i],
  ['AUTH', /api.?key|unauthori[sz]ed|authentication|401|403|forbidden|permission/i],
  ['MODEL_UNAVAILABLE', /model.{0,40}(not found|does not exist|decommissioned|not available)|404|no endpoints/i],
  ['CONTENT_POLICY', /content.?policy|moderation|flagged|safety/i],
  ['TIMEOUT', /time(d)?.?out|timeout|deadline|408|504/i],
  ['NETWORK', /ECONNREFUSED|ENOTFOUND|ECONNRESET|fetch failed|connection (error|refused|reset)|socket hang up|network/i],
  ['OVERLOADED', /overloaded|503|service unavailable|capacity/i],
  ['SERVER', /internal server error|500|502|bad gateway|server error/i],
  ['STREAMING', /stream|terminated|premature close/i],
  ['INVALID_REQUEST', /bad request|400|invalid|422/i],
];
const PROVIDER: ReadonlyArray<[string, RegExp]> = [
  ['groq', /groq/i], ['openrouter', /openrouter/i], ['openai', /openai/i], ['litellm', /litellm/i],
];

export function keywordBaseline(input: unknown): { category: string; provider: string | null } {
  let text: string;
  try {
    const o = input as { name?: unknown; message?: unknown } | null;
    text = typeof input === 'string' ? input : JSON.stringify({ name: o?.name, message: o?.message, ...o }) ?? String(input);
  } catch {
    text = String(input);
  }
  const category = CATEGORY.find(([, re]) => re.test(text))?.[0] ?? 'UNKNOWN';
  const provider = PROVIDER.find(([, re]) => re.test(text))?.[0] ?? null;
  return { category, provider };
}
