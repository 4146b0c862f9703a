// Evaluates match rules against evidence.
import type { Evidence } from './evidence.js';
import type { MatchTables, RuleRow } from './types.js';

const regexCache = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) {
    re = new RegExp(source, 'i');
    regexCache.set(source, re);
  }
  return re;
}

function anyIn(values: ReadonlySet<string>, wanted: readonly string[]): boolean {
  for (const w of wanted) if (values.has(w)) return true;
  return false;
}

function statusAndProviderHold(rule: RuleRow, ev: Evidence): boolean {
  if (rule.provider && (ev.provider === undefined || !rule.provider.includes(ev.provider))) return false;
  if (rule.status && (ev.status === undefined || !rule.status.includes(ev.status))) return false;
  return true;
}

export function ruleHolds(rule: RuleRow, ev: Evidence): boolean {
  return statusAndProviderHold(rule, ev) && restHolds(rule, ev);
}

/** Every condition except status and provider, which the candidate index has already applied. */
function restHolds(rule: RuleRow, ev: Evidence): boolean {
  if (rule.stream !== undefined && rule.stream !== ev.stream) return false;
  if (rule.code && !anyIn(ev.codes, rule.code)) return false;
  if (rule.type && !anyIn(ev.types, rule.type)) return false;
  if (rule.errorType && !anyIn(ev.errorTypes, rule.errorType)) return false;
  if (rule.limitSource && !anyIn(ev.limitSources, rule.limitSource)) return false;
  if (rule.errno && !anyIn(ev.errnos, rule.errno)) return false;
  if (rule.name && !anyIn(ev.names, rule.name)) return false;
  if (rule.message && !regex(rule.message).test(ev.text)) return false;
  return true;
}

// Rules compatible with one (status, provider) pair, still in score order. Built on first use;
// at most 500 statuses x 6 providers keys, in practice a few dozen.
const candidateCache = new WeakMap<MatchTables, Map<string, readonly RuleRow[]>>();

function candidates(tables: MatchTables, ev: Evidence): readonly RuleRow[] {
  let byKey = candidateCache.get(tables);
  if (!byKey) candidateCache.set(tables, (byKey = new Map()));
  const key = `${ev.status ?? ''}|${ev.provider ?? ''}`;
  let list = byKey.get(key);
  if (!list) {
    list = tables.rules.filter((r) => statusAndProviderHold(r, ev));
    byKey.set(key, list);
  }
  return list;
}

/** The best rule that holds, or undefined. Rules are pre-sorted, so the first hit is the best. */
export function bestMatch(tables: MatchTables, ev: Evidence): RuleRow | undefined {
  for (const rule of candidates(tables, ev)) if (restHolds(rule, ev)) return rule;
  return undefined;
}

/** Every entry that matches, with its best score, highest first (for the drift test and `explain`). */
export function allMatches(tables: MatchTables, ev: Evidence): Array<{ code: string; score: number }> {
  const best = new Map<number, number>();
  for (const rule of tables.rules) {
    if (!best.has(rule.entry) && ruleHolds(rule, ev)) best.set(rule.entry, rule.score);
  }
  return [...best].map(([entry, score]) => ({ code: tables.codes[entry]!.code, score }));
}
