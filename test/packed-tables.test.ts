// The stored (packed) match tables lose nothing: unpacking gives back exactly what the generator
// built from the registry, rule order, scores, anchors and hits included.
import { describe, expect, it } from 'vitest';
import { buildMatchTables } from '../generators/match-tables.js';
import { firstDifference, joinLists, packedSource, packTables, splitAlternatives } from '../generators/pack-tables.js';
import { loadRegistry } from '../registry/index.js';
import { CODE_FIELDS, RULE_FIELDS, rebuiltAnchors, splitLists, toColumns, unpackTables } from '../src/classify/packed-tables.js';
import { MATCH_TABLES } from '../src/generated/match-tables.js';
import type { ScanHit } from '../src/classify/types.js';

describe('packed match tables', () => {
  const built = buildMatchTables(loadRegistry());

  it('unpack(pack(tables)) is the tables the generator built', () => {
    expect(unpackTables(packTables(built))).toEqual(built);
  });

  it('writes each list of strings as one marked string and reads it back, empty items and nested lists included', () => {
    const packed = packTables(built);
    expect(splitLists(joinLists(packed))).toEqual(packed);
    expect(joinLists({ a: ['x', '', 'y'], b: [['p'], [1, 'q']], c: 'plain', d: [] })).toEqual({ a: '~x~~y', b: ['~p', [1, 'q']], c: 'plain', d: [] });
  });

  it('refuses a string the list mark would corrupt, naming where it is', () => {
    expect(() => joinLists({ phrases: ['fine', 'a~b'] })).toThrow(/tables\.phrases\[1\] "a~b" holds "~"/);
    expect(() => joinLists({ shapes: [1, '~x'] })).toThrow(/tables\.shapes\[1\] "~x" starts with "~"/);
  });

  it('the shipped module unpacks to the tables built from the current registry', () => {
    expect(MATCH_TABLES).toEqual(built);
  });

  it('codes a column of few distinct values as those values and one letter a row, and keeps a column of many as it is', () => {
    const rows = [{ name: 'a', status: 429 }, { name: 'b', status: null }, { name: 'c', status: 429 }];
    expect(toColumns(['name', 'status'], rows)).toEqual([{ d: ['a', 'b', 'c'], i: 'abc' }, { d: [429, null], i: 'aba' }]);
    const many = Array.from({ length: 27 }, (_, n) => ({ n }));
    expect(toColumns(['n'], many)).toEqual([many.map((r) => r.n)]);
    // The shipped codes store their categories coded: a letter a row, not the word again.
    const packed = packTables(built);
    const categories = packed.codes[CODE_FIELDS.indexOf('category')] as { d: string[]; i: string };
    expect(categories.i).toHaveLength(built.codes.length);
    expect(categories.d).toContain('RATE_LIMIT');
  });

  it('keeps the best-scored rule first and registry order among equal scores', () => {
    const rules = MATCH_TABLES.rules;
    for (let i = 1; i < rules.length; i++) {
      const [a, b] = [rules[i - 1]!, rules[i]!];
      expect(a.score > b.score || (a.score === b.score && (a.entry < b.entry || (a.entry === b.entry && a.rule < b.rule))), `${i}`).toBe(true);
    }
  });

  it('stores no field the runtime recomputes', () => {
    const packed = packTables(built);
    for (const list of packed.match) for (const row of list) expect(Object.keys(row)).not.toEqual(expect.arrayContaining(['entry']));
    expect(JSON.stringify(packed)).not.toContain('"anchors"');
    expect(JSON.stringify(packed)).not.toContain('"kind"');
  });

  it('leaves out the anchors of plain-text message alternatives, which unpacking rebuilds', () => {
    const packed = packTables(built);
    const alternatives = (r: number) => (built.rules[r]!.message === undefined ? undefined : splitAlternatives(built.rules[r]!.message!));
    const onlyPlainAnchors = built.scanner.literals.filter((_, i) => built.scanner.hits[i]!.every((h) => h.kind === 'anchor' && h.rules.every((r) => rebuiltAnchors(alternatives(r), false).length > 0)));
    expect(onlyPlainAnchors.length).toBeGreaterThan(50);
    for (const literal of onlyPlainAnchors) expect(packed.anchorRules.literals).not.toContain(literal);
    // A rule with regex syntax in its message keeps its anchors stored.
    expect(rebuiltAnchors(['Error code: 4\\d\\d'], false)).toEqual([]);
    expect(rebuiltAnchors(['Invalid model name passed in', 'No models configured on proxy'], false)).toEqual(['invalid model name passed in', 'no models configured on proxy']);
    // Escaped punctuation and a leading `^` are plain text too; an anchor shorter than 3 characters is not.
    expect(rebuiltAnchors(['^Request timed out\\.', 'tokens per day \\(TPD\\)', 'fallbacks=\\['], false)).toEqual(['request timed out.', 'tokens per day (tpd)', 'fallbacks=[']);
    expect(rebuiltAnchors(['^ok\\.'], false)).toEqual(['ok.']);
    expect(rebuiltAnchors(['^ok'], false)).toEqual([]);
    expect(rebuiltAnchors(['a^b'], false)).toEqual([]);
    expect(rebuiltAnchors(['\\bRequest aborted'], false)).toEqual([]);
  });

  it('rebuilds the plain alternatives of a rule that is not all plain text only when the rule has stored anchors', () => {
    const message = ['Streaming (?:request|setup) timeout after', '^Request timed out\\.'];
    expect(rebuiltAnchors(message, false)).toEqual([]);
    expect(rebuiltAnchors(message, true)).toEqual(['request timed out.']);
    const packed = packTables(built);
    // The kilo extension rule: only its one alternative with a group keeps its anchor stored.
    expect(packed.anchorRules.literals).toContain("is missing required '");
    expect(packed.anchorRules.literals).not.toContain("activating extension 'kilocode.kilo-code' failed");
    // Without the stored anchors, the rebuilt ones are gone too: the rule would read as unanchored.
    expect(unpackTables({ ...packed, anchorRules: { literals: [], rules: [] } }).rules.filter((r) => r.anchors).length)
      .toBe(built.rules.filter((r) => r.anchors && rebuiltAnchors(splitAlternatives(r.message!), false).length > 0).length);
  });

  it('refuses a rule whose anchors are not the ones unpacking would rebuild from its message', () => {
    const odd = structuredClone(built);
    const at = odd.rules.findIndex((r) => r.message !== undefined && rebuiltAnchors(splitAlternatives(r.message), false).length > 0);
    const rule = odd.rules[at]!;
    (rule as { anchors?: readonly string[] }).anchors = ['something else'];
    expect(() => packTables(odd)).toThrow(`packTables: rule ${rule.entry}/${rule.rule} (${odd.codes[rule.entry]!.code} match[${rule.rule}]) has plain-text messages anchored on`);
    delete (rule as { anchors?: readonly string[] }).anchors;
    expect(() => packTables(odd)).toThrow('but its anchors are []');
    // A rule partly plain text: its plain alternatives' anchors must be among its own.
    const partly = structuredClone(built);
    const mixed = partly.rules.find((r) => r.anchors && r.message !== undefined && rebuiltAnchors(splitAlternatives(r.message), false).length === 0 && rebuiltAnchors(splitAlternatives(r.message), true).length > 0)!;
    (mixed as { anchors?: readonly string[] }).anchors = ['only this'];
    expect(() => packTables(partly)).toThrow(`packTables: rule ${mixed.entry}/${mixed.rule} (${partly.codes[mixed.entry]!.code} match[${mixed.rule}]) has plain-text messages anchored on`);
  });

  it('stores category wordings once, as lists per category, and unpacking puts their hits back in generator order', () => {
    const packed = packTables(built);
    // Only anchor hits are stored as hits; the rest come back from their lists.
    expect(packed.anchorRules.rules.flat().every((r) => typeof r === 'number')).toBe(true);
    expect(packed.categoryPhrases.RATE_LIMIT).toContain('throttl');
    expect(packed.anchorRules.literals).not.toContain('throttl');
    // A literal that is also a provider's wording keeps its provider hit first, then the category's.
    const both = built.scanner.literals.findIndex((_, i) => built.scanner.hits[i]!.some((h) => h.kind === 'provider') && built.scanner.hits[i]!.some((h) => h.kind === 'category'));
    expect(both).toBeGreaterThanOrEqual(0);
    const unpacked = unpackTables(packed);
    expect(unpacked.scanner.hits[unpacked.scanner.literals.indexOf(built.scanner.literals[both]!)]!.map((h) => h.kind)).toEqual(built.scanner.hits[both]!.map((h) => h.kind));
    // Without the lists, the category hits are gone: the round trip depends on them.
    expect(unpackTables({ ...packed, categoryPhrases: {} })).not.toEqual(built);
  });

  it('stores reason phrases by status and outside providers\' markers by name, and unpacking puts their hits back', () => {
    const packed = packTables(built);
    expect(packed.reasonPhrases[502]).toContain('bad gateway');
    expect(packed.otherProviders.Anthropic).toContain('anthropicexception');
    const unpacked = unpackTables(packed);
    expect(unpacked.scanner.hits[unpacked.scanner.literals.indexOf('bad gateway')]).toContainEqual({ kind: 'reason', status: 502 });
    expect(unpackTables({ ...packed, reasonPhrases: {} })).not.toEqual(built);
    expect(unpackTables({ ...packed, otherProviders: {} })).not.toEqual(built);
  });

  it('refuses tables that unpacking would not give back, naming where they differ', () => {
    // Two reason hits on one literal come back in status order, not in the order given here.
    const odd = structuredClone(built);
    const at = odd.scanner.literals.indexOf('bad gateway');
    const hits = odd.scanner.hits as ScanHit[][];
    const reason = hits[at]!.findIndex((h) => h.kind === 'reason');
    hits[at]!.splice(reason, 0, { kind: 'reason', status: 599 });
    expect(() => packTables(odd)).toThrow(`packTables: unpacking would not give the tables back: they differ at .scanner.hits[${at}][${reason}].status`);
    expect(firstDifference({ a: [1, { b: 2, c: undefined }] }, { a: [1, { b: 2 }] })).toBeNull();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('.a[1].b');
  });

  it('writes a missing condition as a hole, which reads back as missing, and refuses a string that holds its marker', () => {
    const source = packedSource({ match: [[[429], undefined, '~rate limit']], codes: ['~a~b'] });
    const value = new Function(`return ${source};`)() as { match: unknown[][]; codes: string[] };
    expect(value.match[0]).toHaveLength(3);
    expect(1 in value.match[0]!).toBe(false);
    expect(value.match[0]![2]).toBe('~rate limit');
    expect(source).not.toContain('null');
    expect(() => packedSource({ codes: ['~a\u0000hole'] })).toThrow('a table string holds a NUL');
  });

  it('stores a rule as a tuple in RULE_FIELDS order, and refuses a condition with no place in it', () => {
    const packed = packTables(built);
    const rows = packed.match.flat();
    expect(rows.every((r) => Array.isArray(r) && r.length <= RULE_FIELDS.length && r.at(-1) != null)).toBe(true);
    const odd = structuredClone(built);
    (odd.rules[0] as unknown as Record<string, unknown>).bogus = ['x'];
    expect(() => packTables(odd)).toThrow('rule condition "bogus" has no place in RULE_FIELDS');
  });

  it('stores a code that starts with its source without the source, and refuses a code that starts with the mark', () => {
    const packed = packTables(built);
    const codes = (packed.codes[CODE_FIELDS.indexOf('code')] as readonly string[]);
    expect(codes).toContain('-rate-limit');
    expect(codes).not.toContain('groq-rate-limit');
    expect(unpackTables(packed).codes.map((c) => c.code)).toContain('groq-rate-limit');
    const odd = structuredClone(built);
    (odd.codes[0] as { code: string }).code = '-odd';
    expect(() => packTables(odd)).toThrow('packTables: code "-odd" starts with "-", which marks a code stored without its source');
  });

  it('stores a rule\'s own status, provider and code as 0, a condition an earlier rule of its entry has as the distance to it', () => {
    const packed = packTables(built);
    const at = (f: (typeof RULE_FIELDS)[number]) => RULE_FIELDS.indexOf(f);
    const entry = built.codes.findIndex((c) => c.code === 'groq-rate-limit');
    const own = built.rules.filter((r) => r.entry === entry && r.status?.join() === '429' && r.provider?.join() === 'groq');
    expect(own.length).toBeGreaterThan(0);
    for (const r of own) {
      expect(packed.match[entry]![r.rule]![at('status')]).toBe(0);
      expect(packed.match[entry]![r.rule]![at('provider')]).toBe(0);
    }
    const errno = built.codes.findIndex((c) => c.code === 'ECONNREFUSED');
    expect(packed.match[errno]![0]![at('errno')]).toBe(0);
    // Every number is a repeat of a rule before it in the entry, or 0.
    const repeats = packed.match.flatMap((list) => list.flatMap((r, rule) => r.filter((v) => typeof v === 'number' && v > 0).map((v) => ({ back: v as number, rule }))));
    expect(repeats.length).toBeGreaterThan(50);
    expect(repeats.every(({ back, rule }) => back <= rule)).toBe(true);
    expect(JSON.stringify(packed.match)).not.toContain('["groq"]');
    const odd = structuredClone(built);
    (odd.rules[0] as unknown as Record<string, unknown>).code = 5;
    expect(() => packTables(odd)).toThrow('which would read as a repeat');
  });

  it('refuses provider hits it could not give back: two literals in opposite orders, an exact marker that is not its literal or not a wrapper', () => {
    const crossed = structuredClone(built);
    const groq = { kind: 'provider', provider: 'groq', layer: 'upstream', what: 'host', exact: null } as const;
    const openai = { kind: 'provider', provider: 'openai', layer: 'upstream', what: 'host', exact: null } as const;
    const crossedHits = crossed.scanner.hits as ScanHit[][];
    crossedHits[0] = [groq, openai];
    crossedHits[1] = [openai, groq];
    expect(() => packTables(crossed)).toThrow('provider markers: two literals list the same providers in opposite orders');
    const miscased = structuredClone(built);
    (miscased.scanner.hits as ScanHit[][])[0] = [{ ...groq, what: 'wrapper', exact: 'SomethingElse' }];
    expect(() => packTables(miscased)).toThrow(`provider marker SomethingElse is not its literal ${built.scanner.literals[0]}`);
    const exactHost = structuredClone(built);
    (exactHost.scanner.hits as ScanHit[][])[0] = [{ ...groq, exact: built.scanner.literals[0]! }];
    expect(() => packTables(exactHost)).toThrow(`provider marker ${built.scanner.literals[0]} (groq host): only a wrapper keeps its exact case, and it always does`);
  });

  it('stores provider markers as lists per provider and kind, exact-case wrappers as written', () => {
    const packed = packTables(built);
    const groqWrappers = packed.providerMarkers.find(([p, , what]) => p === 'groq' && what === 'wrapper');
    expect(groqWrappers?.[3]).toContain('GroqException');
    expect(packed.anchorRules.literals).not.toContain('groqexception');
    const unpacked = unpackTables(packed);
    const hit = unpacked.scanner.hits[unpacked.scanner.literals.indexOf('groqexception')]!.find((h) => h.kind === 'provider');
    expect(hit).toEqual({ kind: 'provider', provider: 'groq', layer: 'upstream', what: 'wrapper', exact: 'GroqException' });
    // Every literal with several provider hits gets them back in the generator's order.
    const several = built.scanner.hits.filter((l) => l.filter((h) => h.kind === 'provider').length > 1).length;
    expect(several).toBeGreaterThan(0);
    expect(unpacked.scanner).toEqual(built.scanner);
    expect(unpackTables({ ...packed, providerMarkers: [] })).not.toEqual(built);
  });
});
