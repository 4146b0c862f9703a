// Turns anything an LLM client can throw or return into flat Evidence the match rules read.
// It never throws: every property read is guarded, the walk is bounded, and cycles are skipped.
import { asStatus, readText } from './text.js';
import type { ErrorCategory, EvidenceItem, MatchTables, ProviderId } from './types.js';

export interface Evidence {
  status: number | undefined;
  /** Where the status came from: a field, the text (a status shape or a reason phrase), or an error class. */
  statusFrom: EvidenceItem | undefined;
  /** Upstream provider: a provider marker in the payload; only the hint otherwise. Never guessed. */
  provider: ProviderId | undefined;
  providerFrom: EvidenceItem | undefined;
  /** `provider` names the layer that relayed the error (LiteLLM, Kilo Code), not an upstream provider. */
  providerIsLayer: boolean;
  /** `provider` rests only on weak markers (a model id, an organisation id, LiteLLM's OpenAIException). */
  providerIsWeak: boolean;
  /** `provider` rests only on a numeric error.code, which OpenRouter, LiteLLM and Google all send: it picks rules but is not reported. */
  providerIsSuggested: boolean;
  /** A weak provider marker in the fields (a numeric error.code), used only when nothing else names one. */
  weakFieldProvider: { provider: ProviderId; item: EvidenceItem } | undefined;
  /** The LiteLLM proxy relayed or raised it (a LiteLLM wrapper or x-litellm-* header). */
  viaLitellm: boolean;
  /** Kilo Code itself reported it. */
  viaKilo: boolean;
  codes: Set<string>;
  types: Set<string>;
  errorTypes: Set<string>;
  limitSources: Set<string>;
  errnos: Set<string>;
  names: Set<string>;
  /** Known error classes found (registry/classes.ts), from fields first, then the text. */
  classes: Array<{ cls: number; matched: string }>;
  /** Categories the wordings make evident, with the phrase that did. */
  wordings: Map<ErrorCategory, string>;
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

/** Reads a property without letting a throwing getter or a Proxy trap escape. */
function get(obj: unknown, key: string): unknown {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
  try {
    return (obj as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}


function safeString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

class Collector {
  readonly ev: Evidence = {
    status: undefined, statusFrom: undefined, provider: undefined, providerFrom: undefined, providerIsLayer: false, providerIsWeak: false, providerIsSuggested: false, weakFieldProvider: undefined, viaLitellm: false, viaKilo: false,
    codes: new Set(), types: new Set(), errorTypes: new Set(), limitSources: new Set(),
    errnos: new Set(), names: new Set(), classes: [], wordings: new Map(), text: '', message: '', stream: false, headers: new Map(),
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
    else return;
    this.ev.statusFrom = { layer: 'field', rule: 'status field', matched: String(s) };
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
    // The AI SDK's APICallError names the endpoint it called: a provider's host is evidence.
    const url = get(v, 'url');
    if (typeof url === 'string' && url.length < 300) this.addText(url);

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
    if (get(v, 'user_id') !== undefined) this.markProvider('openrouter', 'user_id');
    if (get(v, 'object') === 'chat.completion.chunk' || isErrorChoice(get(v, 'choices'))) this.ev.stream = true;

    for (const key of ['error', 'body', 'responseBody', 'data', 'cause', 'lastError', 'raw', 'err', 'details', 'response']) {
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
      // OpenRouter puts the HTTP status in a numeric error.code, but so do LiteLLM's and Google's bodies: weak evidence.
      if (asStatus(code) !== undefined) this.ev.weakFieldProvider ??= { provider: 'openrouter', item: { layer: 'field', rule: 'openrouter numeric error code', matched: String(code) } };
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
    if (errorType || limitSource || get(metadata, 'provider_name') !== undefined) this.markProvider('openrouter', 'error.metadata');
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
    if (k === 'x-groq-region') this.markProvider('groq', 'x-groq-region header');
    if (k.startsWith('x-litellm-')) this.ev.viaLitellm = true;
  }

  /** A provider named by the structure itself (OpenRouter's error metadata, a Groq header). */
  markProvider(p: ProviderId, why: string): void {
    if (this.ev.provider !== undefined) return;
    this.ev.provider = p;
    this.ev.providerFrom = { layer: 'field', rule: `${p} field`, matched: why };
  }

  finish(tables: MatchTables, hint: Hint | undefined): Evidence {
    const ev = this.ev;
    ev.text = this.texts.join('\n');
    readText(ev, tables);
    const hinted = normaliseProvider(hint?.provider);
    // The caller's hint is evidence too, but weaker than any marker in the payload itself.
    if (hinted && (ev.provider === undefined || ev.providerIsLayer)) {
      ev.provider = hinted;
      ev.providerIsLayer = false;
      ev.providerIsWeak = false;
      ev.providerIsSuggested = false;
      ev.providerFrom = { layer: 'provider', rule: 'hint', matched: hinted };
    }
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

export function collectEvidence(tables: MatchTables, input: unknown, hint?: Hint): Evidence {
  const c = new Collector();
  try {
    c.visit(input, 0);
  } catch {
    // Unreachable by design (every read is guarded); kept so a bug here degrades to UNKNOWN.
  }
  return c.finish(tables, hint);
}
