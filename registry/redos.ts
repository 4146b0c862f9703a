// ReDoS gate for message patterns, using recheck (automata analysis plus fuzzing).
// Verdicts are memoised on disk under node_modules/.cache, keyed by pattern, because recheck takes
// 0.1-0.3 s per pattern and the registry has well over a hundred; a changed pattern is re-checked.
import { checkSync } from 'recheck';
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.cache', 'provider-fallback', 'redos.json');
const FLAGS = 'i';
let cache: Record<string, string> | undefined;

function loadCache(): Record<string, string> {
  if (cache) return cache;
  try {
    cache = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, string>;
  } catch {
    cache = {};
  }
  return cache;
}

function saveCache(c: Record<string, string>): void {
  try {
    mkdirSync(dirname(CACHE_FILE), { recursive: true });
    const tmp = `${CACHE_FILE}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(c));
    renameSync(tmp, CACHE_FILE);
  } catch {
    // A read-only tree only costs speed.
  }
}

/** 'safe', or a sentence saying why the pattern is rejected. */
export function checkRegexSafety(pattern: string): string {
  try {
    new RegExp(pattern, FLAGS);
  } catch (e) {
    return `does not compile as a regular expression: ${(e as Error).message}`;
  }
  const c = loadCache();
  const known = c[pattern];
  if (known !== undefined) return known;
  const d = checkSync(pattern, FLAGS, { timeout: 10_000 });
  const verdict = d.status === 'safe' ? 'safe'
    : d.status === 'vulnerable'
      ? `can backtrack catastrophically (${d.complexity.type} complexity; attack string ${JSON.stringify(d.attack.string.slice(0, 40))}); rewrite it as literal phrases without .* or nested quantifiers`
      : `ReDoS check could not decide (${d.error.kind}); simplify the pattern`;
  c[pattern] = verdict;
  saveCache(c);
  return verdict;
}
