// The match tables as the generated module stores them, and their unpacking at load. Everything
// the runtime can recompute is left out of the stored form, which keeps the browser bundle small:
// a rule's entry and index come from where it sits, its score from its conditions (scoreOf), its
// anchors from the scanner hits that point at it; class hits (each on its class's own name,
// lower-cased) come from the class list (about 900 gzipped bytes), the anchor hits of plain-text
// message alternatives from those alternatives (about 800, and 238 more since escaped punctuation,
// a leading `^` and partly plain rules count), category hits from each category's
// list of wordings (about 370), provider hits from each provider's marker lists (about 400), and
// reason and outside-provider hits from lists per status and per name. The anchor hits left are
// stored as bare lists of rule indices, rules as tuples (a condition the rule before repeats, or
// the entry's own status, provider or code, as a number: see PackedRule), codes and error classes
// as columns: no field names repeated on every row.
import { scoreOf, type Condition, type RuleRow } from './conditions.js';
import type { CodeInfo, ErrorCategory, ErrorClassInfo, MatchTables, ScanHit } from './types.js';

/**
 * The conditions in the order a packed rule stores them: the order that gzips smallest, found by
 * swapping two at a time (code first: 14 bytes less than status first, once repeats and own values
 * are numbers, see PackedRule).
 */
export const RULE_FIELDS = ['code', 'provider', 'message', 'status', 'errno', 'errorType', 'name', 'type', 'limitSource', 'stream'] as const satisfies readonly Condition[];
/** `true` when every condition has its place in RULE_FIELDS; the packer assigns it, so a condition left out fails to compile. */
export type EveryConditionPlaced = [Exclude<Condition, (typeof RULE_FIELDS)[number]>] extends [never] ? true : never;

/**
 * A match rule without what unpacking recomputes, as a tuple in RULE_FIELDS order (a hole where the
 * rule has no such condition, trailing ones dropped: field names on 250 rules cost about 130
 * gzipped bytes, and `null`s about 100 more than holes). Its message pattern, `(?:a)|(?:b)` as
 * joinAlternatives builds it, is stored as the list of its alternatives.
 *
 * No condition is a number, so a number stands for a value stored elsewhere (unpackTables reads
 * it back). `n` is a repeat: the rule `n` places before it in the same entry (the nearest one) has
 * the same condition. An entry's rules repeat their message, code and provider lists from one
 * status to the next, and a small number costs gzip less than a match of the repeated text (59
 * bytes of the bundle). 0 is the entry's own value alone (ownValue): its code's status as the
 * status (`[429]` in groq-rate-limit; 54 rules, 68 bytes), its code's source as the provider
 * (`["groq"]`; 143 rules, and no separate list of the rules' provider lists: 40 bytes), its code
 * as any other condition (a Node errno's entry is named after the errno its rule reads,
 * `ECONNREFUSED`; 17 rules, 23 bytes).
 */
export type PackedRule = readonly unknown[];
const STATUS_AT = RULE_FIELDS.indexOf('status');
const PROVIDER_AT = RULE_FIELDS.indexOf('provider');
/** What 0 stands for in a packed rule's place `at` (see PackedRule). */
export const ownValue = (code: CodeInfo, at: number): unknown => [at === STATUS_AT ? code.httpStatus : at === PROVIDER_AT ? code.source : code.code];

/**
 * The generated module writes every list of strings as one string with "~" before each item
 * ("~a~b" for ["a", "b"]): gzip then spends about 160 bytes less than on the lists' quotes and
 * commas. The generator refuses a string that starts with "~" or a listed one that holds it
 * (generators/pack-tables.ts joinLists); splitLists gives the lists back.
 */
export const LIST_MARK = '~';
export function splitLists(v: unknown): unknown {
  if (typeof v === 'string') return v[0] === LIST_MARK ? v.slice(1).split(LIST_MARK) : v;
  if (Array.isArray(v)) return v.map(splitLists);
  if (v === null || typeof v !== 'object') return v;
  const o: Record<string, unknown> = {};
  for (const k in v) o[k] = splitLists((v as Record<string, unknown>)[k]);
  return o;
}

