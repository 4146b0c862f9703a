// Turns anything an LLM client can throw or return into flat Evidence the match rules read. The
// walk reads the fields of each node (status, class name, body code and type, headers, metadata)
// and collects the messages; the text layers (text.ts) run only when the fields leave something
// open. It never throws: each node is read inside one guard, the walk is bounded, cycles skipped.
import { asStatus, readText } from './text.js';
import { evidenceItem, type ErrorCategory, type EvidenceItem, type MatchTables, type ProviderId } from './types.js';

export interface Evidence {
  status: number | undefined;
  /** Where the status came from: a field, the text (a status shape or a reason phrase), or an error class. */
  statusFrom: EvidenceItem | undefined;
  /** Upstream provider: a provider marker in the payload; only the hint otherwise. Never guessed. */
  provider: ProviderId | undefined;
  providerFrom: EvidenceItem | undefined;
  /** What `provider` rests on when it is less than a strong marker, a field or the caller's hint (ProviderBasis). */
  basis: ProviderBasis | undefined;
  /** A weak provider marker in the fields (a numeric error.code), used only when nothing else names one. */
  weakProvider: { provider: ProviderId; item: EvidenceItem } | undefined;
  /**
   * The LiteLLM proxy relayed or raised it: the marker that says so (a LiteLLM wrapper, an x-litellm-*
   * header), or one of its own wordings (its budgets, keys, routes, config), which says the proxy raised
   * the error rather than relayed it (providerOf in classify.ts reads which).
   */
  viaLitellm: EvidenceItem | undefined;
  /** Kilo Code reported it: the marker, or one of its own wordings (its gateway, balance, CLI server). */
  viaKilo: EvidenceItem | undefined;
  /** A provider outside this stack is named (its host, or LiteLLM's wrapper for it): weak markers of ours then prove nothing. */
  other: EvidenceItem | undefined;
  /** That provider is named by LiteLLM's `<Provider>Exception` wrapper: LiteLLM called it and it failed. */
  otherCalled: boolean;
  codes: string[];
  types: string[];
  errorTypes: string[];
  limitSources: string[];
  errnos: string[];
  names: string[];
  /** Known error classes found (registry/classes.ts), from fields first, then the text. */
  classes: Array<{ cls: number; matched: string }>;
  /** Categories the wordings make evident, with the phrase that did. */
  wordings: Array<[ErrorCategory, string]>;
  /** The cues found (registry/wordings.ts `cues`), in text order: read only when nothing else is evident. */
  cues: Array<{ category: ErrorCategory; matched: string }>;
  /** Every message found, joined; capped so regexes stay fast on megabyte inputs. */
  text: string;
  /** The first human message, for Classification.message. */
  message: string;
  stream: boolean;
  /** The header objects seen, read once when needed (retry hints, provider headers). */
  headerSources: unknown[];
  headers: Map<string, string> | undefined;
  /** Whether the text layers have run (they run once, and only when the fields leave something open). */
  textRead: boolean;
  /**
   * The anchor hits, after the text layers: the indexes of the rules one of whose message anchors
   * the text holds.
   * A short list, not a bitmap over every rule: allocating a typed array per call cost more than
   * the scan itself.
   */
  hits: number[] | undefined;
  /** The caller's provider hint, applied after the text layers. */
  hint: ProviderId | undefined;
}

export interface Hint { provider?: string | undefined; model?: string | undefined }

const MAX_DEPTH = 8;
const MAX_TEXT = 16_384;
const MAX_NODES = 200;
// `detail`: FastAPI's error body (`{"detail": "..."}` or `{"detail": {"error": "..."}}`), which the LiteLLM proxy answers with.
const CHILD_KEYS = ['error', 'body', 'responseBody', 'data', 'cause', 'lastError', 'raw', 'err', 'details', 'detail', 'response'] as const;
/** Where a node names the endpoint it called or the host it looked up. */
const ADDRESS_KEYS = ['url', 'hostname', 'endpoint'] as const;
const ERRNO_CODE = /^(?:E[A-Z]{3,}|EAI_|UND_ERR_|ERR_)/;

/** Shared empty list: evidence lists start as this and get their own array on first push. */
const NONE: string[] = [];
type ListKey = 'codes' | 'types' | 'errorTypes' | 'limitSources' | 'errnos' | 'names';

