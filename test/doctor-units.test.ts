// The pure parts of doctor: the dotenv parser, masking and redaction, the master-key strength
// estimate, the registry codes doctor names, and the two renderings.
import { createServer, type AddressInfo } from 'node:net';
import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../src/data/registry.js';
import { bindErrorCode, envCode, FIXED_CODES, keyCode, modelCode } from '../src/doctor/codes.js';
import { entropyBits, masterKeyWeakness } from '../src/doctor/checks/master-key.js';
import { parseEnvFile } from '../src/doctor/env-file.js';
import { describeSecret, mask, redact } from '../src/secrets.js';
import { renderJson, renderTable, summary } from '../src/doctor/report.js';
import { fail, pass, warn } from '../src/doctor/types.js';
import { wantsColor } from '../src/cli/colors.js';
import { REFERENCE_URL } from './helpers/project.js';

describe('env file parser', () => {
  it('reads plain, exported, quoted and commented assignments', () => {
    const p = parseEnvFile([
      '\uFEFF# comment',
      '',
      'A=plain',
      'export B=exported',
      'C="double \\"quoted\\" # not a comment\\n"',
      "D='single $literal \\n'",
      'E=value # inline comment',
      'F=pa#ss',
      '  G = spaced  ',
      'H=',
      'I=with\r',
    ].join('\n'));
    expect(Object.fromEntries(p.values)).toEqual({
      A: 'plain', B: 'exported', C: 'double "quoted" # not a comment\n', D: 'single $literal \\n', E: 'value', F: 'pa#ss', G: 'spaced', H: '', I: 'with',
    });
    // Read here, but bash's `. file` would leave G unset: reported, with the line.
    expect(p.problems).toEqual([{ line: 9, kind: 'shell', message: expect.stringContaining('spaces around = :'), fix: 'write G=value, with no space on either side of =' }]);
    expect(p.lines.get('E')).toBe(7);
  });

  it('reports malformed lines by number without echoing them', () => {
    const p = parseEnvFile('OK=1\nnot an assignment gsk_secretvalue\n1BAD=x\nQ="open gsk_secretvalue\nR=\'x\' trailing\nOK=2\n');
    expect(p.problems).toEqual([
      { line: 2, kind: 'syntax', message: 'expected NAME=VALUE' },
      { line: 3, kind: 'syntax', message: 'the name before = must be letters, digits and _ (not starting with a digit)' },
      { line: 4, kind: 'syntax', message: 'Q: unterminated double quote (values must end on the same line)' },
      { line: 5, kind: 'syntax', message: 'R: unexpected text after the closing quote' },
      { line: 6, kind: 'duplicate', message: 'OK is set again (first on line 1); the last value wins' },
    ]);
    expect(p.values.get('OK')).toBe('2');
    expect(JSON.stringify(p.problems)).not.toContain('secretvalue');
  });
});

describe('masking', () => {
  it('shows at most 8 characters, and at most a quarter of a short value', () => {
    expect(mask('gsk_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmnop')).toBe('gsk_AbCd…');
    expect(mask('sk-1234')).toBe('s…');
    expect(mask('abc')).toBe('…');
    expect(mask('')).toBe('(empty)');
    expect(describeSecret('sk-or-v1-0123456789abcdef')).toBe('sk-or-… (25 chars)');
  });

  it('redacts every occurrence of every secret, longest first', () => {
    const text = 'key gsk_AbCdEfGhIjKlMnOp and gsk_AbCdEfGhIjKlMnOpQr, short abc';
    expect(redact(text, ['gsk_AbCdEfGhIjKlMnOp', 'gsk_AbCdEfGhIjKlMnOpQr', 'abc'])).toBe('key gsk_A… and gsk_A…, short abc');
  });
});

describe('master key strength', () => {
  const kf = REGISTRY.providers.find((p) => p.role === 'proxy')!.keyFormat!;

  it('accepts keys made the way .env.example says, and 32 random hex characters', () => {
    expect(masterKeyWeakness('sk-bc7ec02e5f2a25212efcef3c4647d7e4a966820de789da58b36d74959386e25b', kf)).toBeNull();
    expect(masterKeyWeakness('sk-9f86d081884c7d659a2feaa0c55ad015', kf)).toBeNull();
  });

  it('estimates entropy from character frequencies', () => {
    expect(entropyBits('aaaa')).toBe(0);
    expect(entropyBits('abcd')).toBe(8);
  });

  it('rejects public, unprefixed, short, repetitive and sequential keys', () => {
    expect(masterKeyWeakness('sk-1234', kf)).toContain('publicly known');
    expect(masterKeyWeakness('SK-LOCAL-DEV-1234', kf)).toContain('publicly known');
    expect(masterKeyWeakness('pk-9f86d081884c7d659a2feaa0c55ad015', kf)).toContain('does not start with sk-');
    expect(masterKeyWeakness('sk-9f86d081', kf)).toContain('too short');
    expect(masterKeyWeakness(`sk-${'abc1'.repeat(10)}`, kf)).toContain('not random');
    expect(masterKeyWeakness('sk-0123456789abcdefghijklmnopqrstuvwxyz', kf)).toContain('not random');
    expect(masterKeyWeakness('sk-ab12ab12cd34cd34ef56ef56ab12ab12cd34cd34', kf)).toContain('not random');
  });
});