/** One regex source matching any of `alternatives`: how a rule's message list and the status shapes are joined. */
export const joinAlternatives = (alternatives: readonly string[]) => alternatives.map((a) => `(?:${a})`).join('|');
type Hit<K extends ScanHit['kind']> = Extract<ScanHit, { kind: K }>;

/**
 * One provider's markers of one kind (`what`). Wrappers (`GroqException`) are the exact-case markers:
 * written as they are, matched lower-cased; hosts and wordings are written as their literals.
 */
export type ProviderMarkers = readonly [Hit<'provider'>['provider'], Hit<'provider'>['layer'], string, readonly string[]];
/** The kind of provider marker whose hits keep the marker's exact case (generators/match-tables.ts). */
export const EXACT_MARKER = 'wrapper';

/**
 * Records stored by column: one list per field, in `fields` order. Neighbouring values of one
 * field (the same category, status or source again and again) compress better than rows (192
 * gzipped bytes of the paste box when it was measured, before the sections took their current order).
 */
export type Columns<T> = Array<{ readonly [K in keyof T]: ReadonlyArray<T[K]> | CodedColumn<T[K]> }[keyof T]>;
/**
 * A column of at most 26 distinct values (categories, severities, sources, actions, statuses),
 * stored as those values (`d`) and one letter per row naming its value's place (`i`, 'a' for the
 * first): a letter costs gzip less than a repeated word (135 gzipped bytes over the codes and
 * classes, decoding included).
 */
export interface CodedColumn<V> { d: readonly V[]; i: string }
const MAX_CODED = 26;
/** The fields of codes, in the column order that gzips smallest (measured: 12 gzipped bytes less than registry order). */
export const CODE_FIELDS = ['code', 'httpStatus', 'category', 'source', 'retryable', 'severity', 'action'] as const satisfies ReadonlyArray<keyof CodeInfo>;
export const CLASS_FIELDS = ['name', 'status', 'category'] as const satisfies ReadonlyArray<keyof ErrorClassInfo>;

/**
 * A code that starts with its source and a dash (`groq-rate-limit` from groq) is stored without the
 * source (`-rate-limit`): three quarters of the codes repeat their source (about 25 gzipped bytes).
 * No registry code starts with a dash (generators/pack-tables.ts refuses one).
 */
export const CODE_SOURCE_MARK = '-';
const withSource = (c: CodeInfo): CodeInfo => (c.code[0] === CODE_SOURCE_MARK ? { ...c, code: (c.source + c.code) as CodeInfo['code'] } : c);

export interface PackedTables extends Omit<MatchTables, 'rules' | 'scanner' | 'codes' | 'classes'> {
  /** The codes' fields as columns in CODE_FIELDS order, a code without its source when it starts with it (CODE_SOURCE_MARK). */
  codes: Columns<CodeInfo>;
  /** The error classes' fields as columns in CLASS_FIELDS order. */
  classes: Columns<ErrorClassInfo>;
  /** The anchor hits unpacking cannot rebuild from plain messages: each literal and the other rules it anchors. */
  anchorRules: { literals: readonly string[]; rules: ReadonlyArray<readonly number[]> };
  /** Each status's reason phrases (the literals its reason hits sit on), by status. */
  reasonPhrases: Readonly<Record<number, readonly string[]>>;
  /** Each provider outside this stack's markers (the literals its hits sit on), by name. */
  otherProviders: Readonly<Record<string, readonly string[]>>;
  /** Each category's wordings (its scanner literals), instead of one category hit per literal; its cues follow an empty string. */
  categoryPhrases: Partial<Record<ErrorCategory, readonly string[]>>;
  /** The provider markers, one list per provider and kind: a wrapper as written, any other as its literal. */
  providerMarkers: ReadonlyArray<ProviderMarkers>;
  /** Each code's match rules (parallel to `codes`), in registry order. */
  match: ReadonlyArray<readonly PackedRule[]>;
}

