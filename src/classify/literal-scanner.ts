// Finds every literal of the scanner's list at every position of a text, ignoring ASCII case, in
// one pass. A q-gram filter, as in Wu-Manber or Hyperscan's FDR: each literal is indexed by one of
// its Q-character pieces (Q = the shortest literal's length, at most 4), the piece fewest other
// literals share ("rate limit exceeded for team" by " tea", not by "rate", which a dozen begin with);
// the last Q characters of the text form a key, a 4 KiB bitset of the indexed keys rejects almost
// every position with one lookup, and the few literals behind a key are compared in full. An
// Aho-Corasick automaton did the same work with an 800 KiB table that missed the CPU cache on
// nearly every character, and took 20 ms to build where this takes 1.

export interface LiteralScanner {
  /** Key width in characters. */
  q: number;
  /** Character code (0..127) -> 8-bit class, ASCII case folded; 0 for a character no literal uses. */
  ascii: Uint8Array;
  /** Classes of the non-ASCII characters the literals use. */
  high: ReadonlyMap<number, number>;
  /** Bit `hash(key)` is set when some literal is indexed by `key`. */
  filter: Int32Array;
  /** By key: pairs of (literal id, offset of the indexed piece in the literal). */
  byKey: ReadonlyMap<number, readonly number[]>;
  /** The literals, ASCII-lower-cased. */
  literals: readonly string[];
}

const FILTER_BITS = 15;
const fold = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);
const hash = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);

/** For each literal, the offset of its piece of length `q` that the fewest literals contain. */
function rarestPieces(literals: readonly string[], q: number): number[] {
  const shared = new Map<string, number>();
  for (const lit of literals) {
    for (const piece of new Set(Array.from({ length: lit.length - q + 1 }, (_, k) => lit.slice(k, k + q)))) shared.set(piece, (shared.get(piece) ?? 0) + 1);
  }
  return literals.map((lit) => {
    let best = 0;
    if (lit.length < q) return best;
    for (let k = 1; k + q <= lit.length; k++) if (shared.get(lit.slice(k, k + q))! < shared.get(lit.slice(best, best + q))!) best = k;
    return best;
  });
}

export function buildLiteralScanner(literals: readonly string[]): LiteralScanner {
  const lowered = literals.map((l) => l.replace(/[A-Z]/g, (c) => c.toLowerCase()));
  const q = Math.max(1, Math.min(4, ...lowered.filter((l) => l.length > 0).map((l) => l.length)));
  const ascii = new Uint8Array(128);
  const high = new Map<number, number>();
  let nextClass = 1;
  // Past 255 distinct characters, classes are shared; keys then only filter, and the full comparison decides.
  const newClass = (c: number) => (nextClass <= 255 ? nextClass++ : 1 + (c % 255));
  const classOf = (c: number): number => {
    if (c < 128) return (ascii[c] ||= newClass(c));
    let k = high.get(c);
    if (k === undefined) high.set(c, (k = newClass(c)));
    return k;
  };
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  const byKey = new Map<number, number[]>();
  const offsets = rarestPieces(lowered, q);
  lowered.forEach((lit, id) => {
    if (lit.length === 0) return; // an empty literal is found nowhere
    const at = offsets[id]!;
    let key = 0;
    for (let i = at; i < at + q; i++) key = ((key << 8) | classOf(lit.charCodeAt(i))) >>> 0;
    const h = hash(key);
    filter[h >>> 5]! |= 1 << (h & 31);
    const entries = byKey.get(key);
    if (entries) entries.push(id, at);
    else byKey.set(key, [id, at]);
  });
  // Upper-case ASCII letters take their lower-case letter's class.
  for (let c = 65; c <= 90; c++) ascii[c] = ascii[c | 32]!;
  return { q, ascii, high, filter, byKey, literals: lowered };
}

/** Whether `text` holds `literal` (lower-case) at `start`, ignoring ASCII case. */
function holdsAt(text: string, start: number, literal: string): boolean {
  if (start + literal.length > text.length) return false;
  for (let j = 0; j < literal.length; j++) {
    if (fold(text.charCodeAt(start + j)) !== literal.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * Calls `found(literalId, endIndex)` for every occurrence, ordered by where it ends (and, among
 * those ending together, longest first): the order an Aho-Corasick scan reports them in.
 */
export function runLiteralScanner(s: LiteralScanner, text: string, found: (id: number, end: number) => void): void {
  const { q, ascii, high, filter, byKey, literals } = s;
  const mask = q === 4 ? 0xffffffff : (1 << (8 * q)) - 1;
  const anyHigh = high.size > 0;
  let key = 0;
  let run = 0; // characters since the last one no literal uses
  let hits: number[] | undefined; // pairs: end, id
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ascii[c]! : anyHigh ? high.get(c) ?? 0 : 0;
    if (cls === 0) { run = 0; continue; }
    key = ((key << 8) | cls) & mask;
    if (++run < q) continue;
    const h = hash(key >>> 0);
    if ((filter[h >>> 5]! & (1 << (h & 31))) === 0) continue;
    const entries = byKey.get(key >>> 0);
    if (entries === undefined) continue;
    for (let k = 0; k < entries.length; k += 2) {
      const id = entries[k]!;
      const lit = literals[id]!;
      const start = i - q + 1 - entries[k + 1]!;
      if (start >= 0 && holdsAt(text, start, lit)) (hits ??= []).push(start + lit.length - 1, id);
    }
  }
  if (hits === undefined) return;
  if (hits.length > 2) sortByEnd(hits, literals);
  for (let k = 0; k < hits.length; k += 2) found(hits[k + 1]!, hits[k]!);
}

/** Sorts (end, id) pairs by end, then longest literal first; an insertion sort, as hits are few. */
function sortByEnd(pairs: number[], literals: readonly string[]): void {
  for (let i = 2; i < pairs.length; i += 2) {
    const end = pairs[i]!;
    const id = pairs[i + 1]!;
    const length = literals[id]!.length;
    let j = i - 2;
    while (j >= 0 && (pairs[j]! > end || (pairs[j] === end && literals[pairs[j + 1]!]!.length < length))) {
      pairs[j + 2] = pairs[j]!;
      pairs[j + 3] = pairs[j + 1]!;
      j -= 2;
    }
    pairs[j + 2] = end;
    pairs[j + 3] = id;
  }
}
