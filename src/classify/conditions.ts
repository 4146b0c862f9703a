// Every condition a match rule can state, defined once: the evidence it reads, how much it is worth
// and how it is tested. The rule row type, the weights and the evaluator derive from this table,
// and registry/schema.ts checks at compile time that its MatchRule has exactly these keys.
import type { Evidence } from './evidence.js';

type SetKey = 'codes' | 'types' | 'errorTypes' | 'limitSources' | 'errnos' | 'names';

/**
 * How a condition is tested against the evidence:
 * - `anyOf`: the evidence set holds one of the rule's values;
 * - `oneOf`: the evidence value is one of the rule's values;
 * - `pattern`: the rule's joined regex matches the evidence text;
 * - `equals`: the evidence flag equals the rule's.
 */
export type ConditionSpec =
  | { test: 'anyOf'; evidence: SetKey; weight: number }
  | { test: 'oneOf'; evidence: 'provider' | 'status'; weight: number }
  | { test: 'pattern'; evidence: 'text'; weight: number }
  | { test: 'equals'; evidence: 'stream'; weight: number };

/**
 * More specific evidence weighs more; a rule's score is the sum over its conditions, so a Node errno
 * beats a status code, a provider body code beats a bare status, and a provider rule beats the
 * generic HTTP entry.
 */
export const CONDITIONS = {
  errno: { test: 'anyOf', evidence: 'errnos', weight: 8 },
  limitSource: { test: 'anyOf', evidence: 'limitSources', weight: 6 },
  name: { test: 'anyOf', evidence: 'names', weight: 6 },
  errorType: { test: 'anyOf', evidence: 'errorTypes', weight: 5 },
  code: { test: 'anyOf', evidence: 'codes', weight: 4 },
  provider: { test: 'oneOf', evidence: 'provider', weight: 3 },
  message: { test: 'pattern', evidence: 'text', weight: 3 },
  status: { test: 'oneOf', evidence: 'status', weight: 2 },
  stream: { test: 'equals', evidence: 'stream', weight: 2 },
  type: { test: 'anyOf', evidence: 'types', weight: 1 },
} as const satisfies Record<string, ConditionSpec>;

export type Condition = keyof typeof CONDITIONS;

/** The value a rule row holds for a condition, from its evidence's type. */
type RowValue<S extends ConditionSpec> =
  S['test'] extends 'anyOf' ? readonly string[]
    : S['test'] extends 'oneOf' ? readonly NonNullable<Evidence[S['evidence']]>[]
      : S['test'] extends 'pattern' ? string
        : boolean;

/** One match rule, flattened for fast evaluation. All present conditions must hold. */
export type RuleRow = {
  entry: number;
  /** Index into the entry's match list, for explanations. */
  rule: number;
  score: number;
  /** Lower-case literals one of which the text must contain before the message pattern is worth testing. */
  anchors?: readonly string[];
} & { [K in Condition]?: RowValue<(typeof CONDITIONS)[K]> };

export const CONDITION_KEYS = Object.keys(CONDITIONS) as Condition[];

export function scoreOf(rule: Partial<Record<Condition, unknown>>): number {
  let score = 0;
  for (const key of CONDITION_KEYS) if (rule[key] !== undefined) score += CONDITIONS[key].weight;
  return score;
}

/**
 * Whether one condition of a rule holds for the evidence (the condition is present on the rule). A
 * message pattern is not tested here: match.ts compiles it once, with its anchors, per rule.
 */
export function conditionHolds(key: Exclude<Condition, 'message'>, wanted: unknown, ev: Evidence): boolean {
  const spec = CONDITIONS[key];
  switch (spec.test) {
    case 'anyOf': {
      const have = ev[spec.evidence];
      if (have.length === 0) return false;
      for (const w of wanted as readonly string[]) if (have.includes(w)) return true;
      return false;
    }
    case 'oneOf': {
      const have = ev[spec.evidence];
      return have !== undefined && (wanted as readonly (string | number)[]).includes(have);
    }
    case 'equals': return wanted === ev.stream;
  }
}