export function pushUnique(ev: Evidence, key: ListKey, v: string): void {
  const list = ev[key];
  if (list === NONE) ev[key] = [v];
  else if (!list.includes(v)) list.push(v);
}

/** Headers worth keeping: the provider's and the proxy's markers and the retry hints. */
const KEPT_HEADER = /^(?:x-|retry-after|openai-)/;

function addHeader(into: Map<string, string>, key: unknown, value: unknown): void {
  if (typeof key !== 'string' || into.size >= 100) return;
  const k = key.toLowerCase();
  if (!KEPT_HEADER.test(k) || into.has(k)) return;
  const v = Array.isArray(value) ? String(value[0]) : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  if (v !== undefined) into.set(k, v);
}

/** Adds the kept headers of a Headers object (through forEach) or a plain record to `into` (lower-case names). */
export function collectHeaders(into: Map<string, string>, h: unknown): Map<string, string> {
  if (h === null || typeof h !== 'object') return into;
  try {
    const forEach = (h as { forEach?: unknown }).forEach;
    if (typeof forEach === 'function') (forEach as (cb: (v: unknown, k: unknown) => void) => void).call(h, (v, k) => addHeader(into, k, v));
    else for (const key of Object.keys(h).slice(0, 100)) addHeader(into, key, (h as Record<string, unknown>)[key]);
  } catch {
    // A hostile Headers object: skip it, the other sources still count.
  }
  return into;
}

/** Every header worth keeping, read once per input; the first source that sets a header wins. */
export function headerMap(ev: Evidence): ReadonlyMap<string, string> {
  if (ev.headers) return ev.headers;
  const into = new Map<string, string>();
  for (const h of ev.headerSources) collectHeaders(into, h);
  ev.headers = into;
  return into;
}

