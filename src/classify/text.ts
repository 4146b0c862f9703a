// The text layers of the evidence: what an error's messages say when its fields do not. One pass of
// the generated scanner finds every literal the registry knows (provider hosts, wrapper tokens and
// wordings; error class names; category wordings; reason phrases); a few regexes read the shapes
// that carry values (a status in prose, a Node errno, a body field quoted inside a message).
import { buildAutomaton, runAutomaton, type Automaton } from './automaton.js';
import { pushUnique, type Evidence } from './evidence.js';
import { joinAlternatives } from './packed-tables.js';
import { evidenceItem, type ErrorCategory, type EvidenceItem, type MatchTables, type ProviderId, type ScanHit } from './types.js';

/** Node system and undici codes as they appear in text: "connect ECONNREFUSED 127.0.0.1:4000". */
const ERRNO_IN_TEXT = /\b(E[A-Z]{4,}(?:_[A-Z]+)?|EAI_[A-Z]+|UND_ERR_[A-Z_]+|ERR_(?:SOCKET|SSL|TLS|STREAM)_[A-Z_]+)\b/g;
/** Body fields quoted inside messages (LiteLLM and Python reprs), all four in one pass. */
const FIELD_IN_TEXT = /['"](code|type|error_type|limit_source)['"]\s*:\s*['"]([A-Za-z][\w.-]{0,63})['"]/g;
const FIELD_LIST = { code: 'codes', type: 'types', error_type: 'errorTypes', limit_source: 'limitSources' } as const;

/** A 4xx or 5xx number anywhere: the cheap test before the status shapes. */
const ERROR_STATUS_DIGITS = /[45]\d\d/;

/**
 * An HTTP status a response can end with: 200 to 599. A 1xx is never a response's final status; as
 * a number in a body it is the app's own code (RAGFlow's `"code": 102`).
 */
export function asStatus(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.length === 3 && /^\d{3}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 200 && n < 600 ? n : undefined;
}

/** Errnos and quoted body fields in the text (an exec loop allocates less than matchAll). */
function collectFromText(text: string, ev: Evidence): void {
  ERRNO_IN_TEXT.lastIndex = 0;
  for (let m = ERRNO_IN_TEXT.exec(text); m !== null; m = ERRNO_IN_TEXT.exec(text)) pushUnique(ev, 'errnos', m[1]!);
  FIELD_IN_TEXT.lastIndex = 0;
  for (let m = FIELD_IN_TEXT.exec(text); m !== null; m = FIELD_IN_TEXT.exec(text)) pushUnique(ev, FIELD_LIST[m[1] as keyof typeof FIELD_LIST], m[2]!);
}

/** Compiled forms of the generated tables, built once per table object. */
interface Compiled {
  automaton: Automaton;
  statusShape: RegExp | null;
  bareStatus: RegExp;
  classByName: Map<string, number>;
  providerPatterns: Array<{ provider: ProviderId; what: string; re: RegExp }>;
  /** All the provider patterns as one regex: most texts hold none, and one pass rules out all of them. */
  anyProviderPattern: RegExp;
  precedence: Map<ProviderId, number>;
}
const compiledCache = new WeakMap<MatchTables, Compiled>();

function compiled(t: MatchTables): Compiled {
  let c = compiledCache.get(t);
  if (!c) {
    c = {
      automaton: buildAutomaton(t.scanner.literals),
      statusShape: t.statusShapes.length ? new RegExp(joinAlternatives(t.statusShapes)) : null,
      bareStatus: new RegExp(t.bareStatus),
      classByName: new Map(t.classes.map((cls, i) => [cls.name, i])),
      providerPatterns: t.providerPatterns.map((p) => ({ provider: p.provider, what: p.what, re: new RegExp(p.pattern) })),
      anyProviderPattern: new RegExp(joinAlternatives(t.providerPatterns.map((p) => p.pattern))),
      precedence: new Map(t.providerPrecedence.map((p, i) => [p, i])),
    };
    compiledCache.set(t, c);
  }
  return c;
}

/** Each class once, where it was first named. */
function addClass(ev: Evidence, cls: number, matched: string): void {
  if (!ev.classes.some((x) => x.cls === cls)) ev.classes.push({ cls, matched });
}

const isUpper = (code: number) => code >= 65 && code <= 90;
const isLower = (code: number) => code >= 97 && code <= 122;
const isWordChar = (code: number) => (code >= 48 && code <= 57) || isUpper(code) || isLower(code);

/**
 * Whether text[at, at + length) stands alone: no `isPart` character on either side. A class name
 * counts only as a whole token (`litellm.Timeout:` yes, `APIConnectionTimeoutError` no), a host as a
 * whole name (`api.openai.com`, not `litellm.llms.openai.common_utils` or `notopenai.com`).
 */
function standsAlone(text: string, at: number, length: number, isPart: (code: number) => boolean): boolean {
  return (at === 0 || !isPart(text.charCodeAt(at - 1))) && (at + length >= text.length || !isPart(text.charCodeAt(at + length)));
}

const isNameChar = (code: number) => isWordChar(code) || code === 45 /* - */ || code === 95 /* _ */;

/**
 * A wrapper that begins or ends with a letter counts only as a whole name (`Groq`, not `groq-primary`),
 * or as the head of a CamelCase name (`OpenRouterClient` in a stack trace, `GroqCloud`): a class
 * named after the provider is that provider's client.
 */
function wholeName(text: string, at: number, literal: string): boolean {
  const end = at + literal.length;
  if (isWordChar(literal.charCodeAt(0)) && at > 0 && isNameChar(text.charCodeAt(at - 1))) return false;
  const last = literal.charCodeAt(literal.length - 1);
  if (isWordChar(last) && end < text.length && isNameChar(text.charCodeAt(end)) && !(isLower(last) && isUpper(text.charCodeAt(end)))) return false;
  return true;
}

/**
 * A category wording counts only where a word starts: after a non-alphanumeric character, or at a
 * capital that begins a CamelCase word (`APITimeoutError`, `ServiceUnavailableError`). So "stream
 * ended" is not found in "Upstream ended", nor "terminated" in "Unterminated string".
 */
export function wordStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (at === 0 || !isWordChar(c)) return true;
  const p = text.charCodeAt(at - 1);
  if (!isWordChar(p)) return true;
  return isUpper(c) && (!isUpper(p) || isLower(text.charCodeAt(at + 1)));
}

