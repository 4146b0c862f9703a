// The stored form of the match tables (src/classify/packed-tables.ts explains what is left out and
// why). unpackTables(packTables(t)) gives t back; a test holds the two to that.
import { CLASS_FIELDS, CODE_FIELDS, plainAnchors, type PackedClass, type PackedCode, type PackedHit, type PackedRule, type PackedTables } from '../src/classify/packed-tables.js';
import type { MatchTables, ScanHit } from '../src/classify/types.js';

function packHit(h: ScanHit): PackedHit {
  switch (h.kind) {
    case 'anchor': return h.rules;
    case 'provider': return ['p', h.provider, h.layer, h.what, h.exact];
    case 'class': return ['k', h.cls];
    case 'category': return ['c', h.category];
    case 'reason': return ['r', h.status];
    case 'other': return ['o', h.name];
  }
}

/** The alternatives joinAlternatives joined: pieces that join back to the same pattern, even if one holds `)|(?:` itself. */
export const splitAlternatives = (pattern: string) => pattern.slice(3, -1).split(')|(?:');

/** A message pattern as the list joinAlternatives joined (the brackets cost bytes). */
function packMessage<R extends { message?: string }>(row: R): PackedRule {
  if (row.message === undefined) return row as PackedRule;
  return { ...row, message: splitAlternatives(row.message) } as PackedRule;
}

export function packTables(t: MatchTables): PackedTables {
  const { rules, scanner, ...rest } = t;
  const match: PackedRule[][] = t.codes.map(() => []);
  const plain = new Set<number>();
  rules.forEach(({ entry, rule, score: _score, anchors: _anchors, ...row }, i) => {
    const packed = match[entry]![rule] = packMessage(row);
    if (plainAnchors(packed.message as readonly string[] | undefined)) plain.add(i);
  });
  // A class hit sits on its class's own name, lower-cased: unpacking puts it back, so neither the
  // hit nor a literal left with no other hit is stored (the names are in `classes` already).
  // So is a plain rule's anchor hit: unpacking rebuilds it from the rule's message (plainAnchors),
  // and a category hit, from the category's list of wordings.
  const categoryPhrases: PackedTables['categoryPhrases'] = {};
  scanner.literals.forEach((literal, i) => {
    for (const h of scanner.hits[i]!) if (h.kind === 'category') ((categoryPhrases[h.category] ??= []) as string[]).push(literal);
  });
  const packable = (h: ScanHit): ScanHit | null => {
    if (h.kind === 'class' || h.kind === 'category') return null;
    if (h.kind !== 'anchor') return h;
    const left = h.rules.filter((r) => !plain.has(r));
    return left.length > 0 ? { ...h, rules: left } : null;
  };
  const kept = scanner.literals.map((literal, i) => ({ literal, hits: scanner.hits[i]!.map(packable).filter((h) => h !== null).map(packHit) }))
    .filter((l) => l.hits.length > 0);
  const codes = t.codes.map((c) => CODE_FIELDS.map((f) => c[f]) as unknown as PackedCode);
  const classes = t.classes.map((c) => CLASS_FIELDS.map((f) => c[f]) as unknown as PackedClass);
  return { ...rest, codes, classes, scanner: { literals: kept.map((l) => l.literal), hits: kept.map((l) => l.hits) }, categoryPhrases, match };
}
