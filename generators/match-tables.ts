// Builds the classifier's tables from the registry: codes and match rules from the entries, the
// text scanner from every literal the registry knows (provider recognition, error classes,
// category wordings, reason phrases), and the status shapes. The generated module in
// src/generated/ is this function's output written as code; tests also call it directly.
import type { ErrorEntry, Provider, Registry } from '../registry/schema.js';
import { buildAutomaton, tableFits } from '../src/classify/automaton.js';
import { scoreOf } from '../src/classify/conditions.js';
import { joinAlternatives, setAnchorsFromHits, sortRules } from '../src/classify/packed-tables.js';
import { anchorsOf } from './anchors.js';
import type { CodeInfo, ErrorCategory, ErrorClassInfo, ErrorCode, MatchTables, ProviderPattern, RuleRow, ScanHit } from '../src/classify/types.js';

export type TableSource = Pick<Registry, 'errors' | 'providers' | 'errorClasses' | 'wordings'>;

const LAYERS: Record<Provider['role'], 'upstream' | 'proxy' | 'client'> = { primary: 'upstream', secondary: 'upstream', tertiary: 'upstream', proxy: 'proxy', client: 'client' };

function codesAndRules(entries: readonly ErrorEntry[]): { codes: CodeInfo[]; rules: RuleRow[] } {
  const active = entries.filter((e) => e.lifecycle !== 'removed');
  const codes: CodeInfo[] = active.map((e) => ({
    // The generated enums list every registry code; tsc checks the emitted tables against them.
    code: e.code as ErrorCode, category: e.category, severity: e.severity, source: e.source,
    httpStatus: e.httpStatus, retryable: e.retryable, action: e.action,
  }));
  const rules: RuleRow[] = [];
  active.forEach((e, entry) => {
    e.match.forEach((m, rule) => {
      const { message, ...rest } = m;
      const row: RuleRow = { entry, rule, score: scoreOf(m), ...rest };
      if (message) {
        row.message = joinAlternatives(message);
        const anchors = anchorsOf(message);
        if (anchors) row.anchors = anchors;
      }
      rules.push(row);
    });
  });
  // Stable: equal scores keep registry order, so the earlier entry wins a tie (the runtime unpacks the same way).
  return { codes, rules: sortRules(rules) };
}

function errorClasses(src: TableSource): ErrorClassInfo[] {
  const byName = new Map<string, ErrorClassInfo>();
  for (const lib of src.errorClasses) {
    for (const c of lib.classes) {
      const prior = byName.get(c.name);
      // The same name in two libraries keeps what they agree on (LiteLLM's APIConnectionError is a 500, openai's has no status).
      if (prior) {
        byName.set(c.name, { ...prior, status: prior.status === c.status ? prior.status : null, category: prior.category === c.category ? prior.category : prior.category ?? c.category });
      } else byName.set(c.name, { name: c.name, status: c.status, category: c.category });
    }
  }
  // Sorted by name: neighbours share prefixes (Gateway*, AI_*, Client*), which gzip stores cheaper (22
  // bytes of the browser bundle). Their order means nothing else: a text's classes count in text order.
  return [...byName.values()].filter((c) => c.status !== null || c.category !== null).sort((a, b) => (a.name < b.name ? -1 : 1));
}

