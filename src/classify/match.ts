// Evaluates match rules against evidence. Each rule is compiled once into a predicate over the
// conditions the candidate index has not already applied (conditions.ts defines each condition);
// a message pattern is tested only when the text holds one of the rule's literal anchors.
import { CONDITION_KEYS, CONDITIONS, conditionHolds, type Condition } from './conditions.js';
import type { Evidence } from './evidence.js';
import type { MatchTables, RuleRow } from './types.js';

type Predicate = (ev: Evidence, lower: string) => boolean;

function statusAndProviderHold(rule: RuleRow, ev: Evidence): boolean {
  return (rule.provider === undefined || conditionHolds('provider', rule.provider, ev))
    && (rule.status === undefined || conditionHolds('status', rule.status, ev));
}

/** The conditions the candidate index has not applied, cheapest first (the regex last). */
const REST: readonly Condition[] = CONDITION_KEYS
  .filter((k) => k !== 'status' && k !== 'provider')
  .sort((a, b) => Number(CONDITIONS[a].test === 'pattern') - Number(CONDITIONS[b].test === 'pattern'));

function compileRule(rule: RuleRow): Predicate {
  const checks: Predicate[] = [];
  for (const key of REST) {
    const wanted = rule[key];
    if (wanted === undefined) continue;
    if (key === 'message') {
      const re = new RegExp(wanted as string, 'i');
      const anchors = rule.anchors;
      checks.push(anchors && anchors.length > 0
        ? (ev, lower) => anchors.some((a) => lower.includes(a)) && re.test(ev.text)
        : (ev) => re.test(ev.text));
    } else checks.push((ev) => conditionHolds(key, wanted, ev));
  }
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (ev, lower) => {
    for (const check of checks) if (!check(ev, lower)) return false;
    return true;
  };
}

interface Compiled {
  predicates: Map<RuleRow, Predicate>;
  /** Rules compatible with one (status, provider) pair, still in score order; a few dozen keys in practice. */
  candidates: Map<string, ReadonlyArray<[RuleRow, Predicate]>>;
}
const compiledCache = new WeakMap<MatchTables, Compiled>();

function compiled(tables: MatchTables): Compiled {
  let c = compiledCache.get(tables);
  if (!c) {
    c = { predicates: new Map(tables.rules.map((r) => [r, compileRule(r)])), candidates: new Map() };
    compiledCache.set(tables, c);
  }
  return c;
}

function candidates(tables: MatchTables, ev: Evidence): ReadonlyArray<[RuleRow, Predicate]> {
  const c = compiled(tables);
  const key = `${ev.status ?? ''}|${ev.provider ?? ''}`;
  let list = c.candidates.get(key);
  if (!list) {
    list = tables.rules.filter((r) => statusAndProviderHold(r, ev)).map((r) => [r, c.predicates.get(r)!] as [RuleRow, Predicate]);
    c.candidates.set(key, list);
  }
  return list;
}

export function ruleHolds(tables: MatchTables, rule: RuleRow, ev: Evidence): boolean {
  return statusAndProviderHold(rule, ev) && compiled(tables).predicates.get(rule)!(ev, ev.text.toLowerCase());
}

/** The best rule that holds, or undefined. Rules are pre-sorted, so the first hit is the best. */
export function bestMatch(tables: MatchTables, ev: Evidence): RuleRow | undefined {
  const list = candidates(tables, ev);
  if (list.length === 0) return undefined;
  const lower = ev.text.toLowerCase();
  for (const [rule, holds] of list) if (holds(ev, lower)) return rule;
  return undefined;
}

/** Every entry that matches, with its best score, highest first (for the drift test and `explain`). */
export function allMatches(tables: MatchTables, ev: Evidence): Array<{ code: string; score: number }> {
  const best = new Map<number, number>();
  for (const rule of tables.rules) {
    if (!best.has(rule.entry) && ruleHolds(tables, rule, ev)) best.set(rule.entry, rule.score);
  }
  return [...best].map(([entry, score]) => ({ code: tables.codes[entry]!.code, score }));
}
