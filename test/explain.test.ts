// `provider-fallback explain`, for codes (rustc --explain style) and for pasted errors, including
// the real command reading stdin.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify, docsUrl, ERROR_CODES } from '../src/index.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntry, runExplain, shellFor } from '../src/cli/explain.js';
import { REGISTRY } from '../src/data/registry.js';
import { readRegistry } from '../registry/index.js';
import { REFERENCE_URL, ROOT } from './helpers/project.js';

function explain(input: string, shell: 'bash' | 'powershell' = 'bash', json = false) {
  const out: string[] = [];
  const code = runExplain(input, { json, shell, out: (t) => out.push(t) });
  return { code, text: out.join('\n') };
}

describe('explain <code>', () => {
  it('prints the whole entry: facts, cause, resolution with bash commands, docs link', () => {
    const r = explain('groq-rate-limit');
    expect(r.code).toBe(0);
    expect(r.text).toContain('groq-rate-limit: Groq rate limit reached');
    expect(r.text).toContain('action fallback');
    expect(r.text).toContain('Resolution (bash)');
    expect(r.text).toContain('curl -s -D - -o /dev/null https://api.groq.com/openai/v1/models');
    expect(r.text).not.toContain('Invoke-WebRequest -Uri https://api.groq.com/openai/v1/models');
    expect(r.text).toContain(`Docs: ${REFERENCE_URL}#groq-rate-limit`);
  });

  it('shows PowerShell 7 commands for the PowerShell shell, which is the default on Windows', () => {
    expect(shellFor('win32')).toBe('powershell');
    expect(shellFor('linux')).toBe('bash');
    const r = explain('groq-rate-limit', 'powershell');
    expect(r.text).toContain('Resolution (PowerShell 7)');
    expect(r.text).toContain('Invoke-WebRequest -Uri https://api.groq.com/openai/v1/models');
  });

  it('resolves seed ids, aliases and other letter cases', () => {
    const reg = REGISTRY;
    expect(findEntry(reg, '429')?.code).toBe('http-429');
    expect(findEntry(reg, 'groq-model-not-found')?.code).toBe('groq-invalid-model');
    expect(findEntry(reg, 'econnrefused')?.code).toBe('ECONNREFUSED');
    expect(findEntry(reg, 'not-a-code')).toBeUndefined();
  });

  it('points a seed code that no provider emits to the right one', () => {
    const r = explain('groq-insufficient-quota');
    expect(r.text).toContain('No provider emits this code. Use groq-daily-limit instead');
  });
});

