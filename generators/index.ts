// Runs every generator. All of them run before anything is written, so one failure writes nothing.
import type { Registry } from '../registry/schema.js';
import { generateAlerts } from './alerts.js';
import { generateClassifier } from './classifier.js';
import { generateCodesLock } from './codes-lock.js';
import { generateCoverage } from './coverage.js';
import { generateEnvExample } from './env-example.js';
import { EMBEDS, embedIntoGuides } from './guide-embeds.js';
import { generateExecutorPolicy } from './executor-policy.js';
import { generateExecutorAlerts } from './executor-alerts.js';
import { generateJsonSchema } from './json-schema.js';
import { manifestFile } from './manifest.js';
import { generateLitellmConfig } from './litellm-config.js';
import { generatePlaybook } from './playbook.js';
import { generateReference } from './reference-md.js';
import { generateRuntimeData } from './runtime-data.js';
import { generateSitePages } from './site-pages.js';
import { generateSkill } from './skill-md.js';
import { generateScenarioPages } from './scenario-pages.js';
import type { GeneratedFile, GenerateContext, Generator } from './types.js';

export const GENERATORS: readonly Generator[] = [
  generateReference,
  generateSkill,
  generateLitellmConfig,
  generateEnvExample,
  generatePlaybook,
  generateCoverage,
  generateJsonSchema,
  generateClassifier,
  generateRuntimeData,
  generateExecutorPolicy,
  generateSitePages,
  (reg, ctx) => generateScenarioPages(reg, ctx.scenarioRuns),
  generateAlerts,
  generateExecutorAlerts,
  generateCodesLock,
];

export function generateAll(reg: Registry, ctx: GenerateContext): GeneratedFile[] {
  const generated = GENERATORS.flatMap((g) => g(reg, ctx));
  // The guides embed ops files, some of them generated above, so they come last.
  const files = [...generated, ...embedIntoGuides(EMBEDS, generated, ctx.existing)];
  const all = [...files, manifestFile(files)];
  return all.map((f) => ({ ...f, contents: f.contents.endsWith('\n') ? f.contents : `${f.contents}\n` }));
}
