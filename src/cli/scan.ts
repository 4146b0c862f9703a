// `provider-fallback scan <file|->`: what went wrong in a log, by code. Streams the file (or stdin)
// line by line, shows a progress bar on a terminal, and prints a table or, with --json, the report.
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import cliProgress from 'cli-progress';
import { classify } from '../index.js';
import { scanLines, type CodeSummary, type ScanReport } from '../scan/scan.js';
import { colors as pc } from './colors.js';
import type { CliOutput } from './output.js';

export interface ScanCliOptions {
  json?: boolean;
  progress?: boolean;
}

export interface ScanCliIO extends CliOutput {
  stdin: Readable;
  /** Whether stderr is a terminal (the progress bar draws only there). */
  stderrIsTTY: boolean;
  stderr: NodeJS.WritableStream;
}

function seen(s: CodeSummary['first']): string {
  return s.time ? `${s.time} (line ${s.line})` : `line ${s.line}`;
}

export function formatReport(name: string, r: ScanReport): string {
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  const head = `${pc.bold('provider-fallback scan')} ${name}: ${count(r.lines, 'line', 'lines')}, ${count(r.errorLines, 'error', 'errors')} (a traceback or stack counts with its error), ${r.unrecognised.toLocaleString('en-US')} not recognised`;
  if (r.codes.length === 0) return `${head}\n\nNo recognised errors.`;
  const rows = r.codes.map((c) => [String(c.count), c.code, c.providers.join(', ') || '-', seen(c.first), seen(c.last), c.action]);
  const header = ['COUNT', 'CODE', 'PROVIDER', 'FIRST SEEN', 'LAST SEEN', 'ACTION'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const body = r.codes.flatMap((c, i) => [line(rows[i]!), pc.dim(`${' '.repeat(widths[0]! + 2)}${c.example}`), pc.dim(`${' '.repeat(widths[0]! + 2)}docs: ${c.docsUrl}`)]);
  return [head, '', pc.bold(line(header)), ...body].join('\n');
}

/** Exit code: 0 after a full scan (whatever it found), 2 when the input cannot be read. */
export async function runScanCli(path: string | undefined, opts: ScanCliOptions, io: ScanCliIO): Promise<number> {
  const fromStdin = path === undefined || path === '-';
  let input: Readable;
  let total = 0;
  if (fromStdin) input = io.stdin;
  else {
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) {
        io.err(`scan: ${path}: is a folder; give a log file (or - for stdin)`);
        return 2;
      }
      total = stat.size;
    } catch {
      io.err(`scan: ${path}: no such file`);
      return 2;
    }
    input = createReadStream(path, { encoding: 'utf8' });
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  const showProgress = opts.progress !== false && io.stderrIsTTY && !opts.json && total > 0;
  const bar = showProgress ? new cliProgress.SingleBar({ stream: io.stderr, format: 'scan [{bar}] {percentage}% | {value}/{total} MB', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : undefined;
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  let read = 0;
  let lastDraw = 0;
  bar?.start(mb(total), 0);
  try {
    const report = await scanLines(lines, (line) => classify(line), (bytes) => {
      read += bytes;
      if (bar && read - lastDraw > 1 << 20) { bar.update(Math.min(mb(read), mb(total))); lastDraw = read; }
    });
    bar?.stop();
    io.out(opts.json ? JSON.stringify(report, null, 2) : formatReport(fromStdin ? '(stdin)' : path, report));
    return 0;
  } catch (e) {
    bar?.stop();
    io.err(`scan: ${(e as Error).message}`);
    return 2;
  }
}
