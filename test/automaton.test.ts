// The scanner's Aho-Corasick automaton finds exactly what a naive search finds: every literal at
// every position, overlapping and nested ones included, ignoring ASCII case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, runAutomaton } from '../src/classify/automaton.js';

function naive(literals: readonly string[], text: string): string[] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const out: string[] = [];
  literals.forEach((l, id) => {
    for (let i = lower.indexOf(l); i !== -1; i = lower.indexOf(l, i + 1)) out.push(`${id}@${i + l.length - 1}`);
  });
  return out.sort();
}

function found(literals: readonly string[], text: string): string[] {
  const out: string[] = [];
  runAutomaton(buildAutomaton(literals), text, (id, end) => out.push(`${id}@${end}`));
  return out.sort();
}

describe('the scanner automaton', () => {
  it('finds overlapping and nested literals, case-insensitively', () => {
    const literals = ['rate limit', 'limit', 'rate limit reached', 'groqexception', 'exception'];
    expect(found(literals, 'litellm.RateLimitError: GroqException - Rate Limit Reached')).toEqual(naive(literals, 'litellm.RateLimitError: GroqException - Rate Limit Reached'));
    expect(found(literals, 'Rate Limit Reached').map((h) => literals[Number(h.split('@')[0])])).toEqual(expect.arrayContaining(['rate limit', 'limit', 'rate limit reached']));
  });

  it('agrees with a naive search on random literals and texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'A', 'B', ' ', '.', 'é');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join('').toLowerCase());
    fc.assert(fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (literals, text) => {
      expect(found(literals, text)).toEqual(naive(literals, text));
    }), { numRuns: 2000, seed: 20261130 });
  });
});