function scannerOf(src: TableSource, classes: readonly ErrorClassInfo[], rules: readonly RuleRow[]): MatchTables['scanner'] {
  const hits: Record<string, ScanHit[]> = {};
  const add = (literal: string, hit: ScanHit) => (hits[literal.toLowerCase()] ??= []).push(hit);
  for (const p of src.providers) {
    const layer = LAYERS[p.role];
    for (const h of p.recognition.hosts) add(h, { kind: 'provider', provider: p.id, layer, what: 'host', exact: null });
    for (const w of p.recognition.wrappers) add(w, { kind: 'provider', provider: p.id, layer, what: 'wrapper', exact: w });
    for (const w of p.recognition.phrases) add(w, { kind: 'provider', provider: p.id, layer, what: 'wording', exact: null });
  }
  classes.forEach((c, cls) => add(c.name, { kind: 'class', cls, exact: c.name }));
  for (const [category, c] of Object.entries(src.wordings.categories)) {
    for (const phrase of c.phrases) add(phrase, { kind: 'category', category: category as ErrorCategory });
    for (const cue of c.cues ?? []) add(cue, { kind: 'category', category: category as ErrorCategory, cue: true });
  }
  for (const [phrase, status] of Object.entries(src.wordings.reasonPhrases)) add(phrase, { kind: 'reason', status });
  for (const [name, markers] of Object.entries(src.wordings.otherProviders)) for (const m of markers) add(m, { kind: 'other', name });
  const anchored = new Map<string, number[]>();
  rules.forEach((r, i) => { for (const a of r.anchors ?? []) anchored.set(a, [...(anchored.get(a) ?? []), i]); });
  for (const [anchor, ruleIndices] of anchored) add(anchor, { kind: 'anchor', rules: ruleIndices });
  const literals = Object.keys(hits).sort();
  assertScannerFits(literals.length, buildAutomaton(literals).next.length);
  return { literals, hits: literals.map((l) => hits[l]!) };
}

/** Refuses a literal set whose scanner table has more cells than its row offsets can address (src/classify/automaton.ts). */
export function assertScannerFits(literalCount: number, cells: number): void {
  if (!tableFits(cells)) throw new Error(`match tables: the scanner's ${literalCount} literals need ${cells} table cells, more than its row offsets can address; drop or shorten wordings`);
}

function providerPatterns(providers: readonly Provider[]): ProviderPattern[] {
  const sorted = [...providers].sort((a, b) => a.recognition.precedence - b.recognition.precedence);
  return sorted.flatMap((p) => [
    ...p.recognition.weakPatterns.map((pattern) => ({ provider: p.id, what: 'weak marker', pattern })),
    ...(p.recognition.modelIdPattern ? [{ provider: p.id, what: 'model id', pattern: p.recognition.modelIdPattern }] : []),
    ...(p.recognition.orgIdPattern ? [{ provider: p.id, what: 'organisation id', pattern: p.recognition.orgIdPattern }] : []),
  ]);
}

export function buildMatchTables(src: TableSource): MatchTables {
  const { codes, rules } = codesAndRules(src.errors);
  const classes = errorClasses(src);
  const index = new Map(codes.map((c, i) => [c.code as string, i]));
  const generic: Partial<Record<ErrorCategory, number>> = {};
  const viaLitellm: Partial<Record<ErrorCategory, number>> = {};
  for (const [category, c] of Object.entries(src.wordings.categories)) {
    const i = index.get(c.genericCode);
    if (i !== undefined) generic[category as ErrorCategory] = i;
    const via = c.viaLitellm === undefined ? undefined : index.get(c.viaLitellm);
    if (via !== undefined) viaLitellm[category as ErrorCategory] = via;
  }
  const scanner = scannerOf(src, classes, rules);
  // Anchors in the form unpacking rebuilds them: the literals that point at the rule, in literal order.
  for (const row of rules) delete (row as { anchors?: string[] }).anchors;
  setAnchorsFromHits(scanner, rules);
  return {
    scanner,
    providerHeaders: [...src.providers].sort((a, b) => a.recognition.precedence - b.recognition.precedence)
      .flatMap((p) => p.recognition.headers.map((header) => ({ header, provider: p.id, layer: LAYERS[p.role] }))),
    providerPatterns: providerPatterns(src.providers),
    providerPrecedence: [...src.providers].filter((p) => LAYERS[p.role] === 'upstream').sort((a, b) => a.recognition.precedence - b.recognition.precedence).map((p) => p.id),
    classes,
    statusShapes: src.wordings.statusShapes.map((s) => s.pattern),
    bareStatus: src.wordings.bareStatus.pattern,
    categories: { precedence: src.wordings.categoryPrecedence, specific: src.wordings.specificCategories, specificAt: src.wordings.specificAtStatus, generic, viaLitellm, byStatus: src.wordings.statusCategories },
    codes,
    rules,
  };
}

/** Each alias (the seed's bare `429`) and the code it stands for; kept out of the match tables, which never read it. */
export function codeAliases(reg: Pick<Registry, 'errors'>): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const e of reg.errors) for (const a of e.aliases) aliases[a] = e.code;
  return aliases;
}
