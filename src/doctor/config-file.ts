// Reads a LiteLLM config with the `yaml` package as YAML 1.1, the version PyYAML (LiteLLM's loader)
// implements, keeping the document so that checks can name the line of what they report. Syntax
// errors are reported with line and column but without the offending text (it may be a pasted secret).
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type Path = ReadonlyArray<string | number>;

export interface ConfigFile {
  path: string;
  text: string;
  /** The config as plain data. */
  data: Record<string, unknown>;
  /** 1-based line of the node at `path` (a key's value, or a list item), if it exists. */
  lineOf: (path: Path) => number | null;
  /** Every scalar with its path and line, keys included, for the literal-secret scan. */
  scalars: () => ScalarAt[];
  /** Keys set twice in one map: the data keeps the last, as LiteLLM's loader (PyYAML) does. */
  duplicates: DuplicateKey[];
}

export interface DuplicateKey {
  path: Path;
  line: number;
  firstLine: number;
  /** The second value is a map or a list (a block to merge), not a single value. */
  block: boolean;
}

export interface ScalarAt {
  path: Path;
  /** The map key this scalar is the value of, or null for list items and keys themselves. */
  key: string | null;
  value: unknown;
  line: number;
}

export type LoadResult =
  | { ok: true; config: ConfigFile }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'syntax'; line: number; col: number; message: string }
  | { ok: false; reason: 'shape'; message: string };

/** `model_list[0].litellm_params.api_key`: how the report names a place in the config. */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function firstLine(message: string): string {
  // The yaml package appends " at line N, column M" and, with prettyErrors, a source excerpt.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** 1-based line where a node starts (0 when the parser gave it no position). */
const lineOfNode = (n: Node, lines: LineCounter) => (n.range ? lines.linePos(n.range[0]).line : 0);

function collectScalars(node: unknown, path: Path, key: string | null, lines: LineCounter, out: ScalarAt[]): void {
  const line = (n: Node) => lineOfNode(n, lines);
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (isScalar(pair.key)) out.push({ path: [...path, k], key: null, value: pair.key.value, line: line(pair.key) });
      collectScalars(pair.value, [...path, k], k, lines, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectScalars(item, [...path, i], null, lines, out));
  } else if (isScalar(node)) {
    out.push({ path, key, value: node.value, line: line(node) });
  }
}

/** Keys repeated within one map, anywhere in the document, with the lines of both. */
function findDuplicates(node: unknown, path: Path, lines: LineCounter, out: DuplicateKey[]): void {
  if (isMap(node)) {
    const first = new Map<string, number>();
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const at = isScalar(pair.key) ? lineOfNode(pair.key, lines) : 0;
      const earlier = first.get(k);
      if (earlier === undefined) first.set(k, at);
      else out.push({ path: [...path, k], line: at, firstLine: earlier, block: isMap(pair.value) || isSeq(pair.value) });
      findDuplicates(pair.value, [...path, k], lines, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => findDuplicates(item, [...path, i], lines, out));
  }
}

export function parseConfig(path: string, text: string): LoadResult {
  const lines = new LineCounter();
  // Read as LiteLLM's PyYAML reads it: YAML 1.1 (`yes`/`off` are booleans, `1:30` is 90) and
  // duplicate keys allowed, the last one winning (reported by a check of their own).
  const doc: Document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, version: '1.1' });
  const error = doc.errors[0];
  if (error) {
    const pos = lines.linePos(error.pos[0]);
    return { ok: false, reason: 'syntax', line: pos.line, col: pos.col, message: firstLine(error.message) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return { ok: false, reason: 'shape', message: e instanceof Error ? firstLine(e.message) : 'cannot be read as data' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'shape', message: 'the file is not a YAML map of sections (model_list:, router_settings:, ...)' };
  }
  const config: ConfigFile = {
    path,
    text,
    data: data as Record<string, unknown>,
    lineOf: (p) => {
      const node = doc.getIn(p, true) as Node | undefined;
      return node?.range ? lines.linePos(node.range[0]).line : null;
    },
    scalars: () => {
      const out: ScalarAt[] = [];
      collectScalars(doc.contents, [], null, lines, out);
      return out;
    },
    duplicates: [],
  };
  findDuplicates(doc.contents, [], lines, config.duplicates);
  return { ok: true, config };
}

/** A plain object (a YAML map), as opposed to a list, scalar or null. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