/**
 * A message alternative that is plain text: no regex syntax but a leading `^` and regex punctuation
 * escaped with a backslash (`\.`, `\(`). Its anchor (generators/anchors.ts) is that text without
 * the `^` and the backslashes, lower-cased, when it has at least 3 characters.
 */
const PLAIN = /^\^?(?:[^\\^$.|?*+()[\]{}]|\\[\\^$.|?*+()[\]{}/])+$/;

/** The anchor of a plain-text message alternative, or undefined (not plain text, or too short to anchor). */
function plainAnchor(alternative: string): string | undefined {
  if (!PLAIN.test(alternative)) return undefined;
  const text = alternative.replace(/^\^/, '').replace(/\\(.)/g, '$1').toLowerCase();
  return text.length >= 3 ? text : undefined;
}

/**
 * The anchors unpacking rebuilds for a rule from its message alternatives, which packing leaves out
 * (generators/pack-tables.ts checks that they are the rule's own). When every alternative is plain
 * text, all of them. When only some are, those, if the rule is `anchored`: it has stored anchors,
 * which it has only when each of its alternatives has one (generators/anchors.ts).
 */
export function rebuiltAnchors(message: readonly string[] | undefined, anchored: boolean): string[] {
  const anchors = (message ?? []).map(plainAnchor);
  const plain = anchors.filter((a) => a !== undefined);
  return anchored || plain.length === anchors.length ? [...new Set(plain)] : [];
}

/** Highest score first; a stable sort keeps registry order among equal scores. */
export function sortRules(rules: RuleRow[]): RuleRow[] {
  return rules.sort((a, b) => b.score - a.score);
}

/** Sets the anchors of rules that have none from the scanner: the literals whose anchor hits list the rule, in literal order. */
export function setAnchorsFromHits(scanner: MatchTables['scanner'], rules: readonly RuleRow[]): void {
  scanner.hits.forEach((list, literal) => {
    for (const h of list) {
      if (h.kind !== 'anchor') continue;
      for (const r of h.rules) ((rules[r] as { anchors?: string[] }).anchors ??= []).push(scanner.literals[literal]!);
    }
  });
}

/**
 * The scanner from the lists that stand for its hits: the provider markers, each class on its
 * lower-cased name, each category on its wordings, each status on its reason phrases, each outside
 * provider on its markers, then the anchor hits (`anchored`: literal to rule indices). The lists
 * are read in the order the generator adds the kinds of hit to a literal (generators/match-tables.ts
 * scannerOf), so appending gives each literal its hits in that order without sorting them (those
 * of one kind in list order; packTables refuses tables that do not come back as they were);
 * literals sorted as generated.
 */
function rebuiltScanner(classes: readonly ErrorClassInfo[], anchored: ReadonlyMap<string, readonly number[]>, p: Pick<PackedTables, 'providerMarkers' | 'categoryPhrases' | 'reasonPhrases' | 'otherProviders'>): MatchTables['scanner'] {
  const byLiteral = new Map<string, ScanHit[]>();
  const add = (literal: string, hit: ScanHit) => {
    const list = byLiteral.get(literal);
    if (list) list.push(hit);
    else byLiteral.set(literal, [hit]);
  };
  for (const [provider, layer, what, markers] of p.providerMarkers) {
    for (const m of markers) add(m.toLowerCase(), { kind: 'provider', provider, layer, what, exact: what === EXACT_MARKER ? m : null });
  }
  classes.forEach((c, cls) => add(c.name.toLowerCase(), { kind: 'class', cls, exact: c.name }));
  for (const [category, phrases] of Object.entries(p.categoryPhrases) as Array<[ErrorCategory, readonly string[]]>) {
    let cue: true | undefined; // set by the empty string before the cues
    for (const phrase of phrases) {
      if (phrase) add(phrase, { kind: 'category', category, cue });
      else cue = true;
    }
  }
  for (const [status, phrases] of Object.entries(p.reasonPhrases)) for (const phrase of phrases) add(phrase, { kind: 'reason', status: Number(status) });
  for (const [name, markers] of Object.entries(p.otherProviders)) for (const m of markers) add(m, { kind: 'other', name });
  for (const [literal, rules] of anchored) add(literal, { kind: 'anchor', rules });
  const sorted = [...byLiteral.keys()].sort();
  return { literals: sorted, hits: sorted.map((l) => byLiteral.get(l)!) };
}

