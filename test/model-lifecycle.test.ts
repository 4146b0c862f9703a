// Model shutdowns with an injected day: doctor warns from 90 days before a deprecated model's
// shutdown and fails after it, naming the replacement; registry validation fails when a
// deployment (and so every chain through it) uses a model past its shutdown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RuntimeRegistry } from '../src/data/types.js';
import { REGISTRY } from '../src/data/registry.js';
import { shutdownStatus, SHUTDOWN_WARNING_DAYS } from '../src/data/lifecycle.js';
import { modelLifecycleChecks } from '../src/doctor/checks/config-models.js';
import { parseConfig } from '../src/doctor/config-file.js';
import { parseRegistry } from '../registry/validate.js';
import { freshInput } from './helpers/fixtures.js';
import { doctor, fixture, GENERATED_CONFIG, only } from './fixtures/doctor/harness.js';
import { defaultIO } from '../src/doctor/doctor.js';
import { loadRegistry } from '../registry/index.js';
import { CALENDAR_LINK, checkedAsOf, renderModelCalendar } from '../generators/model-calendar.js';

// A made-up deprecation of the secondary model, so the test does not depend on real dates.
const DEPRECATION = {
  stage: 'deprecated' as const, shutdownOn: '2030-03-01', announcedOn: '2029-09-01', replacement: 'gpt-next-luna',
  source: 'https://developers.openai.com/api/docs/deprecations', checkedOn: '2029-09-02',
};
const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

function registryWithDeprecation(): RuntimeRegistry {
  const reg = structuredClone(REGISTRY);
  reg.models.find((m) => m.provider === 'openai' && m.id === 'gpt-6-luna')!.lifecycle = DEPRECATION;
  return reg;
}

describe('shutdownStatus', () => {
  it('is quiet until 90 days before, counts the days left, and is past on the day itself', () => {
    const m = { lifecycle: DEPRECATION };
    expect(shutdownStatus(m, day('2029-11-01'))).toEqual({ kind: 'none' });
    expect(shutdownStatus(m, day('2029-12-15'))).toEqual({ kind: 'soon', shutdownOn: '2030-03-01', daysLeft: 76, replacement: 'gpt-next-luna' });
    expect(shutdownStatus(m, day('2030-03-01'))).toMatchObject({ kind: 'past' });
    expect(SHUTDOWN_WARNING_DAYS).toBe(90);
  });
});

describe('doctor on a deprecated model', () => {
  const load = parseConfig(GENERATED_CONFIG, readFileSync(GENERATED_CONFIG, 'utf8'));
  if (!load.ok) throw new Error('generated config does not parse');
  const results = (iso: string) => modelLifecycleChecks(registryWithDeprecation(), load.config, day(iso));

  it('passes while the shutdown is more than 90 days away', () => {
    expect(results('2029-10-01').map((r) => r.status)).toEqual(['pass']);
  });

  it('warns within 90 days, naming the date, the days left and the replacement', () => {
    const [r] = results('2030-01-15');
    expect(r).toMatchObject({ id: 'config.models.model_list[2]', status: 'warn', code: 'openai-model-not-found' });
    expect(r!.message).toContain('uses openai/gpt-6-luna, which OpenAI shuts down on 2030-03-01, in 45 days');
    expect(r!.fix).toContain('change the model to openai/gpt-next-luna');
  });

  it('fails after the shutdown', () => {
    const [r] = results('2030-03-02');
    expect(r).toMatchObject({ status: 'fail' });
    expect(r!.message).toContain('shut down by OpenAI on 2030-03-01; calls to it fail');
  });
});

describe('registry validation', () => {
  it('rejects a deployment whose model is past its shutdown, and accepts it before', () => {
    const { input, origins } = freshInput();
    const luna = input.models.find((m) => m.provider === 'openai' && m.id === 'gpt-6-luna')!;
    input.models.push({ ...structuredClone(luna), id: 'gpt-next-luna' }); // the replacement must be a registry model
    luna.lifecycle = DEPRECATION;
    expect(() => parseRegistry(input, origins, { redos: false, now: day('2030-01-15') })).not.toThrow();
    expect(() => parseRegistry(input, origins, { redos: false, now: day('2030-03-02') }))
      .toThrow("registry/litellm.ts: deployments[openai-secondary] › model: 'gpt-6-luna' was shut down on 2030-03-01; use 'gpt-next-luna'");
  });

  it('rejects a deprecated model without its source and dates', () => {
    const { input, origins } = freshInput();
    input.models.find((m) => m.id === 'gpt-6-luna')!.lifecycle = { stage: 'deprecated', shutdownOn: '2030-03-01', replacement: 'x' };
    expect(() => parseRegistry(input, origins, { redos: false })).toThrow('a deprecated model needs shutdownOn, announcedOn, replacement, source and checkedOn');
  });
});

