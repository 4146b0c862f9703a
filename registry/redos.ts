// ReDoS gate for message patterns, using recheck (automata analysis plus fuzzing). A pattern is
// rejected when matching time can grow polynomially or exponentially with the input; literal
// phrases and alternations check in a few milliseconds each.
import { checkSync } from 'recheck';

const FLAGS = 'i';
const verdicts = new Map<string, string>();

/** 'safe', or a sentence saying why the pattern is rejected. */
export function checkRegexSafety(pattern: string): string {
  const known = verdicts.get(pattern);
  if (known !== undefined) return known;
  let verdict: string;
  try {
    new RegExp(pattern, FLAGS);
    const d = checkSync(pattern, FLAGS, { timeout: 10_000 });
    verdict = d.status === 'safe' ? 'safe'
      : d.status === 'vulnerable'
        ? `can backtrack catastrophically (${d.complexity.type} complexity; attack string ${JSON.stringify(d.attack.string.slice(0, 40))}); rewrite it as literal phrases without .* or nested quantifiers`
        : `ReDoS check could not decide (${d.error.kind}); simplify the pattern`;
  } catch (e) {
    verdict = `does not compile as a regular expression: ${(e as Error).message}`;
  }
  verdicts.set(pattern, verdict);
  return verdict;
}
