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
import { GENERATED_CONFIG } from './fixtures/doctor/harness.js';

// A made-up deprecation of the secondary model, so the test does not depend on real dates.
const DEPRECATION = {
  stage: 'deprecated' as const, shutdownOn: '2030-03-01', announcedOn: '2029-09-01', replacement: 'gpt-next-mini',
  source: 'https://developers.openai.com/api/docs/deprecations', checkedOn: '2029-09-02',
};
const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

function registryWithDeprecation(): RuntimeRegistry {
  const reg = structuredClone(REGISTRY);
  reg.models.find((m) => m.provider === 'openai' && m.id === 'gpt-4o-mini')!.lifecycle = DEPRECATION;
  return reg;
}

describe('shutdownStatus', () => {
  it('is quiet until 90 days before, counts the days left, and is past on the day itself', () => {
    const m = { lifecycle: DEPRECATION };
    expect(shutdownStatus(m, day('2029-11-01'))).toEqual({ kind: 'none' });
    expect(shutdownStatus(m, day('2029-12-15'))).toEqual({ kind: 'soon', shutdownOn: '2030-03-01', daysLeft: 76, replacement: 'gpt-next-mini' });
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
    expect(r!.message).toContain('uses openai/gpt-4o-mini, which OpenAI shuts down on 2030-03-01, in 45 days');
    expect(r!.fix).toContain('change the model to openai/gpt-next-mini');
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
    const mini = input.models.find((m) => m.provider === 'openai' && m.id === 'gpt-4o-mini')!;
    input.models.push({ ...structuredClone(mini), id: 'gpt-next-mini' }); // the replacement must be a registry model
    mini.lifecycle = DEPRECATION;
    expect(() => parseRegistry(input, origins, { redos: false, now: day('2030-01-15') })).not.toThrow();
    expect(() => parseRegistry(input, origins, { redos: false, now: day('2030-03-02') }))
      .toThrow("registry/litellm.ts: deployments[openai-secondary] › model: 'gpt-4o-mini' was shut down on 2030-03-01; use 'gpt-next-mini'");
  });

  it('rejects a deprecated model without its source and dates', () => {
    const { input, origins } = freshInput();
    input.models.find((m) => m.id === 'gpt-4o-mini')!.lifecycle = { stage: 'deprecated', shutdownOn: '2030-03-01', replacement: 'x' };
    expect(() => parseRegistry(input, origins, { redos: false })).toThrow('a deprecated model needs shutdownOn, announcedOn, replacement, source and checkedOn');
  });
});
