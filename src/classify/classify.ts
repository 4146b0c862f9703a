// classify(): any thrown error, response, body or log line -> the registry code and what to do.
import { collectEvidence, type Hint } from './evidence.js';
import { bestMatch } from './match.js';
import { retryAfterMs } from './retry-after.js';
import type { Classification, MatchTables } from './types.js';

export interface ClassifyOptions {
  /** Clock for HTTP-date and epoch retry hints; injected by tests. */
  now?: () => number;
  docsBaseUrl: string;
}

/**
 * A code's docs link. `base` is either a copy of the docs site (`https://docs.example.org`: pages
 * at /errors/<code>/) or a REFERENCE.md file (anything ending in `.md`: the code's anchor in it).
 */
export function docsUrlFor(base: string, code: string): string {
  const slug = code.toLowerCase();
  if (/\.md$/i.test(base)) return `${base}#${slug}`;
  const root = base.replace(/\/+$/, '');
  return `${root}/errors/${slug}/`;
}

/** Never throws: any failure inside degrades to UNKNOWN (the fuzz test holds it to that). */
export function classifyWith(tables: MatchTables, input: unknown, hint: Hint | undefined, options: ClassifyOptions): Classification {
  try {
    return classifyUnsafe(tables, input, hint, options);
  } catch {
    return unknown(options, { provider: null, httpStatus: null, retryAfterMs: null, message: describe(input) });
  }
}

function unknown(options: ClassifyOptions, base: Pick<Classification, 'provider' | 'httpStatus' | 'retryAfterMs' | 'message'>): Classification {
  return {
    code: 'UNKNOWN', category: 'UNKNOWN', severity: 'MEDIUM', retryable: false, action: 'fail',
    docsUrl: docsUrlFor(options.docsBaseUrl, 'UNKNOWN'), ...base,
  };
}

function classifyUnsafe(tables: MatchTables, input: unknown, hint: Hint | undefined, options: ClassifyOptions): Classification {
  const ev = collectEvidence(tables.recognition, input, hint);
  const rule = bestMatch(tables, ev);
  const info = rule ? tables.codes[rule.entry] : undefined;
  const now = (options.now ?? Date.now)();
  const base = {
    provider: ev.provider ?? null,
    httpStatus: ev.status ?? info?.httpStatus ?? null,
    retryAfterMs: retryAfterMs(ev.headers, ev.text, now),
    message: ev.message || describe(input),
  };
  if (!info) return unknown(options, base);
  return {
    code: info.code, category: info.category, severity: info.severity, retryable: info.retryable,
    action: info.action, docsUrl: docsUrlFor(options.docsBaseUrl, info.code), ...base,
  };
}

/** A short printable form of an input that had no message (numbers, symbols, odd objects). */
function describe(input: unknown): string {
  try {
    if (typeof input === 'string') return input.slice(0, 2000);
    if (typeof input === 'symbol') return input.toString();
    return String(input).slice(0, 2000);
  } catch {
    return '(unprintable input)';
  }
}