describe('explain <error text>', () => {
  it('classifies a LiteLLM-relayed Groq error and prints the delay and the resolution', () => {
    const line = "litellm.RateLimitError: RateLimitError: GroqException - Error code: 429 - {'error': {'message': 'Rate limit reached for model `openai/gpt-oss-120b` on tokens per minute (TPM): Limit 8000, Used 7000, Requested 1500. Please try again in 7.66s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}";
    const r = explain(line);
    expect(r.code).toBe(0);
    expect(r.text).toContain('Classified as groq-rate-limit (RATE_LIMIT, MEDIUM, from groq, HTTP 429)');
    expect(r.text).toContain('the provider asked to wait 7.66 s');
  });

  it('does not call the provider unknown when a generic code serves an error whose provider is shown', () => {
    // OpenAI's host names the provider; no OpenAI entry covers a bare "Bad Request", so http-400 does.
    const r = explain('POST https://api.openai.com/v1/chat/completions failed: HTTP 400 Bad Request');
    expect(r.text).toContain('Classified as http-400');
    expect(r.text).toContain('from openai');
    expect(r.text).not.toMatch(/provider unknown|does not say which provider|does not name the provider/i);
  });

  it('prints the Classification as JSON', () => {
    const r = explain('{"error":{"message":"Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day","code":429,"metadata":{"headers":{"X-RateLimit-Limit":"50"}}},"user_id":"user_2x"}', 'bash', true);
    const c = JSON.parse(r.text);
    expect(c).toMatchObject({ code: 'openrouter-rate-limit', provider: 'openrouter', httpStatus: 429, action: expect.any(String) });
  });

  it('exits 1 and says so when nothing matches', () => {
    const r = explain('the printer is on fire');
    expect(r.code).toBe(1);
    expect(r.text).toContain('classify() found no registry entry for this error.');
    expect(r.text).toContain('1. Run `npx provider-fallback explain');
    expect(r.text).toContain(`Docs: ${REFERENCE_URL}#unknown`);
  });

  it('quotes the marker that named a layer as the text has it, not the layer\'s name', () => {
    // LiteLLM's own key-check sentence names LiteLLM; the text never says "litellm".
    const r = explain('Exception: Malformed API Key passed in. Ensure Key has `Bearer ` prefix. Passed in:');
    expect(r.text).toContain('from litellm');
    expect(r.text).toContain('provider: litellm wording <- "Ensure Key"');
    // A wrapper alone is quoted as written; its own wording, wherever it stands, is what the evidence shows.
    expect(classify('litellm.RateLimitError: RateLimitError: Error code: 429 - rate limited').evidence)
      .toContainEqual({ layer: 'provider', rule: 'litellm wrapper', matched: 'litellm.' });
    const raised = classify('litellm.BudgetExceededError: Budget has been exceeded! Current cost: 1.2, Max budget: 1.0');
    expect(raised).toMatchObject({ code: 'litellm-budget-exceeded', provider: 'litellm' });
    expect(raised.evidence).toContainEqual({ layer: 'provider', rule: 'litellm wording', matched: 'Budget has been exceeded' });
    // A header is quoted by its name.
    expect(classify({ status: 500, headers: { 'x-litellm-call-id': 'c1' }, body: { error: { message: 'boom' } } }).evidence)
      .toContainEqual({ layer: 'field', rule: 'litellm header', matched: 'x-litellm-call-id' });
  });

  it('quotes only text the input holds: every provider marker of every registry text sample', () => {
    const invented = readRegistry().errors.flatMap((e) => e.samples.filter((s) => s.kind === 'text').flatMap((s) =>
      classify(s.text!).evidence.filter((item) => item.layer === 'provider' && !s.text!.toLowerCase().includes(item.matched.toLowerCase()))
        .map((item) => `${e.code}: ${item.rule} <- ${item.matched}`)));
    expect(invented).toEqual([]);
  });

  it('gives every code a docs link that leads to its anchor in the generated REFERENCE.md', () => {
    const reference = readFileSync(fileURLToPath(REFERENCE_URL), 'utf8');
    const broken = ERROR_CODES.filter((code) => {
      const [file, anchor] = docsUrl(code).split('#');
      return file !== REFERENCE_URL || !reference.includes(`<a id="${anchor}"></a>`);
    });
    expect(broken).toEqual([]);
  });
});

describe('the real command', () => {
  const cli = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, cwd: ROOT,
  });

  it('reads a pasted log line from stdin', () => {
    const r = cli(['explain'], 'Error: connect ECONNREFUSED 127.0.0.1:4000\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Classified as ECONNREFUSED');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('masks a key and a URL password the pasted text holds, in the text and the JSON output', () => {
    const key = `gsk_${'A1b2C3d4E5f6G7h8I9j0'.repeat(3)}`; // key-shaped, not a real key
    const unrecognised = cli(['explain', '-'], `something odd happened with ${key}\n`);
    expect(unrecognised.stdout).toContain(`Message: something odd happened with ${key.slice(0, 8)}…`);
    const json = cli(['explain', '-', '--json'], `Invalid API Key ${key} at postgresql://litellm:hunter2-secret@db:5432/litellm\n`);
    expect(JSON.parse(json.stdout)).toMatchObject({ code: 'http-401', message: expect.stringContaining(`Invalid API Key ${key.slice(0, 8)}…`) });
    for (const r of [unrecognised, json]) {
      expect(r.stdout).not.toContain(key.slice(0, 12));
      expect(r.stdout).not.toContain('hunter2');
    }
  });

  it('rejects an unknown shell with exit code 2', () => {
    const r = cli(['explain', '--shell', 'fish', '429']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--shell must be bash or powershell');
  });
});