const isHostChar = (code: number) => isWordChar(code) || code === 45 /* - */;

interface ScanState {
  upstream: { provider: ProviderId; rank: number; item: EvidenceItem; wording: boolean } | undefined;
  reason: { status: number; item: EvidenceItem } | undefined;
  /** Category wordings of the text being scanned, kept until settleWordings sees them all. */
  wordings: Array<{ start: number; end: number; category: ErrorCategory }>;
}

function applyHit(ev: Evidence, c: Compiled, hit: ScanHit, text: string, at: number, literal: string, state: ScanState): void {
  switch (hit.kind) {
    case 'provider': {
      if (hit.exact !== null && (!text.startsWith(hit.exact, at) || !wholeName(text, at, hit.exact))) return;
      if (hit.what === 'host' && !standsAlone(text, at, literal.length, isHostChar)) return;
      // The marker as the text has it: an explanation quotes what is there ("Ensure Key"), not the layer's name.
      const item = evidenceItem('provider', `${hit.provider} ${hit.what}`, text.slice(at, at + literal.length));
      const wording = hit.what === 'wording';
      // A layer keeps its first marker, or its own wording, which says it raised the error rather than relayed it.
      if (hit.layer === 'proxy') { if (!ev.viaLitellm || wording) ev.viaLitellm = item; return; }
      if (hit.layer === 'client') { if (!ev.viaKilo || wording) ev.viaKilo = item; return; }
      const rank = c.precedence.get(hit.provider) ?? 99;
      if (state.upstream === undefined || rank < state.upstream.rank) state.upstream = { provider: hit.provider, rank, wording, item };
      return;
    }
    case 'class':
      if (!text.startsWith(hit.exact, at) || !standsAlone(text, at, hit.exact.length, isWordChar)) return;
      // Kept apart from `names`: a class named in prose informs the category and status layers,
      // while match rules on `name` keep meaning the error object itself.
      addClass(ev, hit.cls, hit.exact);
      return;
    case 'category':
      if (!wordStart(text, at)) return;
      if (!hit.cue) state.wordings.push({ start: at, end: at + literal.length, category: hit.category });
      else ev.cues.push({ category: hit.category, matched: literal }); // as the registry writes it: a cue is a word, not a quote
      return;
    case 'reason':
      state.reason ??= { status: hit.status, item: evidenceItem('status', 'reason phrase', text.slice(at, at + literal.length)) };
      return;
    case 'other':
      ev.other ??= evidenceItem('provider', `${hit.name}, outside this stack`, text.slice(at, at + literal.length));
      if (literal.endsWith('exception')) ev.otherCalled = true;
      return;
    case 'anchor': {
      const seen = ev.hits!; // readText starts the list before it scans
      for (const r of hit.rules) if (!seen.includes(r)) seen.push(r);
    }
  }
}

