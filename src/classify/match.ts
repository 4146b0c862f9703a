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

export function ruleHolds(rule: RuleRow, ev: Evidence): boolean {
  if (rule.provider && (ev.provider === undefined || !rule.provider.includes(ev.provider))) return false;
  if (rule.status && (ev.status === undefined || !rule.status.includes(ev.status))) return false;
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

/** The best rule that holds, or undefined. Rules are pre-sorted, so the first hit is the best. */
export function bestMatch(tables: MatchTables, ev: Evidence): RuleRow | undefined {
  for (const rule of tables.rules) if (ruleHolds(rule, ev)) return rule;
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
