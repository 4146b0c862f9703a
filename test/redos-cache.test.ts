// The ReDoS verdicts kept on disk between processes: read back when they were written for the same
// recheck, options and wording; ignored when not, or when the file is damaged.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRegexSafety, fileVerdictStore, saveRegexVerdicts, useVerdictStore } from '../registry/redos.js';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'redos-cache-')), 'verdicts.json');

afterEach(() => useVerdictStore(fileVerdictStore()));

describe('the ReDoS verdict cache', () => {
  it('writes the verdicts it computed and reads them back in a later process', () => {
    const path = tempFile();
    useVerdictStore(fileVerdictStore(path));
    expect(checkRegexSafety('^(a+)+$')).toMatch(/can backtrack catastrophically/);
    saveRegexVerdicts();
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { key: string; verdicts: Record<string, { verdict: string }> };
    expect(stored.key).toMatch(/^recheck \d+\.\d+\.\d+ i /);
    expect(stored.verdicts['^(a+)+$']!.verdict).toMatch(/can backtrack catastrophically/);

    // A later process trusts the file: a verdict planted under the same key is returned unchecked.
    stored.verdicts['rate limit reached'] = { verdict: 'planted' };
    writeFileSync(path, JSON.stringify(stored));
    useVerdictStore(fileVerdictStore(path));
    expect(checkRegexSafety('rate limit reached')).toBe('planted');
  });

  it('ignores a file written under another key, or one that does not parse', () => {
    const path = tempFile();
    writeFileSync(path, JSON.stringify({ key: 'recheck 0.0.0 i {}', verdicts: { 'rate limit reached': { verdict: 'planted' } } }));
    useVerdictStore(fileVerdictStore(path));
    expect(checkRegexSafety('rate limit reached')).toBe('safe');

    writeFileSync(path, '{"key": "recheck');
    useVerdictStore(fileVerdictStore(path));
    expect(checkRegexSafety('rate limit reached')).toBe('safe');
    saveRegexVerdicts();
    expect(JSON.parse(readFileSync(path, 'utf8')).verdicts['rate limit reached']).toEqual({ verdict: 'safe', checker: 'automaton' });
  });

  it('applies the exact rule to a cached fuzzer verdict too', () => {
    useVerdictStore({ load: () => new Map([['limit x{101}', { verdict: 'safe', checker: 'fuzz' }]]), save: () => {} });
    expect(checkRegexSafety('limit x{101}', { exact: false })).toBe('safe');
    expect(checkRegexSafety('limit x{101}')).toMatch(/too large for recheck's exact/);
  });
});
