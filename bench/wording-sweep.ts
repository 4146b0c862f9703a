// `npm run sweep:wordings [-- wording ...]`: takes each category wording and cue out of the match
// tables in turn (registry/wordings.ts, rebuilt in memory) and scores every row of both corpus files
// without it. A wording that changes no row is held by nothing in the corpus: it needs a case in
// test/samples.test.ts, or a sweep for bytes could cut it unnoticed. About a second a wording, so not
// part of `npm run bench`; name wordings to sweep only those.
import { buildMatchTables } from '../generators/match-tables.js';
import { loadRegistry } from '../registry/index.js';
import { classifyWith } from '../src/classify/classify.js';
import type { MatchTables } from '../src/classify/types.js';
import { CORPUS_PATH, FRESH_PATH, corpusInput, loadCorpus, verdict } from '../test/helpers/corpus.js';

const reg = loadRegistry();
const rows = [...loadCorpus(CORPUS_PATH), ...loadCorpus(FRESH_PATH)];
const inputs = rows.map(corpusInput);
const only = new Set(process.argv.slice(2));

/** Each row's verdict as two bits: 1 for the category, 2 for the provider. */
function verdicts(tables: MatchTables): Uint8Array {
  const out = new Uint8Array(rows.length);
  rows.forEach((row, i) => {
    const v = verdict(row, classifyWith(tables, inputs[i], undefined, { docsBaseUrl: '' }));
    out[i] = (v.category ? 1 : 0) | (v.provider ? 2 : 0);
  });
  return out;
}

/** Verdicts won and lost, counting category and provider apart. */
function compare(before: Uint8Array, after: Uint8Array): { won: number; lost: number } {
  let won = 0;
  let lost = 0;
  for (let i = 0; i < before.length; i++) {
    for (const bit of [1, 2]) {
      if (before[i]! & bit && !(after[i]! & bit)) lost++;
      if (!(before[i]! & bit) && after[i]! & bit) won++;
    }
  }
  return { won, lost };
}

const base = verdicts(buildMatchTables(reg));
console.log(`| Category | List | Wording | Rows won without it | Rows lost without it |\n| --- | --- | --- | ---: | ---: |`);
for (const [category, entry] of Object.entries(reg.wordings.categories)) {
  for (const list of ['phrases', 'cues'] as const) {
    const words = entry[list] ?? [];
    for (const word of words) {
      if (only.size > 0 && !only.has(word)) continue;
      entry[list] = words.filter((w) => w !== word);
      const { won, lost } = compare(base, verdicts(buildMatchTables(reg)));
      entry[list] = words;
      console.log(`| ${category} | ${list} | \`${word}\` | ${won} | ${lost}${lost === 0 ? ' (no row needs it)' : ''} |`);
    }
  }
}
