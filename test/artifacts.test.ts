// Generated documents checked with the tools that consume them: the Agent Skills reference
// validator (skills-ref), ajv for the JSON Schema, and the seed's own coverage table.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate as validateSkillDir, validateMetadata } from 'skills-ref';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coverageRows } from '../generators/coverage.js';
import { ENV_EXAMPLE_PATH } from '../generators/env-example.js';
import { errorEntryJsonSchema } from '../generators/json-schema.js';
import { checkSkillSize, SKILL_MAX_LINES, SKILL_MAX_TOKENS, SKILL_PATH } from '../generators/skill-md.js';
import { countTokens } from 'gpt-tokenizer';
import { loadRegistry } from '../registry/index.js';
import { registryInput } from '../registry/index.js';
import { ROOT } from './helpers/project.js';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('SKILL.md', () => {
  const text = read(SKILL_PATH);
  const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

  it('passes the Agent Skills reference validator (name equals folder, description, allowed fields)', async () => {
    expect(await validateSkillDir(join(ROOT, '.kilocode/skills/provider-fallback'))).toEqual([]);
    expect(frontmatter.name).toBe('provider-fallback');
    expect(String(frontmatter.description)).toMatch(/Use it when/);
  });

  it('the validator rejects a name that does not match the folder, and an unknown field', () => {
    expect(validateMetadata({ ...frontmatter, name: 'Provider_Fallback' }, join(ROOT, '.kilocode/skills/provider-fallback')).join('\n'))
      .toMatch(/lowercase|invalid characters|must match/);
    expect(validateMetadata({ ...frontmatter, triggers: 'x' }).join('\n')).toMatch(/triggers/);
  });

  it(`stays under ${SKILL_MAX_LINES} lines and ${SKILL_MAX_TOKENS} tokens, and lists every live code with its REFERENCE.md section`, () => {
    expect(text.split('\n').length).toBeLessThan(SKILL_MAX_LINES);
    expect(countTokens(text)).toBeLessThan(SKILL_MAX_TOKENS);
    const reference = readFileSync(join(ROOT, '.kilocode/skills/provider-fallback/REFERENCE.md'), 'utf8');
    for (const e of loadRegistry().errors.filter((x) => x.lifecycle === 'active')) {
      expect(text).toContain(`\`${e.code}\``);
      expect(reference, e.code).toMatch(new RegExp(`id="${e.code.toLowerCase()}"|^#+ .*${e.code}`, 'm'));
    }
  });

  it('the size check rejects a SKILL.md over the token guideline, naming the file', () => {
    expect(() => checkSkillSize('word '.repeat(SKILL_MAX_TOKENS + 100))).toThrow(`${SKILL_PATH}: would be`);
  });
});

describe('JSON Schema of the entry format', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(errorEntryJsonSchema());
  const good = structuredClone(registryInput().input.errors.find((e) => e.code === 'groq-rate-limit')!);

  it('accepts every real registry entry', () => {
    for (const e of registryInput().input.errors) expect(validate(e), `${e.code}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  });

  it.each([
    ['an unknown category', { category: 'SLOW' }, /category/],
    ['a status outside 200-599', { httpStatus: 150 }, /httpStatus/],
    ['a bad action', { action: 'panic' }, /action/],
    ['an unknown field', { retries: 3 }, /additional/],
    ['a resolution step without text', { resolution: [{ command: { bash: 'true' } }] }, /text/],
  ])('rejects %s', (_name, patch, where) => {
    expect(validate({ ...good, ...patch })).toBe(false);
    expect(ajv.errorsText(validate.errors)).toMatch(where);
  });

  it('rejects an entry with a required field missing', () => {
    const { cause: _cause, ...noCause } = good;
    expect(validate(noCause)).toBe(false);
    expect(ajv.errorsText(validate.errors)).toMatch(/cause/);
  });
});

describe('coverage report', () => {
  it("reproduces the seed's Coverage Analysis table (section 6) exactly", () => {
    const rows = coverageRows(loadRegistry()).map((r) => [r.family, r.documented, r.missing, r.seedCoverage]);
    // Copied from the seed gap analysis this project answers, section 6 "Coverage Analysis".
    expect(rows).toEqual([
      ['HTTP Status Codes', 9, 0, 100],
      ['Connection Errors', 5, 6, 45],
      ['Groq Errors', 5, 5, 50],
      ['LiteLLM Errors', 4, 4, 50],
      ['OpenRouter Errors', 0, 5, 0],
      ['Kilo Code Errors', 3, 0, 100],
    ]);
  });

  it('shows every seed family fully covered now', () => {
    for (const r of coverageRows(loadRegistry())) expect(r.nowCoverage, r.family).toBe(100);
  });

  it('reports a family as not covered when its entries are missing', () => {
    const reg = loadRegistry();
    const without = { ...reg, errors: reg.errors.filter((e) => e.source !== 'openrouter') };
    const row = coverageRows(without).find((r) => r.family === 'OpenRouter Errors')!;
    expect(row.nowCoverage).toBe(0);
  });
});

describe('litellm/.env.example', () => {
  const text = read(ENV_EXAMPLE_PATH);
  const reg = loadRegistry();

  it('declares every registry variable, including the ones the seed found missing', () => {
    // A profile's variables (Redis, Postgres) are present but commented out.
    for (const v of reg.env) expect(text).toMatch(new RegExp(`^(?:# )?${v.name}=`, 'm'));
    for (const name of ['OPENROUTER_API_KEY', 'LITELLM_MASTER_KEY']) expect(text).toMatch(new RegExp(`^${name}=`, 'm'));
    for (const name of ['LITELLM_SALT_KEY', 'DATABASE_URL']) expect(text).toMatch(new RegExp(`^# ${name}=`, 'm'));
  });

  it('has placeholders only: no value matches its own key format', () => {
    for (const [, name, value] of text.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)) {
      const v = reg.env.find((x) => x.name === name)!;
      if (v.secret && v.format && v.placeholder) {
        const looksReal = new RegExp(v.format).test(value!) && !/replace/.test(value!);
        expect(looksReal, `${name} looks like a real secret`).toBe(false);
      }
    }
  });

  it('tells how to make a strong master key and warns never to change the salt key', () => {
    expect(text).toContain('openssl rand -hex 32');
    expect(text).toContain('RandomNumberGenerator');
    expect(text).toMatch(/LITELLM_SALT_KEY[\s\S]*Never change it|Never change it[\s\S]*LITELLM_SALT_KEY/);
  });
});
