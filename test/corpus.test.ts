// The corpus of real errors (test/corpus/real-errors.jsonl) as a gate: every row is well-formed and
// sourced, and classify gets the category of at least 97% of rows and the provider (null when the
// text does not show it) of at least 95%. The keyword baseline falls short, so the gate can fail.
// The README and the library guide quote these figures; the last block holds them to the files.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keywordBaseline } from '../bench/keyword-baseline.js';
import { ERROR_CATEGORIES, PROVIDER_IDS } from '../registry/schema.js';
import { loadRegistry } from '../registry/index.js';
import { classify } from '../src/index.js';
import { FRESH_PATH, fromIssueProjects, loadCorpus, score, type CorpusRow } from './helpers/corpus.js';
import { ROOT } from './helpers/project.js';
import { agreement, loadSecondReading, secondReadingProblems, type SecondReadingRow } from './helpers/second-reading.js';

const rows = loadCorpus();
/** The newest batch, not yet under the gate (test/helpers/corpus.ts FRESH_PATH): well-formed all the same. */
const fresh = loadCorpus(FRESH_PATH);
const codes = new Set(loadRegistry().errors.map((e) => e.code));
/** classify's and the keyword baseline's scores on the gated corpus: the gate reads them, and so does the docs check. */
const gated = score(rows, (x) => classify(x));
const gatedKeyword = score(rows, keywordBaseline);

