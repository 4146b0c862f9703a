// The stored form of the match tables (src/classify/packed-tables.ts explains what is left out and
// why). unpackTables(packTables(t)) gives t back; a test holds the two to that.
import { CLASS_FIELDS, CODE_FIELDS, CODE_SOURCE_MARK, EXACT_MARKER, LIST_MARK, ownValue, RULE_FIELDS, rebuiltAnchors, toColumns, unpackTables, type EveryConditionPlaced, type PackedRule, type PackedTables, type ProviderMarkers } from '../src/classify/packed-tables.js';
import type { CodeInfo, ErrorCategory, MatchTables, ScanHit } from '../src/classify/types.js';

/** The alternatives joinAlternatives joined: pieces that join back to the same pattern, even if one holds `)|(?:` itself. */
export const splitAlternatives = (pattern: string) => pattern.slice(3, -1).split(')|(?:');

// Fails to compile when a condition of conditions.ts has no place in RULE_FIELDS.
const everyConditionPlaced: EveryConditionPlaced = true;
void everyConditionPlaced;

/**
 * A rule as its RULE_FIELDS tuple: a message pattern as the list joinAlternatives joined (the
 * brackets cost bytes), undefined for a condition the rule lacks (packedSource writes it as a hole).
 */
function packRow<R extends { message?: string }>(row: R): PackedRule {
  const packed: Record<string, unknown> = { ...row };
  if (row.message !== undefined) packed.message = splitAlternatives(row.message);
  const unknownKey = Object.keys(packed).find((k) => !(RULE_FIELDS as readonly string[]).includes(k));
  if (unknownKey) throw new Error(`packTables: rule condition "${unknownKey}" has no place in RULE_FIELDS`);
  const tuple = RULE_FIELDS.map((f) => packed[f]);
  while (tuple.length > 0 && tuple[tuple.length - 1] === undefined) tuple.pop();
  return tuple;
}

/** `keys` so that each comes before every key `after` lists for it; otherwise as given (Kahn's algorithm). */
function inOrder(keys: readonly string[], after: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const before = new Map(keys.map((k) => [k, 0]));
  for (const next of after.values()) for (const k of next) before.set(k, before.get(k)! + 1);
  const out: string[] = [];
  const ready = keys.filter((k) => before.get(k) === 0);
  while (ready.length > 0) {
    const k = ready.shift()!;
    out.push(k);
    for (const n of after.get(k) ?? []) if (before.set(n, before.get(n)! - 1).get(n) === 0) ready.push(n);
  }
  if (out.length !== keys.length) throw new Error('provider markers: two literals list the same providers in opposite orders');
  return out;
}

type ProviderHit = Extract<ScanHit, { kind: 'provider' }>;

/** Each category's wordings, then (after an empty string) its cues: the literals its category hits sit on. */
function categoryPhraseLists(scanner: MatchTables['scanner']): PackedTables['categoryPhrases'] {
  const wordings: Partial<Record<ErrorCategory, string[]>> = {};
  const cues: Partial<Record<ErrorCategory, string[]>> = {};
  scanner.literals.forEach((literal, i) => {
    for (const h of scanner.hits[i]!) if (h.kind === 'category') ((h.cue ? cues : wordings)[h.category] ??= []).push(literal);
  });
  const lists: PackedTables['categoryPhrases'] = {};
  for (const [category, list] of Object.entries(wordings) as Array<[ErrorCategory, string[]]>) {
    const own = cues[category];
    lists[category] = own ? [...list, '', ...own] : list;
  }
  return lists;
}

/** The literals that the hits of one kind sit on, listed under each hit's key (its status, its name). */
function literalsByKey<K extends 'reason' | 'other'>(scanner: MatchTables['scanner'], kind: K, keyOf: (h: Extract<ScanHit, { kind: K }>) => string | number): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  scanner.literals.forEach((literal, i) => {
    for (const h of scanner.hits[i]!) if (h.kind === kind) (lists[keyOf(h as Extract<ScanHit, { kind: K }>)] ??= []).push(literal);
  });
  return lists;
}

