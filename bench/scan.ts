// `npm run bench` (scan part): MB/s of `provider-fallback scan` over a generated log: the corpus's
// real error lines, one in ten, between ordinary proxy INFO lines, streamed from a temp file. Each
// error text comes back about twenty times, as errors repeat in a real log, so most are classified
// once (the scanner's memo); a second log gives every error line its own request id, so none is.
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { classify } from '../lib/index.js';
import { scanLines } from '../lib/scan/scan.js';
import { loadCorpus } from '../test/helpers/corpus.js';

const TARGET_BYTES = 32 * 1024 * 1024;

function syntheticLog(distinct: boolean): string {
  const errors = loadCorpus().flatMap((r) => (r.input.kind === 'text' ? [r.input.text.replace(/\n/g, ' ')] : []));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const line = i % 10 === 0
      ? `2026-11-28T03:12:${String(i % 60).padStart(2, '0')}Z ${distinct ? `request req_${i}: ` : ''}${errors[(i / 10) % errors.length]!}`
      : `2026-11-28T03:12:${String(i % 60).padStart(2, '0')}Z INFO:     127.0.0.1:51522 - "POST /v1/chat/completions HTTP/1.1" 200 OK`;
    parts.push(line);
    size += line.length + 1;
  }
  return `${parts.join('\n')}\n`;
}

async function scanOnce(dir: string, distinct: boolean): Promise<string> {
  const file = join(dir, distinct ? 'distinct.log' : 'proxy.log');
  writeFileSync(file, syntheticLog(distinct));
  const bytes = statSync(file).size;
  const start = performance.now();
  const report = await scanLines(createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity }), (l) => classify(l));
  const seconds = (performance.now() - start) / 1000;
  const what = distinct ? 'one corpus error line in ten, each with its own request id' : 'one corpus error line in ten';
  return `| ${(bytes / 1e6).toFixed(1)} MB, ${what} | ${report.lines.toLocaleString('en-US')} | ${report.errorLines.toLocaleString('en-US')} | ${report.codes.length} | ${seconds.toFixed(2)} | ${(bytes / 1e6 / seconds).toFixed(1)} |`;
}

export async function benchScan(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pf-scan-bench-'));
  try {
    return [
      '| Log | Lines | Error lines | Codes | Seconds | MB/s |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      await scanOnce(dir, false),
      await scanOnce(dir, true),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