/** What is wrong with the corpus and the fresh batch, one line per problem, naming the row. */
function corpusProblems(gated: readonly CorpusRow[], newest: readonly CorpusRow[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const gatedSources = new Set(gated.map((r) => r.source));
  for (const r of newest) if (gatedSources.has(r.source)) problems.push(`${r.id}: the fresh batch repeats a thread of the corpus (${r.source})`);
  for (const r of [...gated, ...newest]) {
    if (ids.has(r.id)) problems.push(`${r.id}: duplicate id`);
    ids.add(r.id);
    if (!/^https:\/\/github\.com\/[^/]+\/[^/]+\/(?:issues|pull)\/\d+$/.test(r.source)) problems.push(`${r.id}: source ${r.source} is not an issue or PR thread`);
    if (r.category.length === 0 || r.category.some((c) => !(ERROR_CATEGORIES as readonly string[]).includes(c))) problems.push(`${r.id}: category ${r.category.join('/')}`);
    if (r.code !== null && !codes.has(r.code)) problems.push(`${r.id}: code ${r.code} is not a registry code`);
    if (r.provider !== null && !(PROVIDER_IDS as readonly string[]).includes(r.provider)) problems.push(`${r.id}: provider ${r.provider}`);
    const text = r.input.kind === 'text' ? r.input.text : JSON.stringify(r.input.object);
    if (/\b(?:sk-[A-Za-z0-9_-]{32,}|gsk_[A-Za-z0-9]{32,}|sk-or-v1-[a-f0-9]{64})\b/.test(text)) problems.push(`${r.id}: holds an unredacted key`);
  }
  return problems;
}

describe('the corpus of real errors', () => {
  it('has at least 300 rows, each from a public issue or PR thread, with valid expectations', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(corpusProblems(rows, fresh)).toEqual([]);
  });

  it('the row check names each bad row: a repeated id, a thread the fresh batch shares, a bad source, label or code, a key', () => {
    const row = rows[0]!;
    const bad: CorpusRow[] = [
      { ...row, id: 'x-1', source: 'https://example.com/issues/1', category: ['SLOW'], code: 'no-such-code', input: { kind: 'text', text: `key sk-or-v1-${'a'.repeat(64)}` } },
    ];
    const problems = corpusProblems([row, row], [...bad, { ...row, id: 'fresh-1' }]);
    expect(problems).toEqual(expect.arrayContaining([
      `fresh-1: the fresh batch repeats a thread of the corpus (${row.source})`,
      `${row.id}: duplicate id`,
      'x-1: source https://example.com/issues/1 is not an issue or PR thread',
      'x-1: category SLOW',
      'x-1: code no-such-code is not a registry code',
      'x-1: holds an unredacted key',
    ]));
  });

  it('classify gets at least 97% of categories and 95% of providers right', () => {
    const missed = gated.misses.map((m) => `${m.row.id}: ${m.row.category.join('/')} -> ${m.category}, ${m.row.providerEvident ? m.row.provider : null} -> ${m.provider}`);
    expect(gated.category, missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(gated.provider, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('the gate can fail: the keyword baseline is below it', () => {
    expect(gatedKeyword.category).toBeLessThan(0.97);
    expect(gatedKeyword.provider).toBeLessThan(0.95);
  });

  it('takes the rows of the projects the issue names by repository, whatever its case, and no neighbour\'s', () => {
    const row = (id: string, source: string): CorpusRow => ({ id, source, input: { kind: 'text', text: 'x' }, status: null, category: ['UNKNOWN'], code: null, provider: null, providerEvident: false });
    const picked = fromIssueProjects([
      row('a', 'https://github.com/BerriAI/litellm/issues/1'),
      row('b', 'https://github.com/berriai/LiteLLM/pull/2'),
      row('c', 'https://github.com/BerriAI/litellm-proxy/issues/3'),
      row('d', 'https://github.com/vercel/ai-chatbot/issues/4'),
      row('e', 'https://github.com/RooVetGit/Roo-Code/issues/5'),
    ]);
    expect(picked.map((r) => r.id)).toEqual(['a', 'b', 'e']);
  });
});

describe('the second reading of the fresh file', () => {
  const reading = loadSecondReading();
  const check = (r: readonly SecondReadingRow[]) => secondReadingProblems(r, fresh, ERROR_CATEGORIES, PROVIDER_IDS);

  it('reads at least 300 rows of the fresh file, each twice, with labels in the corpus\'s terms', () => {
    expect(reading.length).toBeGreaterThanOrEqual(300);
    expect(check(reading)).toEqual([]);
  });

  it('the check names each bad row: an id not in the fresh file, a row read twice, a missing reading, a bad label', () => {
    const good = reading[0]!;
    const one = good.readings[0]!;
    const bad: SecondReadingRow[] = [
      { id: 'no-such-row-1', readings: [one, one] },
      good,
      { ...good, readings: [one, { ...one, category: ['SLOW'], provider: 'anthropic' }] },
      { id: reading[1]!.id, readings: [one] },
    ];
    expect(check(bad)).toEqual([
      'no-such-row-1: not a row of the fresh file',
      `${good.id}: read twice`,
      `${good.id}: reading 2: category SLOW`,
      `${good.id}: reading 2: provider anthropic`,
      `${reading[1]!.id}: 1 readings, not 2`,
    ]);
  });

  it('scores a reading that agrees with the file as agreeing, and one that does not as not', () => {
    const rowsRead = reading.slice(0, 20);
    const byId = new Map(fresh.map((r) => [r.id, r]));
    const asFile = rowsRead.map((r) => {
      const row = byId.get(r.id)!;
      const copy = { category: row.category, provider: row.provider, providerEvident: row.providerEvident, note: '' };
      return { id: r.id, readings: [copy, { ...copy, category: ['CACHE'] }] };
    });
    const a = agreement(asFile, fresh, () => ({ category: 'CACHE', provider: null }));
    expect(a.readers[0]).toEqual({ category: 1, provider: 1 });
    expect(a.readers[1]!.category).toBe(asFile.filter((r) => byId.get(r.id)!.category.includes('CACHE')).length / 20);
    expect(a.betweenReaders.category).toBeLessThan(1);
  });
});

/** The figures a document must quote, as `expected` lists them, that it does not: one line each. */
function staleQuotes(doc: string, expected: readonly string[]): string[] {
  return expected.filter((q) => !doc.includes(q)).map((q) => `does not say "${q}"`);
}

describe('the docs quote the corpus as it is', () => {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const count = (x: number) => x.toLocaleString('en-US');
  const newest = score(fresh, (x) => classify(x));
  const newestKeyword = score(fresh, keywordBaseline);
  const issueRows = fromIssueProjects(fresh);
  const issue = score(issueRows, (x) => classify(x));
  const issueKeyword = score(issueRows, keywordBaseline);
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8').replace(/\s+/g, ' ');

  it('the library guide and the README give both files\' sizes and scores, classify\'s and the keyword baseline\'s', () => {
    expect(staleQuotes(read('site/content/docs/guides/library-api.md'), [
      `On a corpus of ${count(rows.length)} real errors`,
      `it gets ${pct(gated.category)} of categories and ${pct(gated.provider)} of providers right`,
      `classifier: ${pct(gatedKeyword.category)} and ${pct(gatedKeyword.provider)})`,
      `On a second set of ${count(fresh.length)} errors`,
      `it gets ${pct(newest.category)} and ${pct(newest.provider)} (the keyword classifier: ${pct(newestKeyword.category)} and ${pct(newestKeyword.provider)})`,
    ])).toEqual([]);
    expect(staleQuotes(read('README.md'), [
      `| \`classify\` | ${pct(gated.category)} | ${pct(gated.provider)} |`,
      `regexes) | ${pct(gatedKeyword.category)} | ${pct(gatedKeyword.provider)} |`,
      `(${count(fresh.length)} rows from rounds`,
      `is at ${pct(newest.category)} and ${pct(newest.provider)} (${count(Math.round(newest.category * fresh.length))} and ${count(Math.round(newest.provider * fresh.length))} rows; the keyword baseline ${pct(newestKeyword.category)} and ${pct(newestKeyword.provider)};`,
      `(\`test/corpus/fresh-errors.jsonl\`, ${count(fresh.length)} rows)`,
      `${count(issueRows.length)} of those rows from the projects the issue names`,
      `are at ${pct(issue.category)} and ${pct(issue.provider)} (the keyword baseline ${pct(issueKeyword.category)} and ${pct(issueKeyword.provider)})`,
    ])).toEqual([]);
  });

  it('the README gives the second reading\'s figures', () => {
    const a = agreement(loadSecondReading(), fresh, (x) => classify(x));
    const [r1, r2] = a.readers as [{ category: number; provider: number }, { category: number; provider: number }];
    const missedUnanimous = a.unanimous.rows - Math.round(a.unanimous.classifyCategory * a.unanimous.rows);
    expect(staleQuotes(read('README.md'), [
      `${count(a.rows)} rows of the fresh file, drawn at random`,
      `first reader gets ${pct(r1.category)} of categories and ${pct(r1.provider)} of providers, the second ${pct(r2.category)} and ${pct(r2.provider)};`,
      `\`classify\` ${pct(a.classify.category)} and ${pct(a.classify.provider)} on the same rows. The two readers agree with each other on ${pct(a.betweenReaders.category)} of categories`,
      `On the ${count(a.unanimous.rows)} rows all three readings agree on, \`classify\` gets ${pct(a.unanimous.classifyCategory)}: the ${missedUnanimous} rows it misses there`,
    ])).toEqual([]);
  });

  it('the check names a figure that went stale', () => {
    expect(staleQuotes('On a corpus of 1,778 real errors, it gets 97.5% of categories', ['On a corpus of 1,778 real errors', 'it gets 97.8% of categories']))
      .toEqual(['does not say "it gets 97.8% of categories"']);
  });
});

describe('npm run sweep:wordings refuses flags it cannot honour before loading the corpus', () => {
  const sweep = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/wording-sweep.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  it('names the flag it does not know (a mistyped flag would sweep nothing, silently)', () => {
    const r = sweep('--provider');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--provider'");
    expect(r.stdout).toBe('');
  });
  it('refuses --shorten with --providers', () => {
    const r = sweep('--shorten', '--providers');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--shorten applies to category wordings only');
  });
  it('sweeps only the wordings it is given', () => {
    const r = sweep('quota');
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').slice(2);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\| QUOTA \| phrases \| `quota` \| \d+ \| \d+/);
  });
});
