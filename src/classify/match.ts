// Evaluates match rules against evidence, condition by condition (conditions.ts defines each).
import { CONDITION_KEYS, CONDITIONS, conditionHolds, type Condition } from './conditions.js';
import type { Evidence } from './evidence.js';
import type { MatchTables, RuleRow } from './types.js';

function statusAndProviderHold(rule: RuleRow, ev: Evidence): boolean {
  return (rule.provider === undefined || conditionHolds('provider', rule.provider, ev))
    && (rule.status === undefined || conditionHolds('status', rule.status, ev));
}

export function ruleHolds(rule: RuleRow, ev: Evidence): boolean {
  return statusAndProviderHold(rule, ev) && restHolds(rule, ev);
}

/** The conditions the candidate index has not applied, cheapest first (the regex last). */
const REST: readonly Condition[] = CONDITION_KEYS
  .filter((k) => k !== 'status' && k !== 'provider')
  .sort((a, b) => Number(CONDITIONS[a].test === 'pattern') - Number(CONDITIONS[b].test === 'pattern'));

function restHolds(rule: RuleRow, ev: Evidence): boolean {
  for (const key of REST) {
    const wanted = rule[key];
    if (wanted !== undefined && !conditionHolds(key, wanted, ev)) return false;
  }
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
