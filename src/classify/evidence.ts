// Turns anything an LLM client can throw or return into flat Evidence the match rules read.
// It never throws: every property read is guarded, the walk is bounded, and cycles are skipped.
import type { ProviderId, ProviderMarkers } from './types.js';

export interface Evidence {
  status: number | undefined;
  /** Upstream provider: a provider marker in the payload beats a LiteLLM wrapper, which beats the hint. */
  provider: ProviderId | undefined;
  viaLitellm: boolean;
  codes: Set<string>;
  types: Set<string>;
  errorTypes: Set<string>;
  limitSources: Set<string>;
  errnos: Set<string>;
  names: Set<string>;
  /** Every message found, joined; capped so regexes stay fast on megabyte inputs. */
  text: string;
  /** The first human message, for Classification.message. */
  message: string;
  stream: boolean;
  headers: Map<string, string>;
}

export interface Hint { provider?: string | undefined; model?: string | undefined }

const MAX_DEPTH = 8;
const MAX_TEXT = 16_384;
const MAX_NODES = 200;

// Provider markers (registry/providers.ts `recognition`, generated into the match tables) are
// literal substrings, tested with `includes`, much cheaper than a regex on every call.
const orgIdCache = new Map<string, RegExp>();
function hasMarker(text: string, lower: string, m: ProviderMarkers): boolean {
  for (const h of m.hosts) if (lower.includes(h)) return true;
  for (const p of m.phrases) if (lower.includes(p)) return true;
  for (const w of m.wrappers) if (text.includes(w)) return true;
  if (m.orgIdPattern === null) return false;
  let re = orgIdCache.get(m.orgIdPattern);
  if (!re) orgIdCache.set(m.orgIdPattern, (re = new RegExp(m.orgIdPattern)));
  return re.test(text);
}

