// Evaluates match rules against evidence. Each rule is compiled once into a predicate over the
// conditions the candidate index has not already applied (conditions.ts defines each condition),
// with a mask of the evidence it needs: a rule that needs an errno is skipped at once when the
// evidence has none. A message pattern is tested only when the text holds one of the rule's
// literal anchors (found by the text scanner, or by `includes` when the text was not scanned).
import { CONDITION_KEYS, CONDITIONS, conditionHolds, type Condition } from './conditions.js';
import type { Evidence } from './evidence.js';
import type { MatchTables, RuleRow } from './types.js';

type Predicate = (ev: Evidence, lower: string) => boolean;

interface CompiledRule {
  rule: RuleRow;
  /** Evidence kinds the rule needs (EVIDENCE_BITS); skipped unless the evidence has them all. */
  needs: number;
  /** The rule's own index when its message has scanner anchors: skipped at once unless the scan hit one. */
  anchor: number;
  holds: Predicate;
}

const EVIDENCE_BITS = { errno: 1, name: 2, code: 4, type: 8, errorType: 16, limitSource: 32 } as const;

function evidenceMask(ev: Evidence): number {
  return (ev.errnos.length ? 1 : 0) | (ev.names.length ? 2 : 0) | (ev.codes.length ? 4 : 0)
    | (ev.types.length ? 8 : 0) | (ev.errorTypes.length ? 16 : 0) | (ev.limitSources.length ? 32 : 0);
}

function statusAndProviderHold(rule: RuleRow, ev: Evidence): boolean {
  return (rule.provider === undefined || conditionHolds('provider', rule.provider, ev))
    && (rule.status === undefined || conditionHolds('status', rule.status, ev));
}

/** The conditions the candidate index has not applied, cheapest first (the regex last). */
const REST: readonly Condition[] = CONDITION_KEYS
  .filter((k) => k !== 'status' && k !== 'provider')
  .sort((a, b) => Number(CONDITIONS[a].test === 'pattern') - Number(CONDITIONS[b].test === 'pattern'));

function compileRule(rule: RuleRow, index: number): CompiledRule {
  const checks: Predicate[] = [];
  let needs = 0;
  let anchor = -1;
  for (const key of REST) {
    const wanted = rule[key];
    if (wanted === undefined) continue;
    if (key in EVIDENCE_BITS) needs |= EVIDENCE_BITS[key as keyof typeof EVIDENCE_BITS];
    if (key === 'message') {
      const re = new RegExp(wanted as string, 'i');
      const anchors = rule.anchors;
      if (anchors && anchors.length > 0) anchor = index;
      checks.push(anchors && anchors.length > 0
        ? (ev, lower) => (ev.hits ? ev.hits.includes(index) : anchors.some((a) => lower.includes(a))) && re.test(ev.text)
        : (ev) => re.test(ev.text));
    } else checks.push((ev) => conditionHolds(key, wanted, ev));
  }
  const holds: Predicate = checks.length === 0 ? () => true
    : checks.length === 1 ? checks[0]!
      : (ev, lower) => {
        for (const check of checks) if (!check(ev, lower)) return false;
        return true;
      };
  return { rule, needs, anchor, holds };
}

interface Compiled {
  rules: Map<RuleRow, CompiledRule>;
  /** Rules compatible with one (status, provider) pair, still in score order; a few dozen keys in practice. */
  candidates: Map<number, readonly CompiledRule[]>;
}
const compiledCache = new WeakMap<MatchTables, Compiled>();

function compiled(tables: MatchTables): Compiled {
  let c = compiledCache.get(tables);
  if (!c) {
    c = { rules: new Map(tables.rules.map((r, i) => [r, compileRule(r, i)])), candidates: new Map() };
    compiledCache.set(tables, c);
  }
  return c;
}

const providerSlots = new Map<string, number>();
function providerSlot(provider: string | undefined): number {
  if (provider === undefined) return 0;
  let slot = providerSlots.get(provider);
  if (slot === undefined) providerSlots.set(provider, (slot = providerSlots.size + 1));
  return slot;
}

function candidates(tables: MatchTables, ev: Evidence): readonly CompiledRule[] {
  const c = compiled(tables);
  // A number, not a string: this runs on every classification. Statuses are below 1000.
  const key = (ev.status ?? 0) + 1000 * providerSlot(ev.provider);
  let list = c.candidates.get(key);
  if (!list) {
    list = tables.rules.filter((r) => statusAndProviderHold(r, ev)).map((r) => c.rules.get(r)!);
    c.candidates.set(key, list);
  }
  return list;
}

export function ruleHolds(tables: MatchTables, rule: RuleRow, ev: Evidence): boolean {
  const r = compiled(tables).rules.get(rule)!;
  return statusAndProviderHold(rule, ev) && (r.needs & ~evidenceMask(ev)) === 0 && r.holds(ev, ev.text.toLowerCase());
}

/** The best rule that holds, or undefined. Rules are pre-sorted, so the first hit is the best. */
export function bestMatch(tables: MatchTables, ev: Evidence): RuleRow | undefined {
  const list = candidates(tables, ev);
  if (list.length === 0) return undefined;
  const has = evidenceMask(ev);
  // Lower-cased only if a rule without scanner anchors asks for it.
  let lower: string | undefined;
  const hits = ev.hits;
  for (const r of list) {
    if ((r.needs & ~has) !== 0 || (hits && r.anchor >= 0 && !hits.includes(r.anchor))) continue;
    if (r.holds(ev, hits ? '' : (lower ??= ev.text.toLowerCase()))) return r.rule;
  }
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
