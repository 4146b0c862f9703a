// Which code the evidence supports, layer by layer: an entry's own rule; else the category the
// wordings and error classes make evident (its generic code); else the status family; else a
// category's cue; else UNKNOWN.
// A bare-status rule (the generic http-NNN entry, or a provider's rule for a status alone) yields to a more specific evident category: a 400
// that says "maximum context length" is a context-length error, not an invalid request; a bare 500
// yields to any evident category ("500 ... Request timed out" is a timeout). It does not
// yield when the text also words the status's own category and the precedence ranks that first: a
// 429 "Too Many Requests" that names an `apikey` in its URL is still a rate limit.
import { CONDITION_KEYS, CONDITIONS } from './conditions.js';
import { ensureText, type Evidence } from './evidence.js';
import { bestMatch } from './match.js';
import { evidenceItem, type CodeInfo, type ErrorCategory, type EvidenceItem, type MatchTables, type RuleRow } from './types.js';

export interface Decision {
  info: CodeInfo | undefined;
  confidence: 'high' | 'medium' | 'low';
  /** Built on demand: explaining the result costs more than reaching it. */
  evidence: () => EvidenceItem[];
}

/**
 * The category the wordings and the error classes make evident, by the registry's precedence.
 * Against a known status, a class counts only if it stands for that very status: openai-node's
 * InternalServerError covers every 5xx, so it says nothing a 503 does not say better. A class
 * with no status of its own and a specific category (opencode's ProviderInitError) still counts
 * against a status only read from prose: an app's "400 Bad Request" around it says less.
 */
function evidentCategory(t: MatchTables, ev: Evidence, specificOnly = false): { category: ErrorCategory; item: EvidenceItem } | undefined {
  const found: Array<{ category: ErrorCategory; item: EvidenceItem }> = [];
  // What the message says beats the class that carried it: LiteLLM raises APIConnectionError for
  // failures that are not about connections at all. Only a server wording says less than a class:
  // a wrapper's "unexpected error" around the class it names (OpenHands' "Error type: NotFoundError").
  // Some categories decide only at one status (registry wordings.specificAtStatus). `specificOnly` is
  // asked only against a known status (a bare-status rule, a status category), hence `ev.status!`.
  for (const [category, phrase] of ev.wordings) {
    if (!specificOnly || t.categories.specific.includes(category) || t.categories.specificAt[ev.status!]?.includes(category)) found.push({ category, item: evidenceItem('wording', `${category} wording`, phrase) });
  }
  if (found.every((f) => f.category === 'SERVER')) {
    for (const { cls, matched } of ev.classes) {
      const c = t.classes[cls]!;
      if (c.category === null) continue;
      const againstProse = c.status === null && ev.statusFrom?.layer === 'status' && t.categories.specific.includes(c.category);
      if (ev.status === undefined || c.status === ev.status || againstProse) found.push({ category: c.category, item: evidenceItem('class', `${c.name} is ${c.category}`, matched) });
    }
  }
  return firstByPrecedence(t, found);
}

/** A wording of the status's own category that the registry's precedence puts before `category`. */
function outranked(t: MatchTables, ev: Evidence, category: ErrorCategory, own: ErrorCategory): boolean {
  const p = t.categories.precedence;
  return ev.wordings.some(([c]) => c === own) && p.indexOf(own) < p.indexOf(category);
}

function firstByPrecedence<T extends { category: ErrorCategory }>(t: MatchTables, found: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestRank = Infinity;
  for (const f of found) {
    const rank = t.categories.precedence.indexOf(f.category);
    if (rank >= 0 && rank < bestRank) { best = f; bestRank = rank; }
  }
  return best;
}

/** The rule that decided, in words, with the text its message pattern matched. */
function describeRule(t: MatchTables, rule: RuleRow, ev: Evidence): EvidenceItem {
  const parts = CONDITION_KEYS.filter((k) => rule[k] !== undefined && k !== 'message').map((k) => {
    const v = rule[k];
    return `${k}=${Array.isArray(v) ? v.join('|') : String(v)}`;
  });
  const quoted = rule.message === undefined ? undefined : new RegExp(rule.message, 'i').exec(ev.text)?.[0];
  if (quoted !== undefined) parts.push(`message "${quoted}"`);
  return evidenceItem('rule', `${t.codes[rule.entry]!.code} match[${rule.rule}]`, parts.join(', '));
}

