// The stored form of the match tables (src/classify/packed-tables.ts explains what is left out and
// why). unpackTables(packTables(t)) gives t back; a test holds the two to that.
import type { PackedHit, PackedRule, PackedTables } from '../src/classify/packed-tables.js';
import type { MatchTables, ScanHit } from '../src/classify/types.js';

function packHit(h: ScanHit): PackedHit {
  switch (h.kind) {
    case 'anchor': return h.rules;
    case 'provider': return ['p', h.provider, h.layer, h.what, h.exact];
    case 'class': return ['k', h.cls];
    case 'category': return ['c', h.category];
    case 'reason': return ['r', h.status];
  }
}

export function packTables(t: MatchTables): PackedTables {
  const { rules, scanner, ...rest } = t;
  const match: PackedRule[][] = t.codes.map(() => []);
  for (const { entry, rule, score: _score, anchors: _anchors, ...row } of rules) match[entry]![rule] = row;
  const hits = scanner.hits.map((list) => list.map(packHit));
  return { ...rest, scanner: { literals: scanner.literals, hits }, match };
}
