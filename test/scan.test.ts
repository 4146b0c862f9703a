// `provider-fallback scan`: a log summarised by code (count, first and last seen, providers,
// action, docs), streamed in constant memory, as a table, as JSON, from a file or stdin, with a
// progress bar only on a terminal.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { runScanCli } from '../src/cli/scan.js';
import { classify } from '../src/index.js';
import { LogScanner, MEMO_ENTRIES, MEMO_TEXT, scanLines } from '../src/scan/scan.js';
import { FRESH_PATH, loadCorpus } from './helpers/corpus.js';
import { ROOT } from './helpers/project.js';

const LOG = join(ROOT, 'test/fixtures/scan/proxy.log');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'scan', ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Scans `log`, returning the report and each text the scanner handed to classify. */
async function scanRecording(log: string[]) {
  const seen: string[] = [];
  const r = await scanLines(Readable.from(log), (text) => { seen.push(text); return classify(text); });
  return { r, seen };
}

describe('LogScanner', () => {
  it('counts an error line and the traceback under it (chained ones too) as one failure, read with all of its text', async () => {
    const log = [
      '2026-11-30 10:00:01,123 - LiteLLM Proxy:ERROR: proxy_server.py:3521 - chat_completion(): Exception occured - litellm.RateLimitError: RateLimitError: GroqException - Rate limit reached',
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3.11/site-packages/litellm/llms/openai/openai.py", line 812, in acompletion',
      '    raise OpenAIError(',
      "litellm.llms.openai.common_utils.OpenAIError: Error code: 429 - {'error': {'message': 'Rate limit reached for model `openai/gpt-oss-120b` on tokens per minute (TPM): Limit 8000, Used 7999, Requested 900.'}}",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3.11/site-packages/litellm/utils.py", line 1200, in wrapper_async',
      '    raise e',
      'litellm.exceptions.RateLimitError: litellm.RateLimitError: RateLimitError: GroqException - Rate limit reached',
      '2026-11-30 10:00:02,000 - LiteLLM Proxy:INFO: 127.0.0.1 - "POST /v1/chat/completions HTTP/1.1" 200 OK',
      '2026-11-30 10:00:03,000 - LiteLLM Proxy:ERROR: proxy_server.py:3521 - litellm.AuthenticationError: AuthenticationError: OpenAIException - Incorrect API key provided',
    ];
    const { r, seen } = await scanRecording(log);
    expect(r).toMatchObject({ lines: 14, errorLines: 2, unrecognised: 0 });
    expect(seen).toHaveLength(2);
    expect(seen[0]!.split('\n')).toHaveLength(10); // the message, both tracebacks and the chain marker; the two blank lines are left out
    expect(r.codes.map((c) => [c.code, c.count, c.first.line])).toEqual([['groq-rate-limit', 1, 1], ['openai-invalid-api-key', 1, 14]]);
  });

  it('reads a bare traceback and a Node stack as one failure each, and stops at the first line that continues neither', async () => {
    const log = [
      'Traceback (most recent call last):',
      '  File "app.py", line 3, in <module>',
      'openai.APIConnectionError: Connection error.',
      'Error: 429 Rate limit reached for model `openai/gpt-oss-120b` in organization org_x on tokens per minute (TPM)',
      '    at APIError.generate (/app/node_modules/openai/error.mjs:69:20)',
      '    at OpenAI.makeStatusError (/app/node_modules/openai/core.mjs:333:21)',
      '  [cause]: Error: unrelated',
      'the printer reports a failure',
    ];
    const { r, seen } = await scanRecording(log);
    expect(seen.map((t) => t.split('\n').length)).toEqual([3, 4, 1]);
    expect(r).toMatchObject({ errorLines: 3, unrecognised: 1 });
    expect(r.codes.map((c) => [c.code, c.first.line])).toEqual([['fetch-failed', 1], ['http-429', 4]]);
  });

  it('keeps at most 64 KB of one failure, however long its traceback', async () => {
    const frames = Array.from({ length: 20_000 }, (_, i) => `  File "deep.py", line ${i}, in f`);
    let longest = 0;
    await scanLines(Readable.from(['Traceback (most recent call last):', ...frames, 'RecursionError: maximum recursion depth exceeded']), (text) => { longest = Math.max(longest, text.length); return classify(text); });
    expect(longest).toBeLessThan(64 * 1024 + 200);
  });

  it('reads the time of a JSON log line from its timestamp field (LiteLLM with JSON_LOGS=true)', async () => {
    const line = (ts: string, message: string) => JSON.stringify({ message, level: 'ERROR', timestamp: ts });
    const rate = 'litellm.RateLimitError: RateLimitError: GroqException - Rate limit reached for model `openai/gpt-oss-120b` on tokens per minute (TPM): Limit 8000, Used 7999, Requested 900. Please try again in 6.5s.';
    const r = await scanLines(Readable.from([line('2026-11-30T10:00:01.123456', rate), JSON.stringify({ message: 'ok', level: 'INFO', timestamp: '2026-11-30T10:00:02' }), line('2026-11-30T10:05:09.5', rate)]), (l) => classify(l));
    expect(r.codes).toHaveLength(1);
    expect(r.codes[0]).toMatchObject({ code: 'groq-rate-limit', count: 2, first: { line: 1, time: '2026-11-30T10:00:01.123456' }, last: { line: 3, time: '2026-11-30T10:05:09.5' } });
    // A time quoted inside a message of a plain line is not the line's own.
    const plain = await scanLines(Readable.from([`ERROR {"detail": "x"} ${rate} "timestamp": "2026-01-01T00:00:00"`]), (l) => classify(l));
    expect(plain.codes[0]!.first.time).toBeNull();
  });

  it('masks keys in its examples before shortening them, so no cut leaves part of a key readable', async () => {
    const key = `sk-proj-${'A1b2C3d4E5f6G7h8I9j0'.repeat(3)}`; // key-shaped, not a real key
    const early = `ERROR 401 Incorrect API key provided: ${key}`;
    const late = `ERROR 429 Rate limit reached, see ${'x'.repeat(105)} ${key}`; // the key starts just before the 157-character cut
    const r = await scanLines(Readable.from([early, late]), (l) => classify(l));
    expect(r.codes.map((c) => c.example).join('\n')).not.toContain(key.slice(0, 12));
    expect(r.codes.find((c) => c.example.startsWith('ERROR 401'))?.example).toBe(`ERROR 401 Incorrect API key provided: ${key.slice(0, 8)}…`);
    expect(r.codes.find((c) => c.example.startsWith('ERROR 429'))?.example).toContain(`${key.slice(0, 8)}…`);
  });

  it('tallies error lines by code with first and last sightings, skipping ordinary lines', async () => {
    const lines = createInterface({ input: Readable.from([(await import('node:fs')).readFileSync(LOG, 'utf8')]) });
    const r = await scanLines(lines, (l) => classify(l));
    expect(r.lines).toBe(8);
    expect(r.errorLines).toBe(4); // two rate limits, the budget, and the printer
    expect(r.unrecognised).toBe(1);
    const rate = r.codes.find((c) => c.code === 'groq-rate-limit')!;
    expect(rate).toMatchObject({ count: 2, providers: ['groq'], action: 'fallback', first: { line: 3, time: '2026-11-28T03:12:09Z' }, last: { line: 5, time: '2026-11-28T03:13:44Z' } });
    expect(r.codes.find((c) => c.code === 'litellm-budget-exceeded')).toMatchObject({ count: 1, providers: ['litellm'], first: { line: 6 } });
    expect(r.codes[0]!.code).toBe('groq-rate-limit'); // most frequent first
  });

  it('reads a LiteLLM log as its formatter writes it, colour codes and all (litellm/_logging.py)', async () => {
    const lines = [
      '\u001b[92m14:59:07 - LiteLLM Proxy:INFO\u001b[0m: proxy_server.py:512 - Request received',
      '\u001b[92m14:59:09 - LiteLLM Proxy:ERROR\u001b[0m: proxy_server.py:3039 - litellm.proxy.proxy_server.chat_completion(): Exception occured - litellm.RateLimitError: RateLimitError: GroqException - Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_01` on tokens per minute (TPM): Limit 12000, Used 11800, Requested 900. Please try again in 3.5s.',
    ];
    const r = await scanLines(Readable.from(lines), (l) => classify(l));
    expect(r.errorLines).toBe(1);
    expect(r.codes[0]).toMatchObject({ code: 'groq-rate-limit', providers: ['groq'], first: { line: 2, time: '14:59:09' } });
    expect(r.codes[0]!.example).not.toContain('\u001b');
    expect(r.codes[0]!.example.startsWith('14:59:09 - LiteLLM Proxy:ERROR: proxy_server.py')).toBe(true);
  });

  it('reads `docker compose logs` output without its container prefix, so a traceback under an error stays one failure', async () => {
    // Compose pads every name to the longest one shown, then writes " | " (and, with -t, the time).
    const log = [
      'postgres-1  | 2026-12-02T09:14:00.000000000Z LOG:  checkpoint starting: time',
      'litellm-1   | 2026-12-02T09:14:05.123456789Z 09:14:05 - LiteLLM Proxy:ERROR: proxy_server.py:3039 - litellm.RateLimitError: RateLimitError: GroqException - Rate limit reached for model `llama-3.3-70b-versatile` on tokens per minute (TPM): Limit 12000, Used 11800, Requested 900.',
      'litellm-1   | 2026-12-02T09:14:05.123500000Z Traceback (most recent call last):',
      'litellm-1   | 2026-12-02T09:14:05.123600000Z   File "/usr/lib/python3.13/site-packages/litellm/main.py", line 512, in acompletion',
      'litellm-1   | 2026-12-02T09:14:05.123700000Z litellm.exceptions.RateLimitError: litellm.RateLimitError: GroqException - Rate limit reached',
    ];
    const untimed = log.map((l) => l.replace(/\| \S+Z /, '| '));
    for (const lines of [log, untimed]) {
      const { r, seen } = await scanRecording(lines);
      expect(r).toMatchObject({ errorLines: 1, unrecognised: 0 });
      expect(seen[0]!.split('\n')).toHaveLength(4);
      expect(r.codes[0]).toMatchObject({ code: 'groq-rate-limit', providers: ['groq'], first: { line: 2 } });
      expect(r.codes[0]!.example).not.toContain('litellm-1');
    }
    const timed = await scanRecording(log);
    expect(timed.r.codes[0]!.first.time).toBe('2026-12-02T09:14:05.123456789Z');
    const legacy = await scanRecording(['litellm_1  | litellm.AuthenticationError: AuthenticationError: OpenAIException - Incorrect API key provided']);
    expect(legacy.r.codes[0]).toMatchObject({ code: 'openai-invalid-api-key' });
    expect(legacy.r.codes[0]!.example.startsWith('litellm.AuthenticationError')).toBe(true);
  });

  it('keeps a logger\'s own "LEVEL | message" columns: only a Compose replica name is a prefix', async () => {
    const { seen } = await scanRecording(['ERROR    | app.llm:call:42 - openai.RateLimitError: Error code: 429']);
    expect(seen).toEqual(['ERROR    | app.llm:call:42 - openai.RateLimitError: Error code: 429']);
  });

  it('classifies a repeated failure once, whatever its time, and still counts and dates each sighting', () => {
    const texts: string[] = [];
    const scanner = new LogScanner((l) => { texts.push(l); return classify(l); });
    const limit = 'litellm.RateLimitError: RateLimitError: GroqException - Rate limit reached for model `llama-3.3-70b-versatile` on tokens per minute (TPM)';
    for (const t of ['10:00:01', '10:00:02', '10:00:03']) { scanner.add(`2026-11-30 ${t},001 - LiteLLM Proxy:ERROR: ${limit}`); scanner.add('INFO ok'); }
    scanner.add('2026-11-30 10:00:04,001 - LiteLLM Proxy:ERROR: litellm.AuthenticationError: OpenAIException - Incorrect API key provided');
    const r = scanner.report();
    expect(texts).toHaveLength(2);
    expect(texts[0]!.startsWith('2026-11-30 10:00:01,001 - LiteLLM Proxy:ERROR:')).toBe(true);
    expect(r.codes.map((c) => [c.code, c.count, c.first.line, c.last.line, c.first.time, c.last.time])).toEqual([
      ['groq-rate-limit', 3, 1, 5, '2026-11-30 10:00:01,001', '2026-11-30 10:00:03,001'],
      ['openai-invalid-api-key', 1, 7, 7, '2026-11-30 10:00:04,001', '2026-11-30 10:00:04,001'],
    ]);
  });

  it('may key its memo without the leading time: no corpus text classifies differently behind another time', () => {
    const texts = [...loadCorpus(), ...loadCorpus(FRESH_PATH)].flatMap((r) => (r.input.kind === 'text' ? [r.input.text] : []));
    const differ = texts.filter((t) => {
      const [a, b, c] = ['2026-11-30T03:12:09.503Z ', '23:59:59 ', '2026-11-30 10:00:01,429 - '].map((time) => classify(time + t));
      return a!.code !== b!.code || a!.code !== c!.code || a!.provider !== b!.provider || a!.provider !== c!.provider;
    });
    expect(texts.length).toBeGreaterThan(10_000);
    expect(differ).toEqual([]);
  });

  it('keeps its memo of classified texts bounded: past MEMO_ENTRIES texts the oldest is classified again, and a text over MEMO_TEXT characters is not kept', () => {
    let calls = 0;
    const scanner = new LogScanner((l) => { calls++; return classify(l); });
    // A failure is classified when the next line shows it is complete: report() closes the last.
    for (let i = 0; i <= MEMO_ENTRIES; i++) scanner.add(`Error: 500 upstream failure #${i}`);
    scanner.add(`Error: 500 upstream failure #${MEMO_ENTRIES}`); // still kept: no call
    scanner.add('Error: 500 upstream failure #0'); // the oldest, dropped when the one past the bound came: a call
    const long = `Error: 500 ${'x'.repeat(MEMO_TEXT)}`;
    scanner.add(long);
    scanner.add(long); // never kept: a call each time
    expect(scanner.report().errorLines).toBe(MEMO_ENTRIES + 5);
    expect(calls).toBe(MEMO_ENTRIES + 1 + 1 + 2);
  });

  it('keeps one summary per code however many lines it reads (constant memory)', () => {
    const scanner = new LogScanner((l) => classify(l));
    const errors = ['Error: connect ECONNREFUSED 127.0.0.1:4000', '429 Provider returned error', 'litellm.Timeout: Connection timed out after 600.0 seconds.'];
    for (let i = 0; i < 60_000; i++) scanner.add(i % 10 === 0 ? errors[(i / 10) % 3]! : 'INFO request ok');
    const r = scanner.report();
    expect(r.lines).toBe(60_000);
    expect(r.errorLines).toBe(6000);
    expect(r.codes.map((c) => c.count).reduce((a, b) => a + b, 0) + r.unrecognised).toBe(6000);
    expect(r.codes.length).toBeLessThanOrEqual(3);
  });
});

