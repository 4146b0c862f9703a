// Nested fallbacks (router.py run_async_fallback → async_function_with_fallbacks, depth-capped by
// max_fallbacks): the order a request walks, and the groups it calls twice in a total outage.
import { describe, expect, it } from 'vitest';
import { fallbackOrder, repeatedGroups } from '../src/litellm/fallback-order.js';

const chains = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

describe('fallbackOrder', () => {
  it('walks each target and then its own list before the next target', () => {
    const c = chains({ a: ['b', 'd'], b: ['c'] });
    expect(fallbackOrder(c, 'a')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds the double call of the old chain (primary names both hops, secondary names the last)', () => {
    const c = chains({ 'groq-primary': ['openai-secondary', 'openrouter-tertiary'], 'openai-secondary': ['openrouter-tertiary'] });
    const order = fallbackOrder(c, 'groq-primary');
    expect(order).toEqual(['groq-primary', 'openai-secondary', 'openrouter-tertiary', 'openrouter-tertiary']);
    expect(repeatedGroups(order)).toEqual(['openrouter-tertiary']);
  });

  it('a next-hop-only chain calls each group once', () => {
    const c = chains({ 'groq-primary': ['openai-secondary'], 'openai-secondary': ['openrouter-tertiary'] });
    expect(repeatedGroups(fallbackOrder(c, 'groq-primary'))).toEqual([]);
  });

  it('stops at max_fallbacks depth, so a cycle ends', () => {
    const c = chains({ a: ['b'], b: ['a'] });
    expect(fallbackOrder(c, 'a', 3)).toEqual(['a', 'b', 'a', 'b']);
  });
});
