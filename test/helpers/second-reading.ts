// A second reading of the fresh file (test/corpus/second-reading.jsonl): rows drawn at random and
// labelled again, twice, from the text alone, without the thread or the first labels. It measures
// how far two careful readings of the same texts agree: the ceiling any classifier scored against
// one reading can expect.
import { join } from 'node:path';
import { corpusInput, expectedProvider, readJsonLines, type Classifier, type CorpusRow } from './corpus.js';
import { ROOT } from './project.js';

export const SECOND_READING_PATH = join(ROOT, 'test/corpus/second-reading.jsonl');

/** One reader's labels of one row, in the corpus's own terms. */
export interface Reading { category: string[]; provider: string | null; providerEvident: boolean; note: string }
export interface SecondReadingRow { id: string; readings: Reading[] }

export function loadSecondReading(path = SECOND_READING_PATH): SecondReadingRow[] {
  return readJsonLines<SecondReadingRow>(path);
}

/** Labels as the scoring compares them: the categories, and the provider only where the text shows it. */
interface Labels { category: readonly string[]; provider: string | null }
const ofReading = (r: Reading): Labels => ({ category: r.category, provider: r.providerEvident ? r.provider : null });
const ofRow = (r: CorpusRow): Labels => ({ category: r.category, provider: expectedProvider(r) });

/**
 * How a single answer is scored against labels (the way classify is): its first category is one of
 * theirs. A reader's first category stands for the one answer it would give.
 */
const categoryRight = (answer: Labels, labels: Labels) => labels.category.includes(answer.category[0]!);
const categoriesMeet = (a: Labels, b: Labels) => a.category.some((c) => b.category.includes(c));

export interface Agreement {
  rows: number;
  /** Each reader scored against the file's labels, as classify is: categories and providers right. */
  readers: Array<{ category: number; provider: number }>;
  /** The two readers scored against each other (first category of each in the other's labels). */
  betweenReaders: { category: number; provider: number };
  /** classify scored against the file's labels on the same rows, and against each reader. */
  classify: { category: number; provider: number; againstReaders: number[] };
  /** Rows whose categories all three readings share, and classify's category score on them. */
  unanimous: { rows: number; classifyCategory: number };
}

/** What is wrong with the reading file, one line per problem, naming the row. */
export function secondReadingProblems(reading: readonly SecondReadingRow[], fresh: readonly CorpusRow[], categories: readonly string[], providers: readonly string[]): string[] {
  const ids = new Set(fresh.map((r) => r.id));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const row of reading) {
    if (!ids.has(row.id)) problems.push(`${row.id}: not a row of the fresh file`);
    if (seen.has(row.id)) problems.push(`${row.id}: read twice`);
    seen.add(row.id);
    if (row.readings.length !== 2) problems.push(`${row.id}: ${row.readings.length} readings, not 2`);
    row.readings.forEach((r, i) => {
      if (r.category.length === 0 || r.category.length > 2 || r.category.some((c) => !categories.includes(c))) problems.push(`${row.id}: reading ${i + 1}: category ${r.category.join('/')}`);
      if (r.provider !== null && !providers.includes(r.provider)) problems.push(`${row.id}: reading ${i + 1}: provider ${r.provider}`);
    });
  }
  return problems;
}

export function agreement(reading: readonly SecondReadingRow[], fresh: readonly CorpusRow[], classifier: Classifier): Agreement {
  const byId = new Map(fresh.map((r) => [r.id, r]));
  const n = reading.length;
  const readers = [{ category: 0, provider: 0 }, { category: 0, provider: 0 }];
  const between = { category: 0, provider: 0 };
  const ours = { category: 0, provider: 0, againstReaders: [0, 0] };
  const unanimous = { rows: 0, classifyCategory: 0 };
  for (const row of reading) {
    const corpusRow = byId.get(row.id)!;
    const file = ofRow(corpusRow);
    const [a, b] = row.readings.map(ofReading) as [Labels, Labels];
    const c = classifier(corpusInput(corpusRow));
    const answer: Labels = { category: [c.category], provider: c.provider };
    [a, b].forEach((r, i) => {
      if (categoryRight(r, file)) readers[i]!.category++;
      if (r.provider === file.provider) readers[i]!.provider++;
      if (categoryRight(answer, r)) ours.againstReaders[i]!++;
    });
    if (categoryRight(a, b) && categoryRight(b, a)) between.category++;
    if (a.provider === b.provider) between.provider++;
    if (categoryRight(answer, file)) ours.category++;
    if (answer.provider === file.provider) ours.provider++;
    if (categoriesMeet(a, file) && categoriesMeet(b, file) && categoriesMeet(a, b)) {
      unanimous.rows++;
      if (categoryRight(answer, file)) unanimous.classifyCategory++;
    }
  }
  return {
    rows: n,
    readers: readers.map((r) => ({ category: r.category / n, provider: r.provider / n })),
    betweenReaders: { category: between.category / n, provider: between.provider / n },
    classify: { category: ours.category / n, provider: ours.provider / n, againstReaders: ours.againstReaders.map((x) => x / n) },
    unanimous: { rows: unanimous.rows, classifyCategory: unanimous.classifyCategory / unanimous.rows },
  };
}
