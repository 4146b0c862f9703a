// An Aho-Corasick automaton over the scanner's literals: one pass over the text finds every
// literal at every position, case-insensitively (ASCII letters are folded), a tab or line break
// matching a space. Built once per table set, on first use, from the generated literal list; the
// alphabet is compressed to the characters the literals use, so the transition table stays small.

export interface Automaton {
  /**
   * Transition table: row + class -> the next state's row, with HAS_OUTPUT set when some literal
   * ends in the next state. A state is kept as the offset of its row (state * width): the scan's
   * chain of dependent reads then has no multiplication in it (about a quarter faster per character).
   * The flag saves the scan two table reads per character (most states end nothing).
   */
  next: Uint32Array;
  width: number;
  /** Character code (0..127, upper case folded) -> class; 0 for a character no literal uses. */
  classes: Uint16Array;
  /** Classes of the non-ASCII characters the literals use. */
  high: ReadonlyMap<number, number>;
  /** For each state (row / width), the ids of the literals that end there (outStart[s]..outStart[s+1]). */
  outStart: Uint32Array;
  outIds: Uint32Array;
}

const HAS_OUTPUT = 1 << 30;
const STATE = HAS_OUTPUT - 1;

/**
 * Whether a table of `cells` (states * width) keeps every row offset below the output flag. The
 * generator checks the literal set with it (generators/match-tables.ts), so the scan needs no check.
 */
export const tableFits = (cells: number) => cells <= HAS_OUTPUT;

// ASCII letters are folded to lower case, and a tab or line break to a space: terminals and issue
// threads hard-wrap long messages ("An error occurred while\nprocessing your request").
const fold = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c === 9 || c === 10 || c === 13 ? 32 : c);

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
  const next = new Uint32Array(states * width);
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
  const outStart = new Uint32Array(states + 1);
  const ids: number[] = [];
  for (let s = 0; s < states; s++) { outStart[s] = ids.length; ids.push(...ends[s]!); }
  outStart[states] = ids.length;
  for (let i = 0; i < next.length; i++) {
    const target = next[i]!;
    next[i] = target * width | (ends[target]!.length ? HAS_OUTPUT : 0);
  }
  // The scan reads the class straight from the character code: the folded characters (upper-case
  // letters, tab and line breaks) share their fold's class.
  for (let c = 0; c < 128; c++) classes[c] = classes[fold(c)]!;
  return { next, width, classes, high, outStart, outIds: Uint32Array.from(ids) };
}

/** Calls `found(literalId, endIndex)` for every literal occurrence, in text order. */
export function runAutomaton(a: Automaton, text: string, found: (id: number, end: number) => void): void {
  const { next, width, classes, high, outStart, outIds } = a;
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const n = next[row + (c < 128 ? classes[c]! : high.get(c) ?? 0)]!;
    row = n & STATE;
    if (n & HAS_OUTPUT) {
      const s = row / width;
      for (let j = outStart[s]!, to = outStart[s + 1]!; j < to; j++) found(outIds[j]!, i);
    }
  }
}
