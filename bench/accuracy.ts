// `npm run bench` (accuracy part): classify against the corpus of real errors, beside the keyword
// baseline, with the confusions that remain and every row still missed.
import { keywordBaseline } from './keyword-baseline.js';
import { classify } from '../lib/index.js';
import { CORPUS_PATH, expectedProvider, FRESH_PATH, fromIssueProjects, loadCorpus, score, verdict, type Classifier, type CorpusRow, type Score } from '../test/helpers/corpus.js';
import { LOGGED_FORMS } from '../test/helpers/logged-forms.js';
import { agreement, loadSecondReading } from '../test/helpers/second-reading.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function confusions(s: Score): string[] {
  const counts = new Map<string, number>();
  for (const m of s.misses) {
    if (m.row.category.includes(m.category)) continue;
    const key = `${m.row.category.join(' or ')} | ${m.category}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `| ${k} | ${n} |`);
}

/** The newest batch, not yet under the gate: how the rules do on threads they were not all written from. */
function freshBatch(): string[] {
  const rows = loadCorpus(FRESH_PATH);
  const issueRows = fromIssueProjects(rows);
  return [
    `The fresh batch, not yet under the gate (test/corpus/fresh-errors.jsonl, ${rows.length} rows): ${bothScores(rows)}`,
    '',
    // The projects the issue names are the held-back set's sources: their fresh rows are its nearest measure.
    `Of them, the ${issueRows.length} rows from the projects issue 9 names as the held-back set's sources (test/helpers/corpus.ts ISSUE_PROJECTS): ${bothScores(issueRows)}`,
    '',
  ];
}

/** classify's and the keyword baseline's scores on some rows, as the end of a sentence. */
function bothScores(rows: readonly CorpusRow[]): string {
  const ours = score(rows, (x) => classify(x));
  const base = score(rows, keywordBaseline);
  return `classify ${pct(ours.category)} of categories and ${pct(ours.provider)} of providers; the keyword baseline ${pct(base.category)} and ${pct(base.provider)}.`;
}

/**
 * How far two readings of the same texts agree (test/corpus/second-reading.jsonl): the ceiling a
 * classifier scored against one reading can expect, beside classify on the same rows.
 */
function secondReading(): string[] {
  const reading = loadSecondReading();
  const a = agreement(reading, loadCorpus(FRESH_PATH), (x) => classify(x));
  const [r1, r2] = a.readers as [{ category: number; provider: number }, { category: number; provider: number }];
  return [
    `A second reading (test/corpus/second-reading.jsonl): ${a.rows} rows of the fresh file drawn at random and labelled again by two readers from the text alone, scored against the file's labels as classify is.`,
    '',
    '| Scored against the file\'s labels | Category | Provider |',
    '| --- | ---: | ---: |',
    `| first reader | ${pct(r1.category)} | ${pct(r1.provider)} |`,
    `| second reader | ${pct(r2.category)} | ${pct(r2.provider)} |`,
    `| classify | ${pct(a.classify.category)} | ${pct(a.classify.provider)} |`,
    '',
    `The two readers against each other: ${pct(a.betweenReaders.category)} of categories, ${pct(a.betweenReaders.provider)} of providers. classify against each reader: ${a.classify.againstReaders.map(pct).join(' and ')} of categories. On the ${a.unanimous.rows} rows all three readings agree on, classify gets ${pct(a.unanimous.classifyCategory)} of categories.`,
    '',
  ];
}

/** Right on both category and provider. */
function right(classifier: Classifier, row: CorpusRow, text: string): boolean {
  const v = verdict(row, classifier(text));
  return v.category && v.provider;
}

/**
 * The corpus's text rows as they would be logged or pasted (test/helpers/logged-forms.ts): for each
 * form, the rows it turns from right to wrong and from wrong to right, against each row's verdict on
 * the plain text (read once per classifier).
 */
function loggedForms(): string[] {
  const rows = [...loadCorpus(CORPUS_PATH), ...loadCorpus(FRESH_PATH)].flatMap((r) => (r.input.kind === 'text' ? [{ row: r, text: r.input.text }] : []));
  const changes = (classifier: Classifier) => {
    const plain = rows.map(({ row, text }) => right(classifier, row, text));
    return LOGGED_FORMS.map(([, form]) => {
      let lost = 0;
      let won = 0;
      rows.forEach(({ row, text }, i) => {
        const after = right(classifier, row, form(text));
        if (plain[i] && !after) lost++;
        if (!plain[i] && after) won++;
      });
      return `${lost} / ${won}`;
    });
  };
  const ours = changes((x) => classify(x));
  const keyword = changes(keywordBaseline);
  return [
    `The same errors as they get logged or pasted: each of the ${rows.length} text rows of both corpus files, transformed, against the row's verdict on the plain text (rows turned wrong / turned right).`,
    '',
    '| Form | classify | keyword baseline |',
    '| --- | ---: | ---: |',
    ...LOGGED_FORMS.map(([how], i) => `| ${how} | ${ours[i]} | ${keyword[i]} |`),
    '',
  ];
}

export function benchAccuracy(): string[] {
  const rows = loadCorpus();
  const ours = score(rows, (x) => classify(x));
  const base = score(rows, keywordBaseline);
  return [
    `Corpus: ${rows.length} real errors from public issue threads (test/corpus/real-errors.jsonl).`,
    '',
    '| Classifier | Category | Provider |',
    '| --- | ---: | ---: |',
    `| classify | ${pct(ours.category)} | ${pct(ours.provider)} |`,
    `| keyword baseline (bench/keyword-baseline.ts) | ${pct(base.category)} | ${pct(base.provider)} |`,
    '',
    'Category confusions left (expected | got | rows):',
    '',
    '| Expected | Got | Rows |',
    '| --- | --- | ---: |',
    ...confusions(ours),
    '',
    ...freshBatch(),
    ...secondReading(),
    ...loggedForms(),
    'Rows still missed (category or provider):',
    '',
    '| Row | Expected | Got | Thread |',
    '| --- | --- | --- | --- |',
    ...ours.misses.map((m) => `| ${m.row.id} | ${m.row.category.join('/')}, ${expectedProvider(m.row) ?? 'no provider'} | ${m.category}, ${m.provider ?? 'no provider'} | ${m.row.source} |`),
  ];
}
