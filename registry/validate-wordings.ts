// Cross-checks of the classifier's wordings and error classes: every status shape reads the status
// out of its own example, the bare status reads its examples and none of its counterexamples, every
// generic code exists and belongs to its category, every category has one place in the precedence,
// every pattern is ReDoS-safe, no marker of a provider outside the stack overlaps a marker of one
// of ours (it would take the provider away from them), and no
// wording repeats one of its own category or an entry's own message rule (each costs bytes in the
// browser's paste box), and each literal has one owner: a wording of one category or a cue of one.
import { wordStart } from '../src/classify/text.js';
import { checkRegexSafety } from './redos.js';
import type { Registry } from './schema.js';
import type { Problem } from './validate.js';

const FILE = 'registry/wordings.ts';

/** A status pattern's own problems: it compiles, captures the status in one group, and is ReDoS-safe. */
function statusPatternProblems(pattern: string, redos: boolean): { re?: RegExp; problems: string[] } {
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch (e) {
    return { problems: [`does not compile: ${(e as Error).message}`] };
  }
  const groups = new RegExp(`${pattern}|`).exec('')!.length - 1;
  if (groups !== 1) return { problems: [`must have exactly one capture group (the status), has ${groups}`] };
  const verdict = redos ? checkRegexSafety(pattern) : 'safe';
  return { re, problems: verdict === 'safe' ? [] : [verdict] };
}

const readsStatus = (re: RegExp, text: string) => /^[1-5]\d\d$/.test(re.exec(text)?.[1] ?? '');

function statusShapeProblems(reg: Registry, redos: boolean): Problem[] {
  const problems: Problem[] = [];
  reg.wordings.statusShapes.forEach((shape, i) => {
    const push = (message: string) => problems.push({ file: FILE, entry: `statusShapes[${i}]`, field: 'pattern', message });
    const { re, problems: own } = statusPatternProblems(shape.pattern, redos);
    own.forEach(push);
    if (re && !readsStatus(re, shape.example)) push(`does not read a status out of its own example ${JSON.stringify(shape.example)}`);
    // Only an error status counts ("Expected status code 200 but was 400"): the same shape around a 200 must read nothing.
    const status = re?.exec(shape.example)?.[1];
    if (re && status && re.exec(shape.example.replace(status, '200'))) push(`reads a success status too (its example with 200): capture only an error status, [45]\\d\\d`);
  });
  const bare = reg.wordings.bareStatus;
  const push = (field: string, message: string) => problems.push({ file: FILE, entry: 'bareStatus', field, message });
  const { re, problems: own } = statusPatternProblems(bare.pattern, redos);
  own.forEach((message) => push('pattern', message));
  if (!re) return problems;
  bare.examples.forEach((text, i) => { if (!readsStatus(re, text)) push(`examples[${i}]`, `the pattern reads no status out of ${JSON.stringify(text)}`); });
  bare.counterexamples.forEach((text, i) => {
    const m = re.exec(text);
    if (m) push(`counterexamples[${i}]`, `the pattern reads ${m[1]} out of ${JSON.stringify(text)}, which holds no status`);
  });
  return problems;
}

function categoryProblems(reg: Registry): Problem[] {
  const problems: Problem[] = [];
  for (const [category, c] of Object.entries(reg.wordings.categories)) {
    const entry = reg.errors.find((e) => e.code === c.genericCode);
    const push = (message: string) => problems.push({ file: FILE, entry: `categories[${category}]`, field: 'genericCode', message });
    if (!entry) push(`'${c.genericCode}' is not a registry code`);
    else if (entry.category !== category) push(`'${c.genericCode}' is a ${entry.category} code, not ${category}`);
    if (c.viaLitellm === undefined) continue;
    const proxy = reg.errors.find((e) => e.code === c.viaLitellm);
    const pushVia = (message: string) => problems.push({ file: FILE, entry: `categories[${category}]`, field: 'viaLitellm', message });
    if (!proxy) pushVia(`'${c.viaLitellm}' is not a registry code`);
    else if (proxy.category !== category) pushVia(`'${c.viaLitellm}' is a ${proxy.category} code, not ${category}`);
    else if (proxy.source !== 'litellm') pushVia(`'${c.viaLitellm}' is not LiteLLM's own code (its source is ${proxy.source})`);
  }
  const order = reg.wordings.categoryPrecedence;
  const seen = new Set<string>();
  order.forEach((c, i) => {
    if (seen.has(c)) problems.push({ file: FILE, entry: 'categoryPrecedence', field: `[${i}]`, message: `${c} is listed twice` });
    seen.add(c);
  });
  for (const c of Object.keys(reg.wordings.categories)) {
    if (!seen.has(c)) problems.push({ file: FILE, entry: 'categoryPrecedence', field: '(entry)', message: `${c} has wordings but no place in the precedence` });
  }
  // A status with its own generic entry is decided by that entry's rule first: a row here would never be read.
  for (const [status, category] of Object.entries(reg.wordings.statusCategories)) {
    const own = reg.errors.find((e) => e.source === 'http' && e.match.some((m) => m.status?.includes(Number(status))));
    if (own) problems.push({ file: FILE, entry: `statusCategories[${status}]`, field: category, message: `${status} has its own generic entry ${own.code}, which decides it first: edit that entry instead` });
  }
  // A category that decides at every status already decides at this one: listing it here changes nothing.
  for (const [status, categories] of Object.entries(reg.wordings.specificAtStatus)) {
    for (const c of categories) if (reg.wordings.specificCategories.includes(c)) problems.push({ file: FILE, entry: `specificAtStatus[${status}]`, field: c, message: `${c} is in specificCategories, so it decides at ${status} already` });
  }
  return problems;
}

