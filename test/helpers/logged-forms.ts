// The ways one error text reaches a log or an issue thread: coloured by a terminal (or left with the
// colour codes after a paste dropped the ESC), escaped into a JSON log line once or twice, hard-wrapped
// by a terminal, quoted in Markdown, prefixed by a logger. What classify reads must not change with
// them; test/samples.test.ts holds cases, and `npm run bench` counts the corpus rows each one changes.
const wrap = (s: string, width: number, breakWith = '\n') => s.replace(new RegExp(`(.{${width}}\\S*) `, 'g'), `$1${breakWith}`);

export const LOGGED_FORMS: ReadonlyArray<readonly [string, (s: string) => string]> = [
  ['in terminal colours', (s) => `\u001b[31m${s.slice(0, 12)}\u001b[0m${s.slice(12)}\u001b[0m`],
  ['with the colour codes left after a paste dropped the ESC', (s) => `[31m${s.slice(0, 12)}[0m${s.slice(12)}[0m`],
  ['JSON-escaped inside a log line', (s) => JSON.stringify(s).slice(1, -1)],
  ['escaped twice', (s) => JSON.stringify(JSON.stringify(s)).slice(1, -1)],
  ['as the message of a structured log line', (s) => JSON.stringify({ level: 'error', time: '2025-03-01T12:00:00.123Z', msg: s })],
  ['after a logger\'s prefix', (s) => `2025-03-01 12:00:00.123 | ERROR    | app.main:run:42 - ${s}`],
  ['hard-wrapped at 20 columns', (s) => wrap(s, 20)],
  ['hard-wrapped and quoted in Markdown', (s) => wrap(s, 20).split('\n').map((l) => `> ${l}`).join('\n')],
  ['with Windows line endings, wrapped and indented', (s) => wrap(s, 20, '\r\n    ')],
];
