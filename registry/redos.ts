// ReDoS gate for message patterns, using recheck (automata analysis plus fuzzing). A pattern is
// rejected when matching time can grow polynomially or exponentially with the input; literal
// phrases and alternations check in a few milliseconds each.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { checkSync } from 'recheck';

const FLAGS = 'i';
/**
 * recheck's automaton analysis is exact and deterministic; by default it hands a pattern with a
 * repeat bound above 30 to the fuzzer, whose random attack strings gave `[^.:;\n]{1,60}` a different
 * verdict from run to run (safe, or "polynomial" for seeds that happen to find the bounded repeat's
 * linear cost). So bounds up to 100 are analysed, and the fuzzer, still used for what the automaton
 * cannot decide in time (the Groq model-id alternation), starts from a fixed seed.
 */
const OPTIONS = { timeout: 10_000, maxRepeatCount: 100, randomSeed: 0 };

export interface RegexAnalysis {
  /** 'safe', or a sentence saying why the pattern is rejected. */
  verdict: string;
  /** Which of recheck's checkers decided ('automaton' or 'fuzz'); absent when the pattern does not compile. */
  checker?: string;
}

/** recheck's verdict on a pattern, uncached. */
export function analyseRegex(pattern: string): RegexAnalysis {
  try {
    new RegExp(pattern, FLAGS);
  } catch (e) {
    return { verdict: `does not compile as a regular expression: ${(e as Error).message}` };
  }
  const d = checkSync(pattern, FLAGS, OPTIONS);
  const verdict = d.status === 'safe' ? 'safe'
    : d.status === 'vulnerable'
      ? `can backtrack catastrophically (${d.complexity.type} complexity; attack string ${JSON.stringify(d.attack.string.slice(0, 40))}); rewrite it as literal phrases without .* or nested quantifiers`
      : `ReDoS check could not decide (${d.error.kind}); simplify the pattern`;
  return { verdict, checker: d.checker ?? undefined };
}

/**
 * Verdicts kept on disk between processes: the automaton takes about 10 s for the registry's 300
 * patterns, and every test file that loads the registry would pay it again. A verdict depends only
 * on the pattern, the flags, the options, recheck's version and how analyseRegex words it, which
 * key the file; a file written for anything else, or unreadable, is ignored and replaced.
 */
export interface VerdictStore { load(): Map<string, RegexAnalysis>; save(analyses: Map<string, RegexAnalysis>): void }

const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;
const STORE_KEY = `recheck ${RECHECK_VERSION} ${FLAGS} ${JSON.stringify(OPTIONS)} ${createHash('sha256').update(analyseRegex.toString()).digest('hex').slice(0, 16)}`;
const DEFAULT_CACHE = fileURLToPath(new URL('../node_modules/.cache/provider-fallback/redos-verdicts.json', import.meta.url));

/** A JSON file of verdicts, written whole through a temporary file so that a reader never sees half of it. */
export function fileVerdictStore(path = DEFAULT_CACHE): VerdictStore {
  return {
    load() {
      try {
        const stored = JSON.parse(readFileSync(path, 'utf8')) as { key?: string; verdicts?: Record<string, RegexAnalysis> };
        return stored.key === STORE_KEY && stored.verdicts ? new Map(Object.entries(stored.verdicts)) : new Map();
      } catch {
        return new Map();
      }
    },
    save(analyses) {
      try {
        mkdirSync(dirname(path), { recursive: true });
        const tmp = `${path}.tmp-${process.pid}-${threadId}`; // one per writer: test workers may share a pid
        writeFileSync(tmp, JSON.stringify({ key: STORE_KEY, verdicts: Object.fromEntries(analyses) }));
        renameSync(tmp, path);
      } catch {
        // A cache that cannot be written costs time, not correctness.
      }
    },
  };
}

let store: VerdictStore = fileVerdictStore();
let analyses: Map<string, RegexAnalysis> | undefined;
let unsaved = false;

/** Use another store (tests); the verdicts in memory are dropped. */
export function useVerdictStore(next: VerdictStore): void {
  store = next;
  analyses = undefined;
  unsaved = false;
}

/** Writes the verdicts found since the last save, if any. */
export function saveRegexVerdicts(): void {
  if (analyses && unsaved) store.save(analyses);
  unsaved = false;
}

function analysisOf(pattern: string): RegexAnalysis {
  analyses ??= store.load();
  let analysis = analyses.get(pattern);
  if (analysis === undefined) {
    analyses.set(pattern, analysis = analyseRegex(pattern));
    unsaved = true;
  }
  return analysis;
}

/**
 * 'safe', or a sentence saying why the pattern is rejected (cached, see VerdictStore). A pattern only
 * the fuzzer could call safe is rejected too, unless `exact` is false: a fuzzer's "safe" depends on
 * how far its search got before the timeout on a given machine. Only a provider's model-id list, one
 * long alternation that changes when a model is retired, is let through on the fuzzer's word.
 */
export function checkRegexSafety(pattern: string, { exact = true } = {}): string {
  const analysis = analysisOf(pattern);
  if (exact && analysis.verdict === 'safe' && analysis.checker !== 'automaton') {
    return "is too large for recheck's exact (automaton) analysis, so its verdict could change between machines; split it, or lower a repeat bound to 100 or less";
  }
  return analysis.verdict;
}