/**
 * The category wordings found in `text`, in text order, each category once. A wording inside a
 * longer one found at the same place is part of it, not a wording of its own: "quota" in "request
 * a quota increase" (a rate limit's remedy) does not make the error a quota error.
 */
function settleWordings(ev: Evidence, state: ScanState, text: string): void {
  const found = state.wordings;
  for (const w of found) {
    if (found.some((o) => o !== w && o.start <= w.start && o.end >= w.end && o.end - o.start > w.end - w.start)) continue;
    if (!ev.wordings.some(([c]) => c === w.category)) ev.wordings.push([w.category, text.slice(w.start, w.end)]);
  }
  found.length = 0;
}

/** One pass over the text: every literal at every position. */
function scan(ev: Evidence, t: MatchTables, c: Compiled, state: ScanState): void {
  const text = ev.text;
  runAutomaton(c.automaton, text, (id, end) => {
    const literal = t.scanner.literals[id]!;
    for (const hit of t.scanner.hits[id]!) applyHit(ev, c, hit, text, end - literal.length + 1, literal, state);
  });
  settleWordings(ev, state, text);
}

/**
 * Body codes and types that spell a category (`rate_limit_exceeded`, `UNAUTHORIZED`,
 * `insufficient_quota`) count as its wording: relays and gateways copy OpenAI's codes onto
 * messages in other languages, or send a code with no message at all. Only category hits are read:
 * a code names no provider. The separator is a character no literal uses, so no match spans two fields.
 */
function categoryFromFields(ev: Evidence, t: MatchTables, c: Compiled, state: ScanState): void {
  if (ev.codes.length + ev.types.length + ev.errorTypes.length === 0) return;
  const fields = [...ev.codes, ...ev.types, ...ev.errorTypes].join('\u0001');
  runAutomaton(c.automaton, fields, (id, end) => {
    const literal = t.scanner.literals[id]!;
    for (const hit of t.scanner.hits[id]!) if (hit.kind === 'category') applyHit(ev, c, hit, fields, end - literal.length + 1, literal, state);
  });
  settleWordings(ev, state, fields);
}

/** httpx and requests log the response line ("HTTP/1.1 200 OK"): an error after it came in the body or the stream. */
const SUCCESS_RESPONSE_LINE = /\bHTTP\/\d(?:\.\d)? 200 OK\b/;

/**
 * The status the text gives when the fields gave none: a status shape, a reason phrase, then an error
 * class. A class also corrects a 500 (see below).
 */
