// Finds every literal of the scanner's list at every position of a text, ignoring ASCII case, in
// one pass. A q-gram filter, as in Wu-Manber or Hyperscan's FDR: the last Q characters (Q = the
// shortest literal's length, at most 4) form a key; a 4 KiB bitset of the keys that begin some
// literal rejects almost every position with one lookup. Many literals share their first four
// characters ("request", "error", "openai"), so each candidate is then checked against the next
// four characters as one integer, and only the survivors are compared in full.
// An Aho-Corasick automaton did the same work, but its transition table (800 KiB for the
// registry's 483 literals) missed the CPU cache on nearly every character and cost 3x more.

export interface LiteralScanner {
  /** Key width in characters. */
  q: number;
  /** Character code (0..127) -> 8-bit class, ASCII case folded; 0 for a character no literal uses. */
  ascii: Uint8Array;
  /** Classes of the non-ASCII characters the literals use. */
  high: ReadonlyMap<number, number>;
  /** False when the literals use more than 255 distinct characters and some share a class: hits are then compared whole. */
  classesExact: boolean;
  /** Bit `hash(key)` is set when some literal begins with the Q characters of `key`. */
  filter: Int32Array;
  /** The literals (by id) that begin with each key. */
  byKey: ReadonlyMap<number, readonly number[]>;
  /** By literal id: the classes of its characters Q..Q+3 packed like a key, and the mask of those it has. */
  next: Uint32Array;
  nextMask: Uint32Array;
  /** The literals, ASCII-lower-cased. */
  literals: readonly string[];
}

const FILTER_BITS = 15;
const fold = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);
const hash = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);

export function buildLiteralScanner(literals: readonly string[]): LiteralScanner {
  const lowered = literals.map((l) => l.replace(/[A-Z]/g, (c) => c.toLowerCase()));
  const q = Math.max(1, Math.min(4, ...lowered.map((l) => l.length)));
  const ascii = new Uint8Array(128);
  const high = new Map<number, number>();
  let nextClass = 1;
  let shared = false;
  const newClass = (c: number) => {
    if (nextClass <= 255) return nextClass++;
    shared = true;
    return 1 + (c % 255);
  };
  const classOf = (c: number): number => {
    if (c < 128) return (ascii[c] ||= newClass(c));
    let k = high.get(c);
    if (k === undefined) high.set(c, (k = newClass(c)));
    return k;
  };
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  const byKey = new Map<number, number[]>();
  const next = new Uint32Array(lowered.length);
  const nextMask = new Uint32Array(lowered.length);
  lowered.forEach((lit, id) => {
    if (lit.length === 0) return;
    let key = 0;
    for (let i = 0; i < q; i++) key = ((key << 8) | classOf(lit.charCodeAt(i))) >>> 0;
    for (let j = 0; j < 4; j++) {
      const c = q + j < lit.length ? classOf(lit.charCodeAt(q + j)) : 0;
      next[id] = ((next[id]! << 8) | c) >>> 0;
      nextMask[id] = ((nextMask[id]! << 8) | (c === 0 ? 0 : 0xff)) >>> 0;
    }
    const h = hash(key);
    filter[h >>> 5]! |= 1 << (h & 31);
    const ids = byKey.get(key);
    if (ids) ids.push(id);
    else byKey.set(key, [id]);
  });
  // Upper-case ASCII letters take their lower-case letter's class.
  for (let c = 65; c <= 90; c++) ascii[c] = ascii[c | 32]!;
  return { q, ascii, high, classesExact: !shared, filter, byKey, next, nextMask, literals: lowered };
}

/** Whether `text` holds `literal` (lower-case) at `start`, ignoring ASCII case, from its `from`th character on. */
function holdsAt(text: string, start: number, literal: string, from: number): boolean {
  if (start + literal.length > text.length) return false;
  for (let j = from; j < literal.length; j++) {
    if (fold(text.charCodeAt(start + j)) !== literal.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * Calls `found(literalId, endIndex)` for every occurrence, ordered by where it ends (and, among
 * those ending together, longest first): the order an Aho-Corasick scan reports them in.
 */
export function runLiteralScanner(s: LiteralScanner, text: string, found: (id: number, end: number) => void): void {
  const { q, ascii, high, filter, byKey, next, nextMask, literals } = s;
  const anyHigh = high.size > 0;
  const verifyFrom = s.classesExact ? q + 4 : 0;
  const classAt = (i: number) => {
    if (i >= text.length) return 0;
    const c = text.charCodeAt(i);
    return c < 128 ? ascii[c]! : anyHigh ? high.get(c) ?? 0 : 0;
  };
  const mask = q === 4 ? 0xffffffff : (1 << (8 * q)) - 1;
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
    const ids = byKey.get(key >>> 0);
    if (ids === undefined) continue;
    const start = i - q + 1;
    const following = ((classAt(i + 1) << 24) | (classAt(i + 2) << 16) | (classAt(i + 3) << 8) | classAt(i + 4)) >>> 0;
    for (const id of ids) {
      if (((following & nextMask[id]!) >>> 0) !== next[id]) continue;
      const lit = literals[id]!;
      if (lit.length <= verifyFrom || holdsAt(text, start, lit, verifyFrom)) (hits ??= []).push(start + lit.length - 1, id);
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
