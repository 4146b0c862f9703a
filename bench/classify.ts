// `npm run bench` (classifier part): classifications per second for SDK error objects,
// Response-like objects and pasted log strings, each beside a bare `switch (status)` baseline and the
// keyword baseline measured in the same run, plus the size of the bundled classifier. Those inputs
// are the registry's own samples; the texts of the fresh corpus, as users pasted them, are measured
// beside the keyword baseline too. Numbers, not pass/fail.
// It measures the compiled package in lib/ (npm run bench compiles it first), the code users import:
// run through tsx, every closure the classifier creates also pays esbuild's keepNames wrapper.
import OpenAI from 'openai';
import { Bench } from 'tinybench';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSize, shippedPasteBox, type BundleSize } from './bundle-size.js';
import { readRegistry } from '../registry/index.js';
import { sampleInput } from '../registry/sample-input.js';
import { classify } from '../lib/index.js';
import { MATCH_TABLES } from '../lib/generated/match-tables.js';
import { buildAutomaton, runAutomaton } from '../lib/classify/automaton.js';
import { keywordBaseline } from './keyword-baseline.js';
import { FRESH_PATH, loadCorpus } from '../test/helpers/corpus.js';

const reg = readRegistry();
const samples = reg.errors.flatMap((e) => e.samples);
const http = samples.filter((s) => s.kind === 'http');

/** What openai-node throws for each HTTP sample (its own factory picks the subclass). */
const sdkErrors = http.map((s) => OpenAI.APIError.generate(s.status, s.body as object, undefined, new Headers(s.headers ?? {})));
const responses = http.map((s) => sampleInput(s));
/** Pasted log lines: the text samples plus each HTTP error as the one-line message an SDK logs. */
const logLines = [
  ...samples.filter((s) => s.kind === 'text').map((s) => s.text!),
  ...sdkErrors.map((e) => `Error: ${e.message}`),
];

/**
 * Texts as users pasted them in public threads: the fresh corpus file's text rows. Longer and messier
 * than the log lines above (wrapped lines, quoted bodies, tracebacks), so slower to classify.
 */
const pastedTexts = loadCorpus(FRESH_PATH).flatMap((r) => (r.input.kind === 'text' ? [r.input.text] : []));

function baseline(input: unknown): string {
  const status = (input as { status?: unknown }).status;
  switch (status) {
    case 400: return 'INVALID_REQUEST';
    case 401: case 403: return 'AUTH';
    case 404: return 'MODEL_UNAVAILABLE';
    case 408: case 504: return 'TIMEOUT';
    case 429: return 'RATE_LIMIT';
    case 500: case 502: return 'SERVER';
    case 503: return 'OVERLOADED';
    default: return 'UNKNOWN';
  }
}
/** The baseline for strings does the least a log scanner must: find a status number. */
function baselineText(s: string): string {
  const m = /\b([45]\d\d)\b/.exec(s);
  return baseline({ status: m ? Number(m[1]) : undefined });
}

let sink = 0;
function cycle<T>(inputs: readonly T[], f: (x: T) => unknown): () => void {
  let i = 0;
  return () => {
    const r = f(inputs[i]!);
    if (r) sink++;
    i = (i + 1) % inputs.length;
  };
}

/** The text layers' Aho-Corasick automaton alone: building it (once per process) and one pass over a log line. */
function benchAutomaton(): string {
  const literals = MATCH_TABLES.scanner.literals;
  const builds: number[] = [];
  for (let i = 0; i < 21; i++) {
    const started = performance.now();
    buildAutomaton(literals);
    builds.push(performance.now() - started);
  }
  const automaton = buildAutomaton(literals);
  const count = () => { sink++; };
  for (let r = 0; r < 200; r++) for (const line of logLines) runAutomaton(automaton, line, count);
  const rounds = 2000;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const line of logLines) runAutomaton(automaton, line, count);
  const perLine = ((performance.now() - started) * 1000) / (rounds * logLines.length);
  const meanLength = logLines.reduce((n, l) => n + l.length, 0) / logLines.length;
  const build = [...builds].sort((a, b) => a - b)[10]!;
  return `The text layers' Aho-Corasick automaton (src/classify/automaton.ts, ${literals.length} literals): built in ${build.toFixed(1)} ms (median of 21 builds; a process builds it once, on its first classification); ${perLine.toFixed(2)} µs per log line of ${Math.round(meanLength)} characters on average.`;
}

/**
 * Two floors for the speed aim, measured here so that anyone can rerun them: reading each character
 * of the log lines once (a bare `charCodeAt` loop, what any scan of the text costs at least), and
 * `classify` on the smallest object it can be given (a status and a one-letter message: no text to scan).
 */