/** The records stored as `columns`, field by field in the order `fields` names them. */
function fromColumns<T>(fields: readonly string[], columns: ReadonlyArray<readonly unknown[] | CodedColumn<unknown>>): T[] {
  const lists = columns.map((c) => ('i' in c ? [...c.i].map((letter) => c.d[letter.charCodeAt(0) - 97]) : c));
  return lists[0]!.map((_, row) => {
    const o: Record<string, unknown> = {};
    fields.forEach((f, i) => { o[f] = lists[i]![row]; });
    return o as T;
  });
}

/** The records' fields as columns, in the order `fields` names them (what fromColumns reads); few distinct values are coded. */
export function toColumns<T>(fields: ReadonlyArray<keyof T>, records: readonly T[]): Columns<T> {
  return fields.map((f) => {
    const values = records.map((r) => r[f]);
    const distinct = [...new Set(values)];
    if (distinct.length > MAX_CODED) return values;
    return { d: distinct, i: values.map((v) => String.fromCharCode(97 + distinct.indexOf(v))).join('') };
  }) as Columns<T>;
}

export function unpackTables(p: PackedTables): MatchTables {
  // `rest` is what the tables hold as stored; rebuiltScanner reads the hit lists from `p`.
  const { match, anchorRules, codes: packedCodes, classes: packedClasses, categoryPhrases, providerMarkers, reasonPhrases, otherProviders, ...rest } = p;
  const codes = fromColumns<CodeInfo>(CODE_FIELDS, packedCodes).map(withSource);
  const classes = fromColumns<ErrorClassInfo>(CLASS_FIELDS, packedClasses);
  // Each rule's message alternatives as stored, to rebuild the anchors of plain text from.
  const messages = new Map<RuleRow, readonly string[] | undefined>();
  const rules = sortRules(match.flatMap((list, entry) => {
    const tuples: unknown[][] = []; // the entry's rules, repeats and own values (PackedRule) read back
    return list.map((packed, rule) => {
      const tuple = tuples[rule] = packed.map((v, i) => (typeof v === 'number' ? (v ? tuples[rule - v]![i] : ownValue(codes[entry]!, i)) : v));
      const row: Record<string, unknown> = {};
      RULE_FIELDS.forEach((f, i) => { if (tuple[i] != null) row[f] = tuple[i]; });
      const message = row.message as readonly string[] | undefined;
      if (message) row.message = joinAlternatives(message);
      const full = { ...row, entry, rule, score: scoreOf(row as Omit<RuleRow, 'entry' | 'rule' | 'score'>) } as RuleRow;
      messages.set(full, message);
      return full;
    });
  }));
  const anchored = new Map(anchorRules.literals.map((l, i) => [l, [...anchorRules.rules[i]!]]));
  const withStoredAnchors = new Set(anchorRules.rules.flat());
  rules.forEach((r, i) => {
    for (const literal of rebuiltAnchors(messages.get(r), withStoredAnchors.has(i))) {
      // No rule is listed twice: a rule's stored anchors leave out the ones rebuilt here (packTables).
      (anchored.get(literal) ?? anchored.set(literal, []).get(literal)!).push(i);
    }
  });
  for (const list of anchored.values()) list.sort((a, b) => a - b);
  const scanner = rebuiltScanner(classes, anchored, p);
  setAnchorsFromHits(scanner, rules);
  return { ...rest, classes, scanner, codes, rules };
}
