// Token counting before the call (resilience target T10: p99 at most 1 ms for prompts up to 16K
// characters, never holding the event loop past 5 ms), and how far the sampled estimate above
// EXACT_CHARS lands from an exact count. The text is the docs site's error pages: real prose,
// commands and JSON, as prompts to a coding agent carry.
import { readdirSync, readFileSync } from 'node:fs';
import { countTokens } from 'gpt-tokenizer';
import { chatTokens } from '../lib/index.js';
import { MESSAGE_OVERHEAD, REPLY_PRIMING } from '../lib/executor/tokens.js';
import { percentile } from './percentile.js';

export async function benchTokens(): Promise<string[]> {
  const dir = new URL('../site/content/docs/errors/', import.meta.url);
  const corpus = readdirSync(dir).sort().map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
  await chatTokens([{ role: 'user', content: 'warm-up' }]);
  const rows: string[] = [];
  for (const size of [4_000, 16_000, 64_000, 400_000]) {
    const text = corpus.slice(0, size);
    const times: number[] = [];
    const runs = size > 64_000 ? 50 : 200;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await chatTokens([{ role: 'user', content: text }]);
      times.push(performance.now() - t);
    }
    const exact = countTokens(text);
    const counted = (await chatTokens([{ role: 'user', content: text }])) - REPLY_PRIMING - MESSAGE_OVERHEAD - countTokens('user');
    rows.push(`| ${size.toLocaleString('en')} | ${percentile(times, 0.5).toFixed(2)} ms | ${percentile(times, 0.99).toFixed(2)} ms | ${(100 * (counted - exact) / exact).toFixed(2)}% |`);
  }
  return [
    'chatTokens with gpt-tokenizer (o200k) on one user message cut from the docs\' error pages. Up to 8,000 characters are counted exactly; a longer text is estimated from 8,000 characters sampled in 8 pieces spread over it (the reservation is settled with the provider\'s `usage` afterwards). Error: against gpt-tokenizer\'s exact count of the whole text.',
    '',
    '| Characters | p50 | p99 | Error vs exact count |',
    '| ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}
