// How much each kind of evidence is worth. A rule's score is the sum over the conditions it has,
// so the entry with the most specific evidence wins: a Node errno beats a status code, a provider
// body code beats a bare status, and a provider-specific rule beats the generic HTTP entry.
import type { RuleRow } from './types.js';

export const WEIGHTS = {
  errno: 8,
  limitSource: 6,
  name: 6,
  errorType: 5,
  code: 4,
  provider: 3,
  message: 3,
  status: 2,
  stream: 2,
  type: 1,
} as const satisfies Record<Exclude<keyof RuleRow, 'entry' | 'score'>, number>;

export type Condition = keyof typeof WEIGHTS;

export function scoreOf(rule: Partial<Record<Condition, unknown>>): number {
  let score = 0;
  for (const key of Object.keys(WEIGHTS) as Condition[]) if (rule[key] !== undefined) score += WEIGHTS[key];
  return score;
}