function ctorName(v: object): string | undefined {
  const n = (Object.getPrototypeOf(v) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof n === 'string' && n.length > 0 ? n : undefined;
}

function isErrorChoice(choices: unknown): boolean {
  if (!Array.isArray(choices)) return false;
  for (let i = 0; i < choices.length && i < 4; i++) if ((choices[i] as { finish_reason?: unknown } | null)?.finish_reason === 'error') return true;
  return false;
}

function tryParseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

// A Set, not an object literal: a hint such as '__proto__' must not reach Object.prototype.
const PROVIDER_IDS = new Set<string>(['groq', 'openai', 'openrouter', 'litellm', 'kilo']);
function normaliseProvider(p: unknown): ProviderId | undefined {
  const id = typeof p === 'string' ? p.toLowerCase() : undefined;
  return id === 'kilocode' ? 'kilo' : PROVIDER_IDS.has(id!) ? (id as ProviderId) : undefined;
}

/**
 * What a provider rests on, when it is not a strong marker, a field or the caller's hint:
 * - `layer`: it names the layer that relayed the error (LiteLLM, Kilo Code), not an upstream provider;
 * - `weak`: only weak markers (a model id, an organisation id, LiteLLM's OpenAIException);
 * - `wording`: a wording, strong alone, but other servers copy wordings (xAI answers OpenAI's "Incorrect API key provided");
 * - `suggested`: only a numeric error.code, which OpenRouter, LiteLLM and Google all send (weak too): it picks rules but is not reported.
 */
export type ProviderBasis = 'layer' | 'weak' | 'wording' | 'suggested';

function emptyEvidence(): Evidence {
  return {
    status: undefined, statusFrom: undefined, provider: undefined, providerFrom: undefined,
    basis: undefined, weakProvider: undefined,
    viaLitellm: undefined, viaKilo: undefined, other: undefined, otherCalled: false, codes: NONE, types: NONE, errorTypes: NONE, limitSources: NONE, errnos: NONE, names: NONE,
    classes: [], wordings: [], cues: [], text: '', message: '', stream: false, headerSources: [], headers: undefined, textRead: false, hits: undefined, hint: undefined,
  };
}

/** Terminal colours (ECMA-48 control sequences), and their remains when a paste dropped the ESC: `[31m`, `[0m`. */
const ANSI_COLOUR = /\x1b\[[\d;]*[A-Za-z]|\[[\d;]+m/g;
/**
 * A body quoted inside a JSON or Python string, once or twice over: `{\\"error\\":{\\"code\\":429`,
 * `while\\nprocessing`. The quotes lose their backslashes; an escaped line break becomes one.
 */
const ESCAPE = /\\+(?:(["'])|[nr])/g;
/** A line break with the indentation (and a Markdown quote's `>`) around it: terminals and issue threads hard-wrap long messages. */
const LINE_BREAK = /[ \t]*\r?\n[ \t>]*/g;

/**
 * The text the layers read: what was written, not how it was logged. Each step runs only on texts
 * that show its mark.
 */
function asPlainText(t: string): string {
  if (t.includes('\x1b') || t.includes('[0m')) t = t.replace(ANSI_COLOUR, '');
  if (t.includes('\\')) t = t.replace(ESCAPE, (_, quote?: string) => quote ?? '\n');
  return t.includes('\n') ? t.replace(LINE_BREAK, ' ') : t;
}

/** A JSON body or an SSE `data:` line, parsed; only what starts like JSON is tried. */
function wholeBody(s: string): unknown {
  const c = s.charCodeAt(0);
  if ((c !== 123 && c !== 100 && c > 32) || s.length >= 1_000_000) return;
  const trimmed = s.trimStart();
  if (trimmed.startsWith('{')) return tryParseJson(trimmed);
  if (trimmed.startsWith('data:')) return tryParseJson(trimmed.slice(5));
}

/**
 * A JSON body inside a text (`API Error: 429 {"error":{...}}`, a structured log line's message),
 * parsed so that its fields count as the body's own would; the text is read whole as well. A
 * hard-wrapped paste breaks its strings across lines: a space is valid JSON wherever a break is.
 */
function embeddedBody(s: string): unknown {
  // A brace first: one character is found faster than the pattern, and most texts hold none.
  const open = s.includes('{') && s.length < 1_000_000 ? s.search(/\{\s*"/) : -1;
  if (open < 0) return;
  // Parsed once, whitespace as spaces (a valid body parses the same): a second try would throw again.
  return tryParseJson(s.slice(open, s.lastIndexOf('}') + 1).replace(/\s/g, ' '));
}

class Collector {
  readonly ev = emptyEvidence();
  readonly #seen: object[] = [];
  readonly #texts: string[] = [];
  #textLength = 0;

  /** Keeps a text as its layers read it (asPlainText), and the first one as written, for the result's message. */
  #addText(s: string, plain = asPlainText(s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s)): void {
    if (plain.length === 0 || this.#textLength >= MAX_TEXT) return;
    const piece = plain.length > MAX_TEXT ? plain.slice(0, MAX_TEXT) : plain;
    // SDKs repeat the body message in their own ("429 Rate limit..."): read each text once.
    for (const t of this.#texts) if (t.includes(piece)) return;
    if (this.ev.message === '') this.ev.message = s.length > 2000 ? s.slice(0, 2000) : s;
    this.#texts.push(piece);
    this.#textLength += piece.length;
  }

  /** First status wins, except that an in-band error status replaces the 200 of a stream. */
  #setStatus(v: unknown): void {
    const s = asStatus(v);
    if (s === undefined) return;
    if (this.ev.status === undefined) this.ev.status = s;
    else if (this.ev.status < 300 && s >= 400) { this.ev.status = s; this.ev.stream = true; }
    else return;
    this.ev.statusFrom = evidenceItem('field', 'status field', String(s));
  }

  /** A provider named by the structure itself (OpenRouter's error metadata, a Groq header). */
  #markProvider(p: ProviderId, why: string): void {
    if (this.ev.provider !== undefined) return;
    this.ev.provider = p;
    this.ev.providerFrom = evidenceItem('field', `${p} field`, why);
  }

  /** Walks errors, responses, bodies and their causes. */
  visit(v: unknown, depth: number): void {
    if (typeof v === 'string') return this.#visitString(v, depth);
    if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return;
    if (this.#seen.length >= MAX_NODES || this.#seen.includes(v)) return;
    this.#seen.push(v);
    try {
      // A list of errors where one is expected: Cloudflare's API envelope (`"error": [{ code, message }]`).
      if (Array.isArray(v)) for (let i = 0; i < v.length && i < 8; i++) this.visit(v[i], depth + 1);
      else this.#readNode(v as Record<string, unknown>, depth);
    } catch {
      // A throwing getter or a hostile Proxy: keep what this node gave before it threw.
    }
  }

  #readNode(o: Record<string, unknown>, depth: number): void {
    const name = o.name;
    if (typeof name === 'string' && name.length > 0) pushUnique(this.ev, 'names', name);
    const ctor = ctorName(o);
    if (ctor !== undefined && ctor !== 'Object') pushUnique(this.ev, 'names', ctor);
    const message = o.message;
    // A body quoted in the message (LiteLLM's "... GeminiException - {...}") is read with it: the
    // upstream's own status and type say more than the code the relay mapped them to.
    if (typeof message === 'string') { this.#addText(message); this.visit(embeddedBody(message), depth + 1); }
    // The LiteLLM proxy can answer with a dict as the message: `{"message": {"error": "..."}}`.
    else if (message !== null && typeof message === 'object') this.visit(message, depth + 1);
    // FastAPI's validation errors and several providers' bodies say `msg` (`{"error": true, "msg": "..."}`).
    const msg = o.msg;
    if (typeof msg === 'string') { this.#addText(msg); this.visit(embeddedBody(msg), depth + 1); }
    // The AI SDK's APICallError names the endpoint it called (`url`), LobeChat's error body too
    // (`endpoint`), Node's getaddrinfo errors the host they looked up: a provider's host is evidence.
    for (const key of ADDRESS_KEYS) {
      const address = o[key];
      if (typeof address === 'string' && address.length < 300) this.#addText(address);
    }

    const status = o.status;
    this.#setStatus(status);
    this.#setStatus(o.statusCode);
    const code = o.code;
    const error = o.error;
    // openai-node throws an OpenRouter in-stream error chunk as an APIError with no status.
    if (typeof name === 'string' && status === undefined && typeof (error as { code?: unknown } | null | undefined)?.code === 'number') this.ev.stream = true;
    // A bare `{ code: 502, message, metadata }` handed over on its own is an in-band error: the AI
    // SDK's stream error part or `choices[0].error`. An HTTP error body always wraps it in `error`.
    if (depth === 0 && (ctor === 'Object' || ctor === undefined) && typeof code === 'number' && status === undefined && error === undefined) this.ev.stream = true;
    this.#visitCode(code);
    const type = o.type;
    if (typeof type === 'string' && type.length > 0) pushUnique(this.ev, 'types', type);
    const headers = o.headers ?? o.responseHeaders;
    if (headers !== null && typeof headers === 'object') this.ev.headerSources.push(headers);

    const metadata = o.metadata;
    if (metadata !== null && typeof metadata === 'object') this.#visitMetadata(metadata as Record<string, unknown>, depth);
    // Beside an `error` object only: a structured log line has its own `user_id` beside an `error` string.
    if (o.user_id !== undefined && typeof error === 'object') this.#markProvider('openrouter', 'user_id');
    // OpenRouter's own responses and chunks carry `provider` too, naming the upstream it routed to
    // ("Groq", capitalised): that is OpenRouter speaking, so only an app's lower-case id counts.
    if (o.object === undefined && o.choices === undefined) this.#visitProviderField(o.provider ?? o.providerId);
    if (o.object === 'chat.completion.chunk' || isErrorChoice(o.choices)) this.ev.stream = true;

    for (const key of CHILD_KEYS) {
      const child = o[key];
      if (child !== undefined && child !== null) this.visit(child, depth + 1);
    }
    this.visit(o.errors, depth);
  }

  #visitString(s: string, depth: number): void {
    // A body that a terminal coloured, a log escaped or a paste wrapped is parsed once it is plain again.
    // Tried as written first: a valid body may quote another one, escaped, which unescaping would break.
    let parsed = wholeBody(s);
    const plain = parsed === undefined ? asPlainText(s.length < 1_000_000 ? s : s.slice(0, MAX_TEXT)) : s;
    if (plain !== s) parsed = wholeBody(plain);
    const before = this.#textLength;
    if (parsed !== undefined) this.visit(parsed, 1);
    // A body whose words sit under keys no client uses (`{"text": "... Connection error."}`) is read as
    // text too; it has been walked already, so only a text that is not a body is searched for one.
    if (this.#textLength > before) return;
    this.#addText(s, plain);
    if (parsed === undefined) this.visit(embeddedBody(s) ?? (plain === s ? undefined : embeddedBody(plain)), depth + 1);
  }

  #visitCode(code: unknown): void {
    if (typeof code === 'number') {
      // OpenRouter puts the HTTP status in a numeric error.code, but so do LiteLLM's and Google's bodies: weak evidence.
      if (asStatus(code) !== undefined) this.ev.weakProvider ??= { provider: 'openrouter', item: evidenceItem('field', 'openrouter numeric error code', String(code)) };
      this.#setStatus(code);
    } else if (typeof code === 'string' && code.length > 0 && code.length < 80) {
      if (ERRNO_CODE.test(code)) pushUnique(this.ev, 'errnos', code);
      else if (code.length === 3 && asStatus(code) !== undefined) this.#setStatus(code);
      else pushUnique(this.ev, 'codes', code);
    }
  }

  /**
   * Apps put the provider they called on their errors (LobeChat's `provider`, Cline's `providerId`).
   * Only ids that name one API count: `openai` is what Cline, LiteLLM and others call any
   * OpenAI-compatible server, so it proves nothing; Cline's, Roo Code's and Kilo Code's
   * `openai-native` is OpenAI's own API.
   */
  #visitProviderField(v: unknown): void {
    if (v === 'groq' || v === 'openrouter') this.#markProvider(v, `provider field "${v}"`);
    else if (v === 'openai-native') this.#markProvider('openai', `provider field "${v}"`);
  }

  #visitMetadata(metadata: Record<string, unknown>, depth: number): void {
    const errorType = metadata.error_type;
    if (typeof errorType === 'string') pushUnique(this.ev, 'errorTypes', errorType);
    const limitSource = metadata.limit_source;
    if (typeof limitSource === 'string') pushUnique(this.ev, 'limitSources', limitSource);
    if (typeof errorType === 'string' || typeof limitSource === 'string' || metadata.provider_name !== undefined) this.#markProvider('openrouter', 'error.metadata');
    if (metadata.raw !== undefined) this.visit(metadata.raw, depth + 1);
  }

  finish(hint: Hint | undefined): Evidence {
    const ev = this.ev;
    // Each text is plain already (addText); a line break between them would count as a space.
    ev.text = this.#texts.join(' ');
    ev.hint = normaliseProvider(hint?.provider);
    return ev;
  }
}

/** Provider markers in headers (registry/providers.ts `recognition.headers`): structured and strong. */
function providerFromHeaders(ev: Evidence, tables: MatchTables): void {
  if (ev.headerSources.length === 0) return;
  const headers = headerMap(ev);
  if (headers.size === 0) return;
  for (const h of tables.providerHeaders) {
    if (h.layer === 'upstream' ? ev.provider !== undefined : h.layer === 'proxy' ? ev.viaLitellm : ev.viaKilo) continue;
    if (!headers.has(h.header)) continue;
    const item = evidenceItem('field', `${h.provider} header`, h.header);
    if (h.layer === 'proxy') ev.viaLitellm = item;
    else if (h.layer === 'client') ev.viaKilo = item;
    else { ev.provider = h.provider; ev.providerFrom = item; }
  }
}

/** The caller's hint is evidence too, but weaker than any marker in the payload itself. */
function applyHint(ev: Evidence): void {
  if (ev.hint && (ev.provider === undefined || ev.basis === 'layer')) {
    ev.provider = ev.hint;
    ev.basis = undefined;
    ev.providerFrom = evidenceItem('provider', 'hint', ev.hint);
  }
}

/** Runs the text layers once; the decision calls this when the fields leave something open. */
export function ensureText(ev: Evidence, tables: MatchTables): void {
  if (ev.textRead) return;
  ev.textRead = true;
  readText(ev, tables);
  applyHint(ev);
}

export function collectEvidence(tables: MatchTables, input: unknown, hint?: Hint): Evidence {
  const c = new Collector();
  try {
    c.visit(input, 0);
  } catch {
    // Unreachable by design (every node is guarded); kept so a bug here degrades to UNKNOWN.
  }
  const ev = c.finish(hint);
  providerFromHeaders(ev, tables);
  // The fields settle it only when they give both a status and a strong provider; otherwise read the text now.
  if (ev.status === undefined || ev.provider === undefined) ensureText(ev, tables);
  else applyHint(ev);
  return ev;
}
