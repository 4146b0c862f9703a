// `npm run sweep:wordings [-- [--shorten] [--bytes] wording ...]`: takes each category wording and cue out of
// the match tables in turn (registry/wordings.ts, rebuilt in memory) and scores every row of both
// corpus files without it. A wording that changes no row is held by nothing in the corpus: it needs a
// case in test/samples.test.ts, or a sweep for bytes could cut it unnoticed. With --shorten, each
// wording of two or more words is instead replaced by itself without its first or its last word:
// the shortenings that lose no row are where bytes can come from, when the shorter wording is still
// as specific (a reader's call, not the sweep's); one onto a wording or cue the tables have already
// is skipped (a merge, which the registry refuses across categories). With --bytes, each variant
// also gives the change in the gzipped bundle of `classify` (bench/bundle-size.ts, tables built in
// memory): a cut word often breaks a repeat gzip was reusing, so a shorter list can weigh as much or
// more. About a second a variant, so not part of `npm run bench`; name wordings to sweep only those.
// With --providers, the provider marks of registry/providers.ts (each provider's hosts, wrappers and
// phrases) are taken out in turn instead: a mark that wins more rows than it loses reads a provider
// where the rows show none.
import { parseArgs } from 'node:util';
import { bundleSize } from './bundle-size.js';
import { generateClassifier, TABLES_PATH } from '../generators/classifier.js';
import { buildMatchTables } from '../generators/match-tables.js';
import { loadRegistry } from '../registry/index.js';
import { classifyWith } from '../src/classify/classify.js';
import type { MatchTables } from '../src/classify/types.js';
import { CORPUS_PATH, FRESH_PATH, corpusInput, loadCorpus, verdict } from '../test/helpers/corpus.js';

/** The flags, checked before the corpus is loaded: a mistyped flag would otherwise be read as a wording to sweep. */
function readArgs(): { shorten: boolean; bytes: boolean; providerMarks: boolean; only: Set<string> } {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { shorten: { type: 'boolean' }, bytes: { type: 'boolean' }, providers: { type: 'boolean' } } });
  } catch (e) {
    console.error(`${(e as Error).message}\nusage: npm run sweep:wordings -- [--shorten] [--bytes] [--providers] [wording ...]`);
    process.exit(2);
  }
  const { shorten = false, bytes = false, providers = false } = parsed.values;
  if (shorten && providers) {
    // A shortened mark would be read with the category wordings' rules (merges skipped, word starts), not a provider's.
    console.error('--shorten applies to category wordings only; run --providers without it.');
    process.exit(2);
  }
  return { shorten, bytes, providerMarks: providers, only: new Set(parsed.positionals) };
}

const { shorten, bytes, providerMarks, only } = readArgs();
const reg = loadRegistry();
const rows = [...loadCorpus(CORPUS_PATH), ...loadCorpus(FRESH_PATH)];
const inputs = rows.map(corpusInput);

/** The gzipped bundle of `classify` with the tables the registry gives now. */
async function bundledBytes(): Promise<number> {
  const tables = generateClassifier(reg).find((f) => f.path === TABLES_PATH)!.contents;
  return (await bundleSize("export { classify } from './src/index.ts';", tables)).gzipped;
}

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
const baseBytes = bytes ? await bundledBytes() : 0;
/** Every wording and cue of every category: a shortening onto one of them merges two wordings, no cut. */
const literals = new Set(Object.values(reg.wordings.categories).flatMap((c) => [...c.phrases, ...(c.cues ?? [])]));

/** What a wording is scored as in its place: nothing (taken out), or, with --shorten, itself without its first or its last word. */
function replacements(word: string): Array<string | null> {
  if (!shorten) return [null];
  const parts = word.split(' ');
  return parts.length < 2 ? [] : [parts.slice(1).join(' '), parts.slice(0, -1).join(' ')];
}

/** One list of literals the sweep edits in place: a category's phrases or cues, or a provider's marks. */
interface SweptList { owner: string; name: string; get(): string[]; set(words: string[]): void }

function sweptLists(): SweptList[] {
  if (providerMarks) {
    return reg.providers.flatMap((p) => (['hosts', 'wrappers', 'phrases'] as const).map((name) => ({
      owner: p.id, name, get: () => p.recognition[name], set: (w: string[]) => { p.recognition[name] = w; },
    })));
  }
  return Object.entries(reg.wordings.categories).flatMap(([category, entry]) => (['phrases', 'cues'] as const).map((name) => ({
    owner: category, name, get: () => entry[name] ?? [], set: (w: string[]) => { entry[name] = w; },
  })));
}

const [bytesHead, bytesRule] = bytes ? [' Bytes |', ' ---: |'] : ['', ''];
console.log(`| ${providerMarks ? 'Provider' : 'Category'} | List | Wording | ${shorten ? 'Shortened to | ' : ''}Rows won | Rows lost |${bytesHead}\n| --- | --- | --- | ${shorten ? '--- | ' : ''}---: | ---: |${bytesRule}`);
for (const list of sweptLists()) {
  const words = list.get();
  for (const word of words) {
    if (only.size > 0 && !only.has(word)) continue;
    for (const replacement of replacements(word)) {
      if (replacement !== null && literals.has(replacement)) continue;
      list.set(words.flatMap((w) => (w !== word ? [w] : replacement === null ? [] : [replacement])));
      const { won, lost } = compare(base, verdicts(buildMatchTables(reg)));
      // The change in gzipped bytes, signed: negative is a saving.
      const delta = bytes ? ` ${(await bundledBytes()) - baseBytes} |` : '';
      list.set(words);
      const shortenedTo = replacement === null ? '' : `\`${replacement}\` | `;
      const note = lost > 0 ? '' : replacement !== null ? ' (loses no row)' : won > 0 ? ' (wins without it)' : ' (no row needs it)';
      console.log(`| ${list.owner} | ${list.name} | \`${word}\` | ${shortenedTo}${won} | ${lost}${note} |${delta}`);
    }
  }
}