function statusFromText(ev: Evidence, c: Compiled, state: ScanState, t: MatchTables): void {
  if (ev.status === undefined) {
    if (ev.text.includes(' 200 OK') && SUCCESS_RESPONSE_LINE.test(ev.text)) ev.stream = true;
    // The shapes only read error statuses: skip them when no 4xx or 5xx number is written at all.
    // A number standing alone counts only when no shape reads a status in context.
    const m = ERROR_STATUS_DIGITS.test(ev.text) ? c.statusShape?.exec(ev.text) ?? c.bareStatus.exec(ev.text) : null;
    let s: number | undefined;
    for (let i = 1; m && i < m.length && s === undefined; i++) s = asStatus(m[i]);
    if (s !== undefined) { ev.status = s; ev.statusFrom = evidenceItem('status', 'status in prose', m![0].trim()); }
    else if (state.reason) { ev.status = state.reason.status; ev.statusFrom = state.reason.item; }
  }
  // Then an error class: its status when nothing else gave one, and its 4xx under a 500, the mark of
  // a relay that lost the status. LiteLLM's Anthropic adapter re-raises any failure as a ValueError
  // ("Error calling litellm.acompletion for non-Anthropic model: litellm.BadRequestError: ..."), which
  // the proxy answers with a 500 (litellm/llms/anthropic/experimental_pass_through/adapters/handler.py).
  if (ev.status === undefined || ev.status === 500) {
    for (const { cls, matched } of ev.classes) {
      const status = t.classes[cls]!.status;
      if (status !== null && (ev.status === undefined || status < 500)) { ev.status = status; ev.statusFrom = evidenceItem('class', `${t.classes[cls]!.name} is a ${status}`, matched); return; }
    }
  }
}

/**
 * The upstream provider, strongest marker first (a host, wrapper token or wording, by precedence),
 * then the weak shapes (model ids, organisation ids). Without any, the layer that relayed or raised
 * the error stands in for rule matching (`litellm`, `kilo`), marked so that the result names it only
 * for that layer's own codes.
 */
function providerFromText(ev: Evidence, c: Compiled, state: ScanState): void {
  if (ev.provider !== undefined) return;
  if (state.upstream) { ev.provider = state.upstream.provider; ev.providerFrom = state.upstream.item; if (state.upstream.wording) ev.basis = 'wording'; return; }
  if (c.anyProviderPattern.test(ev.text)) {
    for (const p of c.providerPatterns) {
      const m = p.re.exec(ev.text);
      if (m) {
        ev.provider = p.provider;
        ev.basis = 'weak';
        ev.providerFrom = evidenceItem('provider', `${p.provider} ${p.what}`, m[0]);
        return;
      }
    }
  }
  // LiteLLM's own errors carry a numeric code too: with its wrapper in sight, the code is the proxy's.
  if (ev.weakProvider && !ev.viaLitellm) {
    ev.provider = ev.weakProvider.provider;
    ev.basis = 'suggested';
    ev.providerFrom = ev.weakProvider.item;
    return;
  }
  const layer = ev.viaLitellm ?? ev.viaKilo;
  if (layer) {
    ev.provider = ev.viaLitellm ? 'litellm' : 'kilo';
    ev.basis = 'layer';
    ev.providerFrom = layer;
  }
}

/** Fills the evidence the text carries; fields already read take precedence. */
export function readText(ev: Evidence, t: MatchTables): void {
  const c = compiled(t);
  // Classes the fields named (err.name, the constructor) come first.
  for (const name of ev.names) {
    const cls = c.classByName.get(name);
    if (cls !== undefined) addClass(ev, cls, name);
  }
  const text = ev.text;
  const state: ScanState = { upstream: undefined, reason: undefined, wordings: [] };
  ev.hits = [];
  if (text.length > 0) {
    collectFromText(text, ev);
    scan(ev, t, c, state);
  }
  categoryFromFields(ev, t, c, state);
  statusFromText(ev, c, state, t);
  providerFromText(ev, c, state);
}
