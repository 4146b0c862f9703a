// Literal anchors of a message pattern: for each top-level alternative, the longest run of
// characters every match must contain. The classifier tests a rule's regex only when the text
// holds one of its anchors (a cheap `includes`). A pattern whose anchors cannot be read safely
// gets none, and its rule is always tested.
const ESCAPED_LITERAL = /[.()[\]?*+\\/\-'"`{}|^$ :,=!<>#&%@~;]/;
const MIN_ANCHOR = 3;

/** Splits on `|` at depth 0, outside character classes. */
function topLevelAlternatives(p: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, start = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(p.slice(start, i)); start = i + 1; }
  }
  out.push(p.slice(start));
  return out;
}

/** The longest run of required literal characters at depth 0 of one alternative, or null. */
function longestLiteral(alt: string): string | null {
  const segments: string[] = [];
  let cur = '';
  const cut = () => { if (cur) segments.push(cur); cur = ''; };
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]!;
    const next = alt[i + 1];
    const optional = next === '?' || next === '*' || (next === '{' && /^\{0[,}]/.test(alt.slice(i + 1)));
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      i++;
      const after = alt[i + 1];
      if (ESCAPED_LITERAL.test(e)) {
        if (after === '?' || after === '*' || after === '{') { cut(); continue; }
        cur += e;
        if (after === '+') cut();
      } else cut(); // \b \d \s \w and the like
      continue;
    }
    if (c === '(' || c === '[') {
      // Skip the group or class: its content is not a plain run of required literals.
      cut();
      let depth = 0, inClass = c === '[';
      for (i++; i < alt.length; i++) {
        const d = alt[i];
        if (d === '\\') { i++; continue; }
        if (inClass) { if (d === ']') { inClass = false; if (depth === 0 && c === '[') break; } continue; }
        if (d === '[') inClass = true;
        else if (d === '(') depth++;
        else if (d === ')') { if (depth === 0) break; depth--; }
      }
      continue;
    }
    if ('.^$+?*{}|)'.includes(c)) { cut(); continue; }
    if (optional) { cut(); continue; }
    cur += c;
  }
  cut();
  const best = segments.reduce((a, b) => (b.length > a.length ? b : a), '');
  return best.length >= MIN_ANCHOR ? best.toLowerCase() : null;
}

/** Anchors for a rule's message patterns, or undefined when any alternative has none. */
export function anchorsOf(patterns: readonly string[]): string[] | undefined {
  const anchors = new Set<string>();
  for (const p of patterns) {
    for (const alt of topLevelAlternatives(p)) {
      const a = longestLiteral(alt);
      if (a === null) return undefined;
      anchors.add(a);
    }
  }
  return [...anchors];
}
