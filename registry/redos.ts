// ReDoS gate for message patterns, using recheck (automata analysis plus fuzzing). A pattern is
// rejected when matching time can grow polynomially or exponentially with the input; literal
// phrases and alternations check in a few milliseconds each.
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

const analyses = new Map<string, RegexAnalysis>();

/**
 * 'safe', or a sentence saying why the pattern is rejected (cached per process). With `exact`, a
 * pattern only the fuzzer could call safe is rejected too: message patterns change every session,
 * and a fuzzer's "safe" depends on how far its search got before the timeout on a given machine.
 */
export function checkRegexSafety(pattern: string, { exact = false } = {}): string {
  let analysis = analyses.get(pattern);
  if (analysis === undefined) analyses.set(pattern, analysis = analyseRegex(pattern));
  if (exact && analysis.verdict === 'safe' && analysis.checker !== 'automaton') {
    return "is too large for recheck's exact (automaton) analysis, so its verdict could change between machines; split it, or lower a repeat bound to 100 or less";
  }
  return analysis.verdict;
}