function benchFloors(): string {
  const chars = logLines.reduce((n, l) => n + l.length, 0);
  const readEach = (text: string) => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
    sink += sum & 1;
  };
  const minimal = { status: 429, message: 'x' };
  for (let r = 0; r < 300; r++) for (const line of logLines) readEach(line);
  for (let i = 0; i < 50_000; i++) if (classify(minimal)) sink++;
  const rounds = 3000;
  let started = performance.now();
  for (let r = 0; r < rounds; r++) for (const line of logLines) readEach(line);
  const nsPerChar = ((performance.now() - started) * 1e6) / (rounds * chars);
  const calls = 300_000;
  started = performance.now();
  for (let i = 0; i < calls; i++) if (classify(minimal)) sink++;
  const usPerCall = ((performance.now() - started) * 1000) / calls;
  return `Floors on this machine: reading each character of the same log lines once (a bare charCodeAt loop) takes ${nsPerChar.toFixed(2)} ns a character, ${((nsPerChar * chars) / logLines.length / 1000).toFixed(2)} µs a line; classify on \`{ status: 429, message: 'x' }\` (no text to scan) takes ${usPerCall.toFixed(2)} µs a call. The aim of a million objects a second leaves 1 µs a call.`;
}

/** The same classify loops in a plain `node` child (bench/classify-plain.mjs): no tsx loader in the process. */
function plainNodeRates(): { sdk: number; responses: number; strings: number } | null {
  const dir = mkdtempSync(join(tmpdir(), 'pf-bench-'));
  try {
    const file = join(dir, 'inputs.json');
    writeFileSync(file, JSON.stringify({ http: http.map((s) => ({ status: s.status, headers: s.headers ?? {}, body: s.body })), lines: logLines }));
    const script = fileURLToPath(new URL('./classify-plain.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
    if (run.status !== 0) return null;
    return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { sdk: number; responses: number; strings: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kib = (b: BundleSize) => `${(b.minified / 1024).toFixed(1)} KiB minified, ${(b.gzipped / 1024).toFixed(1)} KiB (${b.gzipped.toLocaleString('en-US')} bytes) gzipped`;

export async function benchClassify(): Promise<string[]> {
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench
    .add('SDK error objects: classify', cycle(sdkErrors, (e) => classify(e)))
    .add('SDK error objects: switch (status)', cycle(sdkErrors, baseline))
    .add('SDK error objects: keyword baseline', cycle(sdkErrors, keywordBaseline))
    .add('Response-like objects: classify', cycle(responses, (r) => classify(r)))
    .add('Response-like objects: switch (status)', cycle(responses, baseline))
    .add('Response-like objects: keyword baseline', cycle(responses, keywordBaseline))
    .add('pasted log strings: classify', cycle(logLines, (s) => classify(s)))
    .add('pasted log strings: switch on a status regex', cycle(logLines, baselineText))
    .add('pasted log strings: keyword baseline', cycle(logLines, keywordBaseline))
    .add('texts pasted in threads (the fresh corpus): classify', cycle(pastedTexts, (s) => classify(s)))
    .add('texts pasted in threads (the fresh corpus): keyword baseline', cycle(pastedTexts, keywordBaseline));
  await bench.run();
  const plain = plainNodeRates();
  const classifyOnly = await bundleSize("export { classify } from './src/index.ts';");
  const wholeEntry = await bundleSize("export * from './src/index.ts';");
  const shipped = shippedPasteBox();
  const rows = bench.tasks.map((t) => `| ${t.name} | ${Math.round(t.result!.hz).toLocaleString('en-US')} | ${(t.result!.mean * 1000).toFixed(2)} µs |`);
  return [
    `Inputs: ${sdkErrors.length} openai-node errors and ${responses.length} Response-like objects built from the registry's HTTP samples, ${logLines.length} log lines, ${pastedTexts.length.toLocaleString('en-US')} texts pasted in threads (mean ${Math.round(pastedTexts.reduce((n, t) => n + t.length, 0) / pastedTexts.length)} characters).`,
    '',
    '| Input | Classifications per second | Mean per call |',
    '| --- | ---: | ---: |',
    ...rows,
    '',
    plain
      ? `The same classify loops in a plain \`node\` process importing lib/ (bench/classify-plain.mjs, no tsx loader), as an application runs it: SDK error objects ${plain.sdk.toLocaleString('en-US')}, Response-like objects ${plain.responses.toLocaleString('en-US')}, log strings ${plain.strings.toLocaleString('en-US')} per second.`
      : 'The plain-node run (bench/classify-plain.mjs) failed; run it alone to see why.',
    '',
    benchAutomaton(),
    '',
    benchFloors(),
    '',
    `Browser bundle of \`classify\` from the package entry (what the site's paste box imports; esbuild --minify): ${kib(classifyOnly)}. Aim: at most 20 KiB gzipped.`,
    `The whole entry (every export): ${kib(wholeEntry)}.`,
    !shipped ? 'The site is not built (run npm run build) so the shipped paste-box script was not measured.'
      : shipped.stale ? `The paste box's script in dist/_astro is older than the classifier's sources (run npm run build, then this benchmark again): ${kib(shipped)}, the bytes of an earlier build.`
        : `The paste box's script in dist/_astro as the site build emitted it: ${kib(shipped)}.`,
    // `sink` keeps the results alive so the JIT cannot drop the calls being measured.
    `(${sink.toLocaleString('en-US')} results consumed)`,
  ];
}