describe('provider-fallback scan (the real command)', () => {
  it('prints a table by code with the docs link', () => {
    const r = cli([LOG]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('8 lines, 4 errors (a traceback or stack counts with its error), 1 not recognised');
    expect(r.stdout).toMatch(/^\s+2 {2}groq-rate-limit\s+groq\s+2026-11-28T03:12:09Z \(line 3\)\s+2026-11-28T03:13:44Z \(line 5\)\s+fallback$/m);
    expect(r.stdout).toContain('REFERENCE.md#groq-rate-limit');
  });

  it('reads stdin with -, and prints JSON with --json', () => {
    const r = cli(['-', '--json'], '13:54:54 - LiteLLM Proxy:ERROR: litellm.RateLimitError: GroqException - Error code: 429 - Rate limit reached for model `openai/gpt-oss-20b`\nall good\n');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { lines: number; codes: Array<{ code: string; count: number }> };
    expect(report.lines).toBe(2);
    expect(report.codes).toEqual([expect.objectContaining({ code: 'groq-rate-limit', count: 1 })]);
  });

  it('exits 2 for a file that does not exist, and for a folder, naming it', () => {
    const r = cli([join(ROOT, 'no-such.log')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such.log: no such file');
    const folder = cli([join(ROOT, 'litellm')]);
    expect(folder.status).toBe(2);
    expect(folder.stderr.trim()).toBe(`scan: ${join(ROOT, 'litellm')}: is a folder; give a log file (or - for stdin)`);
  });

  it('draws a progress bar only when stderr is a terminal', async () => {
    const run = async (tty: boolean) => {
      let drawn = '';
      const stderr = new Writable({ write(chunk, _enc, done) { drawn += String(chunk); done(); } }) as unknown as NodeJS.WritableStream & { isTTY?: boolean };
      stderr.isTTY = tty;
      (stderr as unknown as { columns: number }).columns = 100;
      (stderr as unknown as { cursorTo: () => boolean }).cursorTo = () => true;
      (stderr as unknown as { clearLine: () => boolean }).clearLine = () => true;
      const out: string[] = [];
      const code = await runScanCli(LOG, {}, { out: (t) => out.push(t), err: () => {}, stdin: new PassThrough(), stderr, stderrIsTTY: tty });
      return { code, drawn, out: out.join('\n') };
    };
    const onTerminal = await run(true);
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.drawn).toContain('scan [');
    const piped = await run(false);
    expect(piped.drawn).toBe('');
    expect(piped.out).toContain('groq-rate-limit');
  });
});