describe('codes doctor names', () => {
  const reg = REGISTRY;

  it('all exist in the registry, and provider codes are derived from it', () => {
    for (const code of FIXED_CODES) expect(reg.errors.some((e) => e.code === code)).toBe(true);
    const byId = (id: string) => reg.providers.find((p) => p.id === id)!;
    expect(keyCode(reg, byId('groq'))).toBe('groq-invalid-api-key');
    expect(keyCode(reg, byId('openai'))).toBe('openai-invalid-api-key');
    expect(keyCode(reg, byId('openrouter'))).toBe('openrouter-invalid-key');
    expect(keyCode(reg, byId('litellm'))).toBe('litellm-auth-failed');
    expect(modelCode(reg, 'groq')).toBe('groq-invalid-model');
    expect(envCode(reg, 'DATABASE_URL')).toBe('litellm-db-unavailable');
    expect(envCode(reg, 'REDIS_HOST')).toBe('litellm-cache-error');
    expect(envCode(reg, 'SOMETHING_ELSE')).toBe('litellm-config-error');
  });

  it('maps a real EADDRINUSE through classify to litellm-port-in-use', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const second = createServer();
    const err = await new Promise<Error>((resolve) => {
      second.once('error', resolve);
      second.listen((holder.address() as AddressInfo).port, '127.0.0.1');
    });
    await new Promise((resolve) => holder.close(resolve));
    expect((err as NodeJS.ErrnoException).code).toBe('EADDRINUSE');
    expect(bindErrorCode(reg, err)).toBe('litellm-port-in-use');
    expect(bindErrorCode(reg, new Error('something else entirely'))).toBeNull();
  });
});

describe('report', () => {
  const results = [
    pass('env.GROQ_API_KEY', 'GROQ_API_KEY = gsk_AbCd… (56 chars)'),
    warn('config.sections.my_notes', 'unknown top-level section my_notes:', 'remove it', 'litellm-config-error'),
    fail('port', 'port 4000 on 127.0.0.1 cannot be bound (EADDRINUSE)', 'free it', 'litellm-port-in-use'),
  ];

  it('renders JSON as an array of { id, status, message, fix, code, docsUrl }', () => {
    const parsed = JSON.parse(renderJson(results)) as unknown[];
    expect(parsed).toEqual([
      { id: 'env.GROQ_API_KEY', status: 'pass', message: 'GROQ_API_KEY = gsk_AbCd… (56 chars)', fix: null, code: null, docsUrl: null },
      { id: 'config.sections.my_notes', status: 'warn', message: 'unknown top-level section my_notes:', fix: 'remove it', code: 'litellm-config-error', docsUrl: `${REFERENCE_URL}#litellm-config-error` },
      { id: 'port', status: 'fail', message: 'port 4000 on 127.0.0.1 cannot be bound (EADDRINUSE)', fix: 'free it', code: 'litellm-port-in-use', docsUrl: `${REFERENCE_URL}#litellm-port-in-use` },
    ]);
  });

  it('renders a plain table without colours, with fix and docs under each problem', () => {
    const text = renderTable(results, { config: 'c.yaml', envFile: '.env', port: 4000, live: false }, pc.createColors(false));
    expect(text).not.toMatch(/\x1b\[/);
    expect(text).toContain('PASS  env.GROQ_API_KEY          GROQ_API_KEY = gsk_AbCd… (56 chars)');
    expect(text).toContain('fix:  free it');
    expect(text).toContain(`docs: ${REFERENCE_URL}#litellm-port-in-use (litellm-port-in-use)`);
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 check passed, 1 warning, 1 failed');
    expect(summary([])).toBe('0 checks passed, 0 warnings, 0 failed');
  });

  it('colours the status on a colour terminal', () => {
    const text = renderTable(results, { config: 'c.yaml', envFile: '.env', port: 4000, live: false }, pc.createColors(true));
    expect(text).toContain('\x1b[31mFAIL\x1b[39m');
  });
});

describe('colour', () => {
  it('is on for a terminal only, off under NO_COLOR, and FORCE_COLOR forces it', () => {
    expect(wantsColor({}, true)).toBe(true);
    expect(wantsColor({}, false)).toBe(false);
    expect(wantsColor({ CI: 'true' }, false)).toBe(false);
    expect(wantsColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor({ TERM: 'dumb' }, true)).toBe(false);
    expect(wantsColor({ FORCE_COLOR: '1' }, false)).toBe(true);
  });
});