/**
 * Each provider's markers of one kind (a wrapper as written, any other as its literal; unpacking
 * gives wrappers, and only them, their exact case).
 * Unpacking appends each list's hits in list order, so the lists go in an order every literal's
 * provider hits agree with (the generator's: provider by provider, one kind after another).
 */
function providerMarkerLists(scanner: MatchTables['scanner']): ProviderMarkers[] {
  const keyOf = (h: ProviderHit) => `${h.provider}|${h.what}|${h.layer}`;
  const markers = new Map<string, ProviderMarkers>();
  const after = new Map<string, Set<string>>();
  scanner.literals.forEach((literal, i) => {
    const hits = scanner.hits[i]!.filter((h): h is ProviderHit => h.kind === 'provider');
    hits.forEach((hit, k) => {
      if ((hit.exact !== null) !== (hit.what === EXACT_MARKER)) throw new Error(`provider marker ${hit.exact ?? literal} (${hit.provider} ${hit.what}): only a ${EXACT_MARKER} keeps its exact case, and it always does`);
      if (hit.exact !== null && hit.exact.toLowerCase() !== literal) throw new Error(`provider marker ${hit.exact} is not its literal ${literal}`);
      const key = keyOf(hit);
      if (!markers.has(key)) markers.set(key, [hit.provider, hit.layer, hit.what, []]);
      (markers.get(key)![3] as string[]).push(hit.exact ?? literal);
      const prior = k > 0 ? keyOf(hits[k - 1]!) : key;
      if (prior !== key) (after.get(prior) ?? after.set(prior, new Set()).get(prior)!).add(key);
    });
  });
  return inOrder([...markers.keys()], after).map((k) => markers.get(k)!);
}

/** A code as stored: without its source when it starts with the source and a dash (unpacking puts the source back). */
function shortCode(c: CodeInfo): CodeInfo {
  if (c.code.startsWith(CODE_SOURCE_MARK)) throw new Error(`packTables: code "${c.code}" starts with "${CODE_SOURCE_MARK}", which marks a code stored without its source`);
  const prefix = c.source + CODE_SOURCE_MARK;
  return c.code.startsWith(prefix) ? { ...c, code: c.code.slice(c.source.length) as CodeInfo['code'] } : c;
}

/** Where `a` and `b` first differ as JSON would write them (key order and undefined properties aside), or null. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b)) return null;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return path || '(the whole)';
  const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined).sort();
  const [ka, kb] = [keys(a), keys(b)];
  if (ka.join('\n') !== kb.join('\n')) return `${path} (keys ${ka.join(',')} / ${kb.join(',')})`;
  for (const k of ka) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
    if (d !== null) return d;
  }
  return null;
}

/** The stored form of `t`; refuses tables that unpacking would not give back as they are. */
export function packTables(t: MatchTables): PackedTables {
  const packed = packedForm(t);
  const wrong = firstDifference(unpackTables(packed), t);
  if (wrong !== null) throw new Error(`packTables: unpacking would not give the tables back: they differ at ${wrong}`);
  return packed;
}

