// A dotenv parser for litellm/.env, close to what `set -a; . litellm/.env` and python-dotenv
// accept: KEY=VALUE, `export KEY=VALUE`, single quotes (literal), double quotes (with \n \t \" \\
// escapes), inline ` # comments` after unquoted values, blank lines and `#` comments. It reads
// CRLF, a byte-order mark and spaces around `=` too, but reports them: the guides load the file
// into bash with `set -a; . litellm/.env`, and bash keeps the carriage return in every value, runs
// a first line behind a byte-order mark, or `NAME = value`, as a command (leaving NAME unset).
// Problems name the line and never echo the line itself: a malformed line may hold a secret.

export interface EnvProblem {
  line: number;
  /**
   * `syntax`: the line was skipped; `duplicate`: a name set twice (the last value wins); `shell`:
   * read here, but bash's `. litellm/.env` reads it otherwise.
   */
  kind: 'syntax' | 'duplicate' | 'shell';
  message: string;
  /** What to change, when it is not the kind's general advice. */
  fix?: string;
}

const FIRST_NAME = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)/;

export interface ParsedEnv {
  /** Values in file order; a later assignment of the same name wins, as in the shell. */
  values: Map<string, string>;
  /** The line each name was (last) set on. */
  lines: Map<string, number>;
  problems: EnvProblem[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', $: '$' };

type Value = { ok: true; value: string } | { ok: false; message: string };

function doubleQuoted(rest: string): Value {
  let out = '';
  for (let i = 1; i < rest.length; i++) {
    const ch = rest[i]!;
    if (ch === '\\' && i + 1 < rest.length) {
      const next = rest[++i]!;
      out += ESCAPES[next] ?? `\\${next}`;
    } else if (ch === '"') {
      return trailing(rest.slice(i + 1), out);
    } else {
      out += ch;
    }
  }
  return { ok: false, message: 'unterminated double quote (values must end on the same line)' };
}

function singleQuoted(rest: string): Value {
  const end = rest.indexOf("'", 1);
  if (end < 0) return { ok: false, message: 'unterminated single quote (values must end on the same line)' };
  return trailing(rest.slice(end + 1), rest.slice(1, end));
}

/** After a closing quote only whitespace or a comment may follow. */
function trailing(after: string, value: string): Value {
  const t = after.trim();
  return t === '' || t.startsWith('#') ? { ok: true, value } : { ok: false, message: 'unexpected text after the closing quote' };
}

function unquoted(rest: string): Value {
  // A `#` starts a comment only after whitespace, so `pa#ss` stays one value (shell rule).
  const hash = rest.search(/\s#/);
  return { ok: true, value: (hash >= 0 ? rest.slice(0, hash) : rest).trim() };
}

function parseValue(raw: string): Value {
  const rest = raw.trim();
  if (rest.startsWith('"')) return doubleQuoted(rest);
  if (rest.startsWith("'")) return singleQuoted(rest);
  return unquoted(rest);
}

export function parseEnvFile(text: string): ParsedEnv {
  const parsed: ParsedEnv = { values: new Map(), lines: new Map(), problems: [] };
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  parsed.problems.push(...shellProblems(text, rows));
  rows.forEach((row, i) => {
    const line = i + 1;
    const trimmed = row.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const body = trimmed.replace(/^export\s+/, '');
    const eq = body.indexOf('=');
    if (eq < 0) {
      parsed.problems.push({ line, kind: 'syntax', message: 'expected NAME=VALUE' });
      return;
    }
    const name = body.slice(0, eq).trim();
    if (!NAME.test(name)) {
      parsed.problems.push({ line, kind: 'syntax', message: 'the name before = must be letters, digits and _ (not starting with a digit)' });
      return;
    }
    const value = parseValue(body.slice(eq + 1));
    if (!value.ok) {
      parsed.problems.push({ line, kind: 'syntax', message: `${name}: ${value.message}` });
      return;
    }
    if (parsed.values.has(name)) {
      parsed.problems.push({ line, kind: 'duplicate', message: `${name} is set again (first on line ${parsed.lines.get(name)}); the last value wins` });
    }
    parsed.values.set(name, value.value);
    parsed.lines.set(name, line);
  });
  return parsed;
}

/** What bash's `set -a; . file` would read differently: a byte-order mark, CRLF line endings, `NAME = value`. */
function shellProblems(text: string, rows: string[]): EnvProblem[] {
  const problems: EnvProblem[] = [];
  // Only an assignment on the first line is lost; a comment there is harmless.
  const firstName = text.startsWith('\uFEFF') ? FIRST_NAME.exec(rows[0]!)?.[1] : undefined;
  if (firstName) {
    problems.push({ line: 1, kind: 'shell', message: `starts with a byte-order mark: bash's \`. file\` runs the first line as a command, so ${firstName} stays unset`, fix: 'save the file as UTF-8 without a BOM (VS Code: Save with Encoding, UTF-8)' });
  }
  if (text.includes('\r\n')) {
    problems.push({ line: 1, kind: 'shell', message: "has Windows line endings (CRLF): bash's `. file` keeps a carriage return at the end of every value, and a provider rejects a key that ends in one (401)", fix: "save it with LF line endings (VS Code: click CRLF in the status bar), or in bash: sed -i 's/\\r$//' <file>" });
  }
  rows.forEach((row, i) => {
    if (/^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*(?:\s+=|=\s+\S)/.test(row) && !/^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=\s+#/.test(row)) {
      const name = FIRST_NAME.exec(row)![1];
      problems.push({ line: i + 1, kind: 'shell', message: `spaces around = : bash's \`. file\` reads the line as a command, not an assignment, so ${name} stays unset`, fix: `write ${name}=value, with no space on either side of =` });
    }
  });
  return problems;
}