/** Adds capture group 1 of every match of a global regex (an exec loop allocates less than matchAll). */
function collect(re: RegExp, text: string, into: Set<string>): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) into.add(m[1]!);
}
/** Node system and undici codes as they appear in text: "connect ECONNREFUSED 127.0.0.1:4000". */
const ERRNO_IN_TEXT = /\b(E[A-Z]{4,}(?:_[A-Z]+)?|EAI_[A-Z]+|UND_ERR_[A-Z_]+|ERR_(?:SOCKET|SSL|TLS)_[A-Z_]+)\b/g;
const STATUS_IN_TEXT = [
  /\bError code:? (\d{3})\b/i,
  /^(\d{3}) /,
  /\bstatus(?: code)?[:= ]+(\d{3})\b/i,
  /\bHTTP(?:\/\d(?:\.\d)?)? (\d{3})\b/,
  /\bcode[\s'"]*:[\s'"]*(\d{3})\b/,
];
/** Body fields quoted inside messages (LiteLLM and Python reprs); the key guards each scan. */
const FIELD_IN_TEXT: ReadonlyArray<[keyof Pick<Evidence, 'codes' | 'types' | 'errorTypes' | 'limitSources'>, RegExp, string]> = [
  ['codes', /['"]code['"]\s*:\s*['"]([A-Za-z][\w.-]{0,63})['"]/g, 'code'],
  ['types', /['"]type['"]\s*:\s*['"]([A-Za-z][\w.-]{0,63})['"]/g, 'type'],
  ['errorTypes', /['"]error_type['"]\s*:\s*['"]([A-Za-z][\w.-]{0,63})['"]/g, 'error_type'],
  ['limitSources', /['"]limit_source['"]\s*:\s*['"]([A-Za-z][\w.-]{0,63})['"]/g, 'limit_source'],
];

/** Reads a property without letting a throwing getter or a Proxy trap escape. */
function get(obj: unknown, key: string): unknown {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
  try {
    return (obj as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function asStatus(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d{3}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

function safeString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

class Collector {
  readonly ev: Evidence = {
    status: undefined, provider: undefined, viaLitellm: false,
    codes: new Set(), types: new Set(), errorTypes: new Set(), limitSources: new Set(),
    errnos: new Set(), names: new Set(), text: '', message: '', stream: false, headers: new Map(),
  };
  private readonly seen = new Set<unknown>();
  private nodes = 0;
  private readonly texts: string[] = [];
  private textLength = 0;

  addText(s: string): void {
    if (s.length === 0 || this.textLength >= MAX_TEXT) return;
    const piece = s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
    // SDKs repeat the body message in their own ("429 Rate limit..."): scan each text once.
    for (const t of this.texts) if (t.includes(piece)) return;
    if (this.ev.message === '') this.ev.message = piece.slice(0, 2000);
    this.texts.push(piece);
    this.textLength += piece.length;
  }

  /** First status wins, except that an in-band error status replaces the 200 of a stream. */
  setStatus(v: unknown): void {
    const s = asStatus(v);
    if (s === undefined) return;
    if (this.ev.status === undefined) this.ev.status = s;
    else if (this.ev.status < 300 && s >= 400) { this.ev.status = s; this.ev.stream = true; }
  }

  /** Walks errors, responses, bodies and their causes. */
  visit(v: unknown, depth: number): void {
    if (typeof v === 'string') return this.visitString(v);
    if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return;
    if (this.seen.has(v) || ++this.nodes > MAX_NODES) return;
    this.seen.add(v);

    const name = safeString(get(v, 'name'));
    if (name) this.ev.names.add(name);
    const ctor = safeCtorName(v);
    if (ctor && ctor !== 'Object') this.ev.names.add(ctor);
    const message = get(v, 'message');
    if (typeof message === 'string') this.addText(message);

    const status = get(v, 'status');
    this.setStatus(status);
    this.setStatus(get(v, 'statusCode'));
    // openai-node throws an OpenRouter in-stream error chunk as an APIError with no status.
    if (name && status === undefined && typeof get(get(v, 'error'), 'code') === 'number') this.ev.stream = true;
    // A bare `{ code: 502, message, metadata }` handed over on its own is an in-band error: the AI
    // SDK's stream error part or `choices[0].error`. An HTTP error body always wraps it in `error`.
    if (depth === 0 && (ctor === 'Object' || ctor === undefined) && typeof get(v, 'code') === 'number' && status === undefined && get(v, 'error') === undefined) this.ev.stream = true;
    this.visitCode(get(v, 'code'));
    const type = safeString(get(v, 'type'));
    if (type) this.ev.types.add(type);
    this.visitHeaders(get(v, 'headers'));
    this.visitHeaders(get(v, 'responseHeaders'));

    const metadata = get(v, 'metadata');
    if (metadata && typeof metadata === 'object') this.visitMetadata(metadata, depth);
    if (get(v, 'user_id') !== undefined) this.markProvider('openrouter');
    if (get(v, 'object') === 'chat.completion.chunk' || isErrorChoice(get(v, 'choices'))) this.ev.stream = true;

    for (const key of ['error', 'body', 'responseBody', 'data', 'cause', 'lastError', 'raw']) {
      this.visit(get(v, key), depth + 1);
    }
    const errors = get(v, 'errors');
    if (Array.isArray(errors)) for (const e of errors.slice(0, 8)) this.visit(e, depth + 1);
  }

  private visitString(s: string): void {
    const trimmed = s.trimStart();
    if ((trimmed.startsWith('{') || trimmed.startsWith('data:')) && s.length < 1_000_000) {
      const parsed = tryParseJson(trimmed.startsWith('data:') ? trimmed.slice(5) : trimmed);
      if (parsed !== undefined) return this.visit(parsed, 1);
    }
    this.addText(s);
  }

  private visitCode(code: unknown): void {
    if (typeof code === 'number') {
      // OpenRouter puts the HTTP status in a numeric error.code; nobody else does.
      if (asStatus(code) !== undefined) this.markProvider('openrouter');
      this.setStatus(code);
    } else if (typeof code === 'string' && code.length > 0 && code.length < 80) {
      if (/^(?:E[A-Z]{3,}|EAI_|UND_ERR_|ERR_)/.test(code)) this.ev.errnos.add(code);
      else if (/^\d{3}$/.test(code)) this.setStatus(code);
      else this.ev.codes.add(code);
    }
  }

  private visitMetadata(metadata: object, depth: number): void {
    const errorType = safeString(get(metadata, 'error_type'));
    if (errorType) this.ev.errorTypes.add(errorType);
    const limitSource = safeString(get(metadata, 'limit_source'));
    if (limitSource) this.ev.limitSources.add(limitSource);
    if (errorType || limitSource || get(metadata, 'provider_name') !== undefined) this.markProvider('openrouter');
    this.visit(get(metadata, 'raw'), depth + 1);
  }

  private visitHeaders(h: unknown): void {
    if (!h || typeof h !== 'object') return;
    try {
      const forEach = get(h, 'forEach');
      if (typeof forEach === 'function') {
        (forEach as (cb: (value: string, key: string) => void) => void).call(h, (value, key) => this.addHeader(key, value));
      } else {
        for (const [key, value] of Object.entries(h).slice(0, 100)) this.addHeader(key, value);
      }
    } catch {
      // A hostile Headers object: ignore it, the rest of the evidence still counts.
    }
  }

  private addHeader(key: unknown, value: unknown): void {
    if (typeof key !== 'string') return;
    const v = Array.isArray(value) ? String(value[0]) : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    if (v === undefined) return;
    const k = key.toLowerCase();
    this.ev.headers.set(k, v);
    if (k === 'x-groq-region') this.markProvider('groq');
    if (k.startsWith('x-litellm-')) this.ev.viaLitellm = true;
  }

  private providerFromMarkers: ProviderId | undefined;
  markProvider(p: ProviderId): void {
    this.providerFromMarkers ??= p;
  }

  finish(recognition: readonly ProviderMarkers[], hint: Hint | undefined): Evidence {
    const ev = this.ev;
    ev.text = this.texts.join('\n');
    collect(ERRNO_IN_TEXT, ev.text, ev.errnos);
    for (const [field, re, key] of FIELD_IN_TEXT) {
      if (ev.text.includes(key)) collect(re, ev.text, ev[field]);
    }
    if (ev.status === undefined) {
      for (const re of STATUS_IN_TEXT) {
        const s = asStatus(re.exec(ev.text)?.[1]);
        if (s !== undefined) { ev.status = s; break; }
      }
    }
    const lower = ev.text.toLowerCase();
    let client: ProviderId | undefined;
    for (const m of recognition) {
      if (!hasMarker(ev.text, lower, m)) continue;
      if (m.layer === 'upstream') this.markProvider(m.provider);
      else if (m.layer === 'proxy') ev.viaLitellm = true;
      else client ??= m.provider;
    }
    ev.provider = this.providerFromMarkers
      ?? (ev.viaLitellm ? 'litellm' : undefined)
      ?? client
      ?? normaliseProvider(hint?.provider);
    return ev;
  }
}

function safeCtorName(v: object): string | undefined {
  try {
    const proto = Object.getPrototypeOf(v) as { constructor?: { name?: unknown } } | null;
    const n = proto?.constructor?.name;
    return typeof n === 'string' && n.length > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

function isErrorChoice(choices: unknown): boolean {
  if (!Array.isArray(choices)) return false;
  try {
    return choices.slice(0, 4).some((c) => get(c, 'finish_reason') === 'error');
  } catch {
    return false;
  }
}

function tryParseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

// A Map, not an object literal: a hint such as '__proto__' must not reach Object.prototype.
const PROVIDER_ALIASES = new Map<string, ProviderId>([
  ['groq', 'groq'], ['openai', 'openai'], ['openrouter', 'openrouter'], ['litellm', 'litellm'], ['kilo', 'kilo'], ['kilocode', 'kilo'],
]);
function normaliseProvider(p: unknown): ProviderId | undefined {
  return typeof p === 'string' ? PROVIDER_ALIASES.get(p.toLowerCase()) : undefined;
}

export function collectEvidence(recognition: readonly ProviderMarkers[], input: unknown, hint?: Hint): Evidence {
  const c = new Collector();
  try {
    c.visit(input, 0);
  } catch {
    // Unreachable by design (every read is guarded); kept so a bug here degrades to UNKNOWN.
  }
  return c.finish(recognition, hint);
}