function packedForm(t: MatchTables): PackedTables {
  const { rules, scanner, ...rest } = t;
  const match: PackedRule[][] = t.codes.map(() => []);
  // Each rule's anchors that unpacking cannot rebuild from its message (rebuiltAnchors): the ones stored.
  const stored = rules.map(({ entry, rule, score: _score, anchors = [], ...row }) => {
    const packed = match[entry]![rule] = packRow(row);
    const message = packed[RULE_FIELDS.indexOf('message')] as readonly string[] | undefined;
    const always = rebuiltAnchors(message, false);
    const ifAnchored = rebuiltAnchors(message, anchors.length > 0);
    const own = new Set(anchors);
    const where = `packTables: rule ${entry}/${rule} (${t.codes[entry]!.code} match[${rule}])`;
    if (ifAnchored.some((a) => !own.has(a)) || (always.length > 0 && always.length !== own.size)) {
      throw new Error(`${where} has plain-text messages anchored on ${JSON.stringify(ifAnchored)}, but its anchors are ${JSON.stringify(anchors)}`);
    }
    const rest = anchors.filter((a) => !ifAnchored.includes(a));
    // A rule that is not all plain text keeps at least one anchor stored: that tells unpacking it is anchored.
    return always.length > 0 ? [] : rest.length > 0 ? rest : anchors;
  });
  // The entry's own value alone as 0, a condition an earlier rule of the entry repeats as the
  // distance to the nearest such rule (PackedRule).
  const withRepeats = match.map((list, entry) => list.map((tuple, rule) => tuple.map((v, i) => {
    if (v === undefined) return v;
    if (typeof v === 'number') throw new Error(`packTables: rule ${rule} of ${t.codes[entry]!.code} stores a number as ${RULE_FIELDS[i]}, which would read as a repeat`);
    const same = JSON.stringify(v);
    if (same === JSON.stringify(ownValue(t.codes[entry]!, i))) return 0;
    for (let before = rule - 1; before >= 0; before--) if (JSON.stringify(list[before]![i]) === same) return rule - before;
    return v;
  })));
  // Every hit but the anchors above comes back from a list: the class list, the rules' messages,
  // the category, reason and outside-provider lists and the provider markers.
  const anchors = scanner.literals.map((literal, i) => ({ literal, rules: scanner.hits[i]!.flatMap((h) => (h.kind === 'anchor' ? h.rules.filter((r) => stored[r]!.includes(literal)) : [])) }))
    .filter((l) => l.rules.length > 0);
  // The keys in the order that gzips smallest (measured by moving one key at a time: sections that
  // share words sit together; measured again once the rules stored repeats as numbers, 45 bytes).
  return {
    bareStatus: rest.bareStatus,
    statusShapes: rest.statusShapes,
    categories: rest.categories,
    otherProviders: literalsByKey(scanner, 'other', (h) => h.name),
    providerPrecedence: rest.providerPrecedence,
    providerHeaders: rest.providerHeaders,
    providerPatterns: rest.providerPatterns,
    categoryPhrases: categoryPhraseLists(scanner),
    anchorRules: { literals: anchors.map((l) => l.literal), rules: anchors.map((l) => l.rules) },
    reasonPhrases: literalsByKey(scanner, 'reason', (h) => h.status),
    codes: toColumns(CODE_FIELDS, t.codes.map(shortCode)),
    classes: toColumns(CLASS_FIELDS, t.classes),
    providerMarkers: providerMarkerLists(scanner),
    match: withRepeats,
  };
}

/**
 * The tables as the generated module writes them: each list of strings as one string (splitLists
 * reads it back). `where` names the place in the tables of a string the mark would corrupt.
 */
export function joinLists(v: unknown, where = 'tables'): unknown {
  if (typeof v === 'string') {
    if (v.startsWith(LIST_MARK)) throw new Error(`joinLists: ${where} ${JSON.stringify(v)} starts with "${LIST_MARK}", which marks a joined list`);
    return v;
  }
  if (Array.isArray(v)) {
    if (v.length === 0 || !v.every((x) => typeof x === 'string')) return v.map((x, i) => joinLists(x, `${where}[${i}]`));
    const bad = v.findIndex((x) => x.includes(LIST_MARK));
    if (bad >= 0) throw new Error(`joinLists: ${where}[${bad}] ${JSON.stringify(v[bad])} holds "${LIST_MARK}", which separates a joined list`);
    return LIST_MARK + v.join(LIST_MARK);
  }
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, joinLists(x, `${where}.${k}`)]));
}

/** Stands for a hole while JSON.stringify writes the tables; no table string holds a NUL. */
const HOLE = '\u0000hole';

/**
 * The source of the stored tables: JSON.stringify(v, null, 1), with a hole for each undefined
 * element of an array (a packed rule's missing conditions): `["~invalid_api_key", 3, , [401]]`.
 * gzip spends about 100 bytes more on `null`s than on the bare commas, and unpacking reads a hole
 * as it would read null.
 */
export function packedSource(v: unknown): string {
  const json = JSON.stringify(v, function (this: unknown, _key, x: unknown) {
    if (typeof x === 'string' && x.includes('\u0000')) throw new Error(`packedSource: a table string holds a NUL: ${JSON.stringify(x)}`);
    return x === undefined && Array.isArray(this) ? HOLE : x;
  }, 1);
  return json.replaceAll(JSON.stringify(HOLE), '');
}
