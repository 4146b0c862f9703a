// The scanner's Aho-Corasick automaton finds exactly what a naive search finds: every literal at
// every position, overlapping and nested ones included, ignoring ASCII case, with a tab or line break
// matching a space, in the order the hits end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATCH_TABLES } from '../src/generated/match-tables.js';
import { buildAutomaton, runAutomaton, tableFits } from '../src/classify/automaton.js';
import { assertScannerFits } from '../generators/match-tables.js';

/** Every occurrence as `id@end`, ordered by end, longest literal first among those ending together. */
function naive(literals: readonly string[], text: string): string[] {
  const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[\t\n\r]/g, ' ');
  const lower = fold(text);
  literals = literals.map(fold);
  const hits: Array<{ id: number; end: number }> = [];
  literals.forEach((l, id) => {
    for (let i = lower.indexOf(l); i !== -1; i = lower.indexOf(l, i + 1)) hits.push({ id, end: i + l.length - 1 });
  });
  hits.sort((a, b) => a.end - b.end || literals[b.id]!.length - literals[a.id]!.length);
  return hits.map((h) => `${h.id}@${h.end}`);
}

function found(literals: readonly string[], text: string): string[] {
  const out: string[] = [];
  runAutomaton(buildAutomaton(literals), text, (id, end) => out.push(`${id}@${end}`));
  return out;
}

describe('the scanner automaton', () => {
  it('finds overlapping and nested literals, case-insensitively', () => {
    const literals = ['rate limit', 'limit', 'rate limit reached', 'groqexception', 'exception'];
    expect(found(literals, 'litellm.RateLimitError: GroqException - Rate Limit Reached')).toEqual(naive(literals, 'litellm.RateLimitError: GroqException - Rate Limit Reached'));
    expect(found(literals, 'Rate Limit Reached').map((h) => literals[Number(h.split('@')[0])])).toEqual(expect.arrayContaining(['rate limit', 'limit', 'rate limit reached']));
  });

  it('matches a space in a literal across a hard-wrapped line, but not across a blank', () => {
    const literals = ['while processing your request'];
    const wrapped = 'An error occurred while\nprocessing your request';
    expect(found(literals, wrapped)).toEqual([`0@${wrapped.length - 1}`]);
    expect(found(literals, 'An error occurred while\r\nprocessing your request')).toEqual([]);
    expect(found(literals, 'while  processing your request')).toEqual([]);
  });

  it('reports hits in the order they end, the longest first among those ending together', () => {
    const literals = ['rate limit reached', 'limit reached', 'reached', 'rate limit'];
    expect(found(literals, 'Rate limit reached')).toEqual(['3@9', '0@17', '1@17', '2@17']);
  });

  it('finds the registry\'s own literals in text the way a naive search does', () => {
    const literals = MATCH_TABLES.scanner.literals;
    const text = `litellm.RateLimitError: RateLimitError: GroqException - {"error":{"message":"Rate limit reached for model llama-3.3-70b-versatile in organization org_01abc on tokens per minute (TPM)","type":"tokens","code":"rate_limit_exceeded"}} ${literals.slice(0, 60).join(' | ').toUpperCase()}`;
    expect(found(literals, text)).toEqual(naive(literals, text));
  });

  it('stays exact when the literals use more than 255 distinct characters and some share a class', () => {
    const chars = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i));
    const literals = Array.from({ length: 60 }, (_, i) => chars.slice(i * 5, i * 5 + 6).join(''));
    const text = chars.join('') + chars.slice(200, 260).reverse().join('') + literals[7];
    expect(found(literals, text)).toEqual(naive(literals, text));
  });

  it('agrees with a naive search on random literals and texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'A', 'B', ' ', '\n', '.', 'é');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join('').toLowerCase());
    fc.assert(fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (literals, text) => {
      expect(found(literals, text)).toEqual(naive(literals, text));
    }), { numRuns: 2000, seed: 20261130 });
  });

  it('keeps each row offset below the output flag: the registry\'s table fits, one cell past 2^30 does not', () => {
    const a = buildAutomaton(MATCH_TABLES.scanner.literals);
    expect(tableFits(a.next.length)).toBe(true);
    expect(a.next.length % a.width).toBe(0);
    expect(tableFits(2 ** 30)).toBe(true);
    expect(tableFits(2 ** 30 + 1)).toBe(false);
  });

  it('the generator refuses a literal set whose table would not fit, naming the counts', () => {
    expect(() => assertScannerFits(900, 2 ** 30)).not.toThrow();
    expect(() => assertScannerFits(90_000, 2 ** 30 + 109)).toThrow(/90000 literals need 1073741933 table cells/);
  });
});