function classProblems(reg: Registry): Problem[] {
  const problems: Problem[] = [];
  reg.errorClasses.forEach((lib) => {
    const seen = new Set<string>();
    lib.classes.forEach((c, i) => {
      if (seen.has(c.name)) problems.push({ file: 'registry/classes.ts', entry: `errorClasses[${lib.library}]`, field: `classes[${i}].name`, message: `${c.name} is listed twice` });
      seen.add(c.name);
    });
  });
  return problems;
}

function otherProviderProblems(reg: Registry): Problem[] {
  const ours = reg.providers.flatMap((p) => [...p.recognition.hosts, ...p.recognition.wrappers, ...p.recognition.phrases]
    .map((m) => ({ provider: p.id, marker: m.toLowerCase() })));
  const problems: Problem[] = [];
  for (const [name, markers] of Object.entries(reg.wordings.otherProviders)) {
    markers.forEach((m, i) => {
      const clash = ours.find((o) => o.marker.includes(m) || m.includes(o.marker));
      if (clash) problems.push({ file: FILE, entry: `otherProviders[${name}]`, field: `[${i}]`, message: `'${m}' overlaps ${clash.provider}'s marker '${clash.marker}': text naming ${clash.provider} would also name ${name}` });
    });
  }
  return problems;
}

/** Whether `inner` occurs in `outer` where the classifier would count it (text.ts wordStart). */
function containsAtWordStart(outer: string, inner: string): boolean {
  for (let i = outer.indexOf(inner); i >= 0; i = outer.indexOf(inner, i + 1)) if (wordStart(outer, i)) return true;
  return false;
}

/**
 * Wordings that say nothing more than what the classifier already reads:
 * - one that holds a shorter wording of its own category ("invalid api key" beside "api key");
 * - one that an entry of its own category already reads with a message-only rule ("fetch failed"
 *   beside `fetch-failed`'s own rule): the rule matches wherever the wording does (a message pattern
 *   is not held to a word start) and names the entry's own code, which beats a generic one.
 * A wording that also holds another category's wording is kept either way: it is what stops that
 * shorter one from counting ("request a quota increase" is a rate limit).
 */
function redundantWordingProblems(reg: Registry): Problem[] {
  const all = Object.entries(reg.wordings.categories).flatMap(([category, c]) => c.phrases.map((phrase, i) => ({ category, phrase, i })));
  const problems: Problem[] = [];
  for (const w of all) {
    if (all.some((o) => o.category !== w.category && containsAtWordStart(w.phrase, o.phrase))) continue;
    const push = (message: string) => problems.push({ file: FILE, entry: `categories[${w.category}]`, field: `phrases[${w.i}]`, message });
    const inner = all.find((o) => o.category === w.category && o.phrase !== w.phrase && containsAtWordStart(w.phrase, o.phrase));
    if (inner) push(`'${w.phrase}' holds '${inner.phrase}', already a ${w.category} wording: drop the longer one`);
    const owner = reg.errors.find((e) => e.category === w.category
      && e.match.some((rule) => Object.keys(rule).length === 1 && rule.message?.some((m) => m.toLowerCase() === w.phrase)));
    if (owner) push(`'${w.phrase}' is already ${owner.code}'s own message rule, which reads the same text and names its own code: drop the wording`);
  }
  return problems;
}

/**
 * Each literal has one owner: a wording of one category, or a cue of one category. The generated
 * tables store each category's wordings and cues as lists of their own (generators/pack-tables.ts) and
 * the scanner keeps one hit per literal, so a literal in two lists does not survive the round trip
 * and generation would stop with no word of which. A cue is read only when nothing else is evident,
 * so a literal that is a wording anywhere is no cue.
 */
function ownerProblems(reg: Registry): Problem[] {
  const problems: Problem[] = [];
  const ownerOf = new Map<string, { category: string; kind: 'wording' | 'cue' }>();
  for (const list of ['phrases', 'cues'] as const) {
    for (const [category, c] of Object.entries(reg.wordings.categories)) {
      (c[list] ?? []).forEach((literal, i) => {
        const owner = ownerOf.get(literal);
        const kind = list === 'phrases' ? 'wording' : 'cue';
        if (!owner) { ownerOf.set(literal, { category, kind }); return; }
        const outranks = owner.kind === 'wording' && kind === 'cue' ? ', which outranks any cue' : '';
        problems.push({ file: FILE, entry: `categories[${category}]`, field: `${list}[${i}]`, message: `'${literal}' is already a ${owner.category} ${owner.kind}${outranks}: drop one of them` });
      });
    }
  }
  return problems;
}

export function wordingProblems(reg: Registry, redos: boolean): Problem[] {
  return [...statusShapeProblems(reg, redos), ...categoryProblems(reg), ...classProblems(reg), ...otherProviderProblems(reg), ...redundantWordingProblems(reg), ...ownerProblems(reg)];
}
