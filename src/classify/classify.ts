// classify(): any thrown error, response, body or log line -> the registry code and what to do.
import { decide } from './decide.js';
import { collectEvidence, headerMap, type Hint } from './evidence.js';
import { retryAfterMs } from './retry-after.js';
import type { Evidence } from './evidence.js';
import type { Classification, CodeInfo, EvidenceItem, MatchTables, ProviderId } from './types.js';

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

/** docsUrlFor for every result: the same codes come back, so each link is built once per base. */
let docsBase = '';
let docsUrls = new Map<string, string>();
function cachedDocsUrl(base: string, code: string): string {
  if (base !== docsBase) { docsBase = base; docsUrls = new Map(); } // callers keep to one base
  let url = docsUrls.get(code);
  if (url === undefined) docsUrls.set(code, (url = docsUrlFor(base, code)));
  return url;
}

/** Never throws: any failure inside degrades to UNKNOWN (the fuzz test holds it to that). */
export function classifyWith(tables: MatchTables, input: unknown, hint: Hint | undefined, options: ClassifyOptions): Classification {
  try {
    return classifyUnsafe(tables, input, hint, options);
  } catch {
    return new Result(UNKNOWN_INFO, { provider: null, httpStatus: null, retryAfterMs: null, message: describe(input), confidence: 'low' }, options.docsBaseUrl, () => []);
  }
}

/** What a result takes from its code: the table row (CodeInfo) or, when no entry matched, UNKNOWN_INFO. */
type CodeFields = Pick<Classification, 'code' | 'category' | 'severity' | 'retryable' | 'action'>;

const UNKNOWN_INFO: CodeFields = {
  code: 'UNKNOWN', category: 'UNKNOWN', severity: 'MEDIUM', retryable: false, action: 'fail',
};

/** What the evidence, not the code, decides about one result. */
type Found = Pick<Classification, 'provider' | 'httpStatus' | 'retryAfterMs' | 'message' | 'confidence'>;

/**
 * A Classification whose `evidence` is built on first read: explaining a result costs more than
 * reaching it. `toJSON` includes it, so JSON.stringify and `explain --json` show it.
 */
class Result implements Classification {
  declare code: Classification['code'];
  declare category: Classification['category'];
  declare severity: Classification['severity'];
  declare provider: Classification['provider'];
  declare httpStatus: Classification['httpStatus'];
  declare retryable: Classification['retryable'];
  declare action: Classification['action'];
  declare retryAfterMs: Classification['retryAfterMs'];
  declare docsUrl: Classification['docsUrl'];
  declare message: Classification['message'];
  declare confidence: Classification['confidence'];
  #evidence: EvidenceItem[] | (() => EvidenceItem[]);

  constructor(info: CodeFields, found: Found, docsBase: string, evidence: () => EvidenceItem[]) {
    // One store per field, always in this order (the order JSON output has always had): every
    // Result shares one shape, and the code's fields are read from its table row, not copied twice.
    this.code = info.code;
    this.category = info.category;
    this.severity = info.severity;
    this.retryable = info.retryable;
    this.action = info.action;
    this.docsUrl = cachedDocsUrl(docsBase, info.code);
    this.confidence = found.confidence;
    this.provider = found.provider;
    this.httpStatus = found.httpStatus;
    this.retryAfterMs = found.retryAfterMs;
    this.message = found.message;
    this.#evidence = evidence;
  }

  get evidence(): EvidenceItem[] {
    if (typeof this.#evidence === 'function') this.#evidence = this.#evidence();
    return this.#evidence;
  }

  toJSON(): Classification {
    return { ...this, evidence: this.evidence };
  }
}

const headerReader = (headers: ReadonlyMap<string, string>) => (name: string) => headers.get(name);

/** A retry hint in words; one pass, where three `includes` took twice as long. */
const RETRY_WORDING = /[Tt]ry again|retry/;

/** Statuses and categories for which a provider's retry hint means something. */
function mayCarryRetryHint(status: number | undefined, category: string | undefined, text: string): boolean {
  return status === 429 || status === 503 || status === 529 || status === 413 || status === 408
    || category === 'RATE_LIMIT' || category === 'OVERLOADED' || category === 'QUOTA'
    || RETRY_WORDING.test(text);
}

function classifyUnsafe(tables: MatchTables, input: unknown, hint: Hint | undefined, options: ClassifyOptions): Classification {
  const ev = collectEvidence(tables, input, hint);
  const { info, confidence, evidence } = decide(tables, ev);
  const retryAfter = mayCarryRetryHint(ev.status, info?.category, ev.text)
    ? retryAfterMs(ev.headerSources.length ? headerReader(headerMap(ev)) : null, ev.text, (options.now ?? Date.now)())
    : null;
  const found: Found = {
    provider: providerOf(ev, info), httpStatus: ev.status ?? info?.httpStatus ?? null, retryAfterMs: retryAfter,
    message: ev.message || describe(input), confidence: info ? confidence : 'low',
  };
  return new Result(info ?? UNKNOWN_INFO, found, options.docsBaseUrl, evidence);
}

/**
 * The provider the result names. A layer's own code (a LiteLLM budget, a Kilo Code message) names
 * that layer unless a strong upstream marker says otherwise; a wrapper alone (LiteLLM relaying a
 * Groq error with no Groq marker left) names nobody: the provider is never guessed.
 */
function providerOf(ev: Evidence, info: CodeInfo | undefined): ProviderId | null {
  // Another provider is named and only a weak marker or a (copyable) wording names one of ours: the upstream is the other one.
  // The relaying layer yields to it only when LiteLLM's wrapper shows it called that provider; a host
  // in a LiteLLM config error is the layer's own problem.
  const basis = ev.basis;
  // Any basis but a strong marker yields to the other provider; the layer only when it called it.
  if (ev.other && (ev.provider === undefined || (basis === 'layer' ? ev.otherCalled : basis))) return null;
  const layerCode = info?.source === 'litellm' || info?.source === 'kilo' ? info.source : undefined;
  // A layer's own code names the layer over a layer, weak or suggested provider, not over a wording or a strong marker.
  if (layerCode && (ev.provider === undefined || (basis && basis !== 'wording')) && (layerCode === 'litellm' ? ev.viaLitellm : ev.viaKilo)) return layerCode;
  // A layer that only relayed names nobody; its own wording (LiteLLM's budgets, keys and routes, Kilo
  // Code's balance and CLI server) shows it produced the error. The layer's evidence item says which it
  // saw: its rule is `litellm wording` or `kilo wording` for a wording (text.ts keeps a wording over a wrapper).
  if (basis === 'layer' && ev.providerFrom!.rule.endsWith('wording')) return ev.provider!;
  if (ev.provider === undefined || basis === 'suggested' || (basis === 'layer' && info?.source !== ev.provider)) return null;
  return ev.provider;
}

/** A short printable form of an input that had no message (numbers, symbols, odd objects). */
function describe(input: unknown): string {
  try {
    // String() prints a symbol too (only implicit conversion throws); an object's own toString may throw.
    return String(input).slice(0, 2000);
  } catch {
    return '(unprintable input)';
  }
}