// The dates the registry carries today, read from OpenAI's and Google's deprecation pages.
describe('the registry\'s real shutdowns', () => {
  const model = (provider: string, id: string) => REGISTRY.models.find((m) => m.provider === provider && m.id === id)!;
  const load = parseConfig(fixture('deprecated-models.yaml'), readFileSync(fixture('deprecated-models.yaml'), 'utf8'));
  if (!load.ok) throw new Error('deprecated-models.yaml does not parse');
  const byStatus = (iso: string) => modelLifecycleChecks(REGISTRY, load.config, day(iso)).map((r) => `${r.status} ${r.message}`);

  it('gpt-4o-mini shuts down on 2027-01-14 and OpenAI names gpt-6-luna', () => {
    expect(shutdownStatus(model('openai', 'gpt-4o-mini'), day('2026-11-30'))).toEqual({ kind: 'soon', shutdownOn: '2027-01-14', daysLeft: 45, replacement: 'gpt-6-luna' });
    expect(shutdownStatus(model('openai', 'gpt-4o-mini'), day('2027-01-14'))).toMatchObject({ kind: 'past' });
  });

  it('doctor warns about an old config in the weeks before and fails it after, naming both replacements', () => {
    const before = byStatus('2026-10-20');
    expect(before.filter((r) => r.startsWith('warn'))).toEqual([
      expect.stringContaining('uses openai/gpt-4o-mini, which OpenAI shuts down on 2027-01-14, in 86 days'),
      expect.stringContaining('uses openrouter/google/gemini-2.5-flash, which OpenRouter shuts down on 2026-12-01, in 42 days'),
    ]);
    expect(before.filter((r) => r.startsWith('fail'))).toEqual([]);
    const after = byStatus('2027-01-15');
    expect(after.filter((r) => r.startsWith('fail'))).toEqual([
      expect.stringContaining('openai/gpt-4o-mini'), expect.stringContaining('google/gemini-2.5-flash'),
    ]);
    const fixes = modelLifecycleChecks(REGISTRY, load.config, day('2027-01-15')).map((r) => r.fix);
    expect(fixes).toEqual([expect.stringContaining('openai/gpt-6-luna'), expect.stringContaining('openrouter/google/gemini-3.5-flash-lite')]);
  });

  it('the generated chain keeps every role with a model that does not shut down within 90 days of the last check', () => {
    const asOf = day(checkedAsOf(loadRegistry())!);
    for (const d of REGISTRY.deployments) {
      expect(shutdownStatus(model(d.provider, d.model), asOf), `${d.modelName} uses ${d.model}`).toEqual({ kind: 'none' });
      expect(model(d.provider, d.model).lifecycle.stage, d.modelName).toBe('current');
    }
  });
});

describe('the model lifecycle calendar', () => {
  const reg = loadRegistry();
  const page = renderModelCalendar(reg);
  const rows = page.split('\n').filter((l) => l.startsWith('| `'));

  it('lists every model once, in the order they stop answering, undated models last', () => {
    expect(rows).toHaveLength(reg.models.length);
    const ends = rows.map((r) => r.split(' | ')[5]);
    const dated = ends.filter((e) => /^\d{4}-/.test(e!));
    expect(dated).toEqual([...dated].sort());
    expect(ends.slice(dated.length).every((e) => e === 'none announced')).toBe(true);
  });

  it('marks the models within 90 days of the last check and names which config group uses each model', () => {
    expect(page).toContain(':::caution[Shutting down within 90 days of 2026-11-30]');
    expect(page).toContain('- `gpt-4o-mini` (openai) on 2027-01-14: use `gpt-6-luna`.');
    expect(rows.find((r) => r.startsWith('| `gpt-4o-mini`'))).toContain('**deprecated, 45 days left**');
    expect(rows.find((r) => r.startsWith('| `gpt-6-luna`'))).toContain('| `openai-secondary` | current |');
  });

  it('is linked from every provider page that lists models', () => {
    for (const p of ['groq', 'openai', 'openrouter']) {
      expect(readFileSync(`site/content/docs/providers/${p}.md`, 'utf8'), p).toContain(`(${CALENDAR_LINK})`);
    }
  });
});

describe('doctor\'s clock', () => {
  it('judges shutdowns by the wall clock (epoch ms), not the monotonic clock it times live calls with', () => {
    expect(Math.abs(defaultIO().today() - Date.now())).toBeLessThan(60_000);
  });

  it('reads today from DoctorIO.today in a full run', async () => {
    const at = async (iso: string) => only(await doctor({ configPath: fixture('deprecated-models.yaml') }, { today: () => day(iso) }), 'config.models.model_list[1]');
    expect((await at('2026-11-30')).status).toBe('warn');
    expect((await at('2027-01-15')).status).toBe('fail');
  });
});
