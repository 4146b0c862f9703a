// Rendering: a table for people (coloured when picocolors says the terminal wants colour, plain
// otherwise and under NO_COLOR) and a JSON array for machines. Both read only CheckResults, which
// hold masked values.
import pc from 'picocolors';
import { docsUrl } from '../index.js';
import type { CheckResult, Status } from './types.js';

type Colors = Pick<typeof pc, 'green' | 'yellow' | 'red' | 'bold' | 'dim'>;

export interface JsonCheck extends CheckResult {
  docsUrl: string | null;
}

export function toJson(results: readonly CheckResult[]): JsonCheck[] {
  return results.map((r) => ({ id: r.id, status: r.status, message: r.message, fix: r.fix, code: r.code, docsUrl: r.code ? docsUrl(r.code) : null }));
}

export function renderJson(results: readonly CheckResult[]): string {
  return JSON.stringify(toJson(results), null, 2);
}

const LABEL: Record<Status, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };

function label(status: Status, c: Colors): string {
  const paint = status === 'pass' ? c.green : status === 'warn' ? c.yellow : c.red;
  return paint(LABEL[status]);
}

export interface Heading {
  config: string;
  envFile: string;
  port: number;
  live: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summary(results: readonly CheckResult[]): string {
  const n = (s: Status) => results.filter((r) => r.status === s).length;
  return `${plural(n('pass'), 'check')} passed, ${plural(n('warn'), 'warning')}, ${n('fail')} failed`;
}

/** Ids longer than this go on a line of their own, with the message below, so the columns stay aligned. */
const ID_WIDTH = 26;

/** One row per check; a warning or failure adds its fix and the docs page of its code. */
export function renderTable(results: readonly CheckResult[], head: Heading, c: Colors = pc): string {
  const width = Math.min(ID_WIDTH, Math.max(...results.map((r) => r.id.length), 5));
  const pad = ' '.repeat(4 + 2 + width + 2);
  const lines = [
    c.bold('provider-fallback doctor'),
    c.dim(`config ${head.config} · env ${head.envFile} · port ${head.port}${head.live ? ' · live provider calls' : ''}`),
    '',
  ];
  for (const r of results) {
    if (r.id.length > width) lines.push(`${label(r.status, c)}  ${r.id}`, `${pad}${r.message}`);
    else lines.push(`${label(r.status, c)}  ${r.id.padEnd(width)}  ${r.message}`);
    if (r.fix) lines.push(`${pad}${c.dim('fix:')}  ${r.fix}`);
    if (r.code) lines.push(`${pad}${c.dim('docs:')} ${docsUrl(r.code)} (${r.code})`);
  }
  const failed = results.some((r) => r.status === 'fail');
  lines.push('', (failed ? c.red : c.green)(summary(results)));
  return lines.join('\n');
}