/** A category's generic code; LiteLLM's own for the category when the error came through the proxy (a setup error there is its config). */
function generic(t: MatchTables, category: ErrorCategory, ev: Evidence): CodeInfo | undefined {
  const i = (ev.viaLitellm ? t.categories.viaLitellm[category] : undefined) ?? t.categories.generic[category];
  return i === undefined ? undefined : t.codes[i];
}

/** Supporting evidence worth showing beside the deciding item: where the status and provider came from. */
function support(ev: Evidence): EvidenceItem[] {
  return [ev.statusFrom, ev.providerFrom, ev.other].filter((item) => item !== undefined);
}

export function decide(t: MatchTables, ev: Evidence): Decision {
  let rule = bestMatch(t, ev);
  // The fields alone gave only a bare status, or nothing: read the text and decide again.
  if (!ev.textRead && (rule === undefined || t.codes[rule.entry]!.source === 'http')) {
    ensureText(ev, t);
    rule = bestMatch(t, ev);
  }
  if (rule) {
    const info = t.codes[rule.entry]!;
    // A rule that reads the status alone, with or without a provider (the generic `{ status }`, a
    // provider's "any 500 from OpenAI"), says no more than the status: its score is just those two
    // conditions' weights (any other condition adds weight). A provider's quota refusal has a rule of
    // its own, so at 429 a quota wording does not override the provider's rate limit (others call
    // per-minute windows quotas).
    const bareStatus = !!rule.status && rule.score === CONDITIONS.status.weight + (rule.provider ? CONDITIONS.provider.weight : 0);
    // A status only an error class gave is the class speaking: any wording beats it, as it beats the
    // class. So does any wording beat a 500, the catch-all a gateway or an app answers when whatever it
    // called failed (Continue's server around a rate limit, Flowise around a timeout): 15 corpus rows
    // won, 8 lost (Werkzeug's 500 page says "Either the server is overloaded ...").
    const override = bareStatus ? evidentCategory(t, ev, ev.statusFrom?.layer !== 'class' && ev.status !== 500) : undefined;
    const specific = override && override.category !== info.category && !outranked(t, ev, override.category, info.category)
      && !(rule.provider && ev.status === 429 && override.category === 'QUOTA') ? generic(t, override.category, ev) : undefined;
    if (!specific) return { info, confidence: rule.score >= 5 ? 'high' : 'medium', evidence: () => [describeRule(t, rule!, ev), ...support(ev)] };
    return { info: specific, confidence: 'medium', evidence: () => [override!.item, ...support(ev)] };
  }
  // A status whose meaning is narrower than its family (Cloudflare's 524, Anthropic's 529) decides
  // like a bare status rule: only a specific wording overrides it.
  const byStatus = ev.status === undefined ? undefined : t.categories.byStatus[ev.status];
  if (byStatus) {
    const override = evidentCategory(t, ev, true);
    const info = generic(t, override?.category ?? byStatus, ev);
    const item: EvidenceItem = override?.item ?? evidenceItem('status', `status ${ev.status} means ${byStatus}`, String(ev.status));
    if (info) return { info, confidence: 'low', evidence: () => [item, ...support(ev)] };
  }
  const evident = evidentCategory(t, ev);
  if (evident) {
    const info = generic(t, evident.category, ev);
    if (info) return { info, confidence: evident.item.layer === 'class' ? 'medium' : 'low', evidence: () => [evident.item, ...support(ev)] };
  }
  if (ev.status !== undefined && ev.status >= 400) {
    const info = generic(t, ev.status >= 500 ? 'SERVER' : 'INVALID_REQUEST', ev);
    if (info) return { info, confidence: 'low', evidence: () => support(ev) };
  }
  // Last, the cues: words too common to outrank anything ("stream", "auth", "network"), but better
  // than UNKNOWN when nothing else is evident. The registry's precedence picks among them.
  const cue = firstByPrecedence(t, ev.cues);
  const info = cue && generic(t, cue.category, ev);
  if (info) return { info, confidence: 'low', evidence: () => [evidenceItem('cue', cue!.category, cue!.matched), ...support(ev)] };
  return { info: undefined, confidence: 'low', evidence: () => support(ev) };
}
