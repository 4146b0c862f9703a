// An Aho-Corasick automaton over the scanner's literals: one pass over the text finds every
// literal at every position, case-insensitively (ASCII letters are folded). Built once per table
// set, on first use, from the generated literal list; the alphabet is compressed to the characters
// the literals use, so the transition table stays small.

export interface Automaton {
  /** Transition table: state * width + class -> next state. */
  next: Uint16Array | Uint32Array;
  width: number;
  /** Character code (0..127) -> class; 0 for a character no literal uses. */
  classes: Uint16Array;
  /** Classes of the non-ASCII characters the literals use. */
  high: ReadonlyMap<number, number>;
  /**
   * States are numbered so that those where a literal ends come last, from `firstOut` on: the scan
   * tests one number per character instead of reading the output table. For such a state s, the ids
   * of the literals ending there are outIds[outStart[s - firstOut]] up to outStart[s - firstOut + 1].
   */
  firstOut: number;
  outStart: Uint32Array;
  outIds: Uint32Array;
}

const fold = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);

export function buildAutomaton(literals: readonly string[]): Automaton {
  const classes = new Uint16Array(128);
  const high = new Map<number, number>();
  let width = 1;
  for (const lit of literals) {
    for (let i = 0; i < lit.length; i++) {
      const c = fold(lit.charCodeAt(i));
      if (c < 128) { if (classes[c] === 0) classes[c] = width++; }
      else if (!high.has(c)) high.set(c, width++);
    }
  }
  const classOf = (c: number) => (c < 128 ? classes[fold(c)]! : high.get(c) ?? 0);
  // Trie.
  const children: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  literals.forEach((lit, id) => {
    let s = 0;
    for (let i = 0; i < lit.length; i++) {
      const k = classOf(lit.charCodeAt(i));
      let n = children[s]!.get(k);
      if (n === undefined) { n = children.length; children.push(new Map()); ends.push([]); children[s]!.set(k, n); }
      s = n;
    }
    ends[s]!.push(id);
  });
  const states = children.length;
  const next = states < 65536 ? new Uint16Array(states * width) : new Uint32Array(states * width);
  const fail = new Uint32Array(states);
  // Breadth-first: each state's transitions are its trie children, else its failure state's.
  const queue: number[] = [];
  for (let k = 0; k < width; k++) {
    const n = children[0]!.get(k);
    if (n !== undefined) { next[k] = n; queue.push(n); }
  }
  for (let h = 0; h < queue.length; h++) {
    const s = queue[h]!;
    const f = fail[s]!;
    for (const id of ends[f]!) if (!ends[s]!.includes(id)) ends[s]!.push(id);
    for (let k = 0; k < width; k++) {
      const n = children[s]!.get(k);
      if (n === undefined) next[s * width + k] = next[f * width + k]!;
      else { next[s * width + k] = n; fail[n] = next[f * width + k]!; queue.push(n); }
    }
  }
  // Renumber: states with no literal ending first (the root stays 0), then the others.
  const order = [...Array(states).keys()];
  const quiet = order.filter((st) => ends[st]!.length === 0);
  const loud = order.filter((st) => ends[st]!.length > 0);
  const renamed = new Uint32Array(states);
  [...quiet, ...loud].forEach((st, i) => { renamed[st] = i; });
  const table = states < 65536 ? new Uint16Array(states * width) : new Uint32Array(states * width);
  for (let st = 0; st < states; st++) {
    for (let k = 0; k < width; k++) table[renamed[st]! * width + k] = renamed[next[st * width + k]!]!;
  }
  const outStart = new Uint32Array(loud.length + 1);
  const ids: number[] = [];
  loud.forEach((st, i) => { outStart[i] = ids.length; ids.push(...ends[st]!); });
  outStart[loud.length] = ids.length;
  return { next: table, width, classes, high, firstOut: quiet.length, outStart, outIds: Uint32Array.from(ids) };
}

/**
 * The hits of one pass, in text order: literal `ids[k]` ends at `ends[k]`, for k < count. One
 * buffer is reused from pass to pass: a callback per hit, or a list per pass, cost more than the scan.
 */
export interface Hits { ids: Int32Array; ends: Int32Array; count: number }

export function newHits(capacity = 64): Hits {
  return { ids: new Int32Array(capacity), ends: new Int32Array(capacity), count: 0 };
}

function grow(h: Hits): void {
  const ids = new Int32Array(h.ids.length * 2);
  const ends = new Int32Array(h.ends.length * 2);
  ids.set(h.ids);
  ends.set(h.ends);
  h.ids = ids;
  h.ends = ends;
}

/** Fills `hits` with every literal occurrence in `text`, in the order the occurrences end. */
export function runAutomaton(a: Automaton, text: string, hits: Hits): void {
  const { next, width, classes, high, firstOut, outStart, outIds } = a;
  const anyHigh = high.size > 0;
  let s = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    s = next[s * width + (c < 128 ? classes[c]! : anyHigh ? high.get(c) ?? 0 : 0)]!;
    if (s < firstOut) continue;
    const to = outStart[s - firstOut + 1]!;
    for (let j = outStart[s - firstOut]!; j < to; j++) {
      if (n === hits.ids.length) grow(hits);
      hits.ids[n] = outIds[j]!;
      hits.ends[n] = i;
      n++;
    }
  }
  hits.count = n;
}
