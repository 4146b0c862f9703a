// SKILL.md: hand-written guidance for Kilo Code with generated tables between markers.
// The frontmatter and prose are the author's; only the marked regions are rewritten.
import type { Registry } from '../registry/schema.js';
import { replaceRegion } from './markers.js';
import { cell, table, yesNo } from './markdown.js';
import { GenerationError, type GeneratedFile, type GenerateContext } from './types.js';

export const SKILL_PATH = '.kilocode/skills/provider-fallback/SKILL.md';
/** The Agent Skills spec recommends keeping SKILL.md under 500 lines. */
export const SKILL_MAX_LINES = 500;

function codesTable(reg: Registry): string {
  return table(
    ['Code', 'Category', 'Action', 'Retry', 'What happened'],
    reg.errors.map((e) => [`[\`${e.code}\`](REFERENCE.md#${e.code.toLowerCase()})`, e.category, `\`${e.action}\``, yesNo(e.retryable), cell(e.summary)]),
  );
}

function fallbackTable(reg: Registry): string {
  return table(
    ['Model group', 'On', 'Falls back to', 'Why'],
    reg.fallbacks.map((f) => [`\`${f.from}\``, reg.vocabulary.fallbackKinds[f.kind].label, f.to.map((t) => `\`${t}\``).join(' → '), f.why]),
  );
}

export function generateSkill(reg: Registry, ctx: GenerateContext): GeneratedFile[] {
  const current = ctx.existing(SKILL_PATH);
  if (current === undefined) throw new GenerationError(SKILL_PATH, `missing; it holds hand-written prose, restore it (git checkout -- ${SKILL_PATH}) and run again`);
  let text = replaceRegion(SKILL_PATH, current, 'codes', codesTable(reg));
  text = replaceRegion(SKILL_PATH, text, 'fallbacks', fallbackTable(reg));
  const lines = text.split('\n').length;
  if (lines > SKILL_MAX_LINES) throw new GenerationError(SKILL_PATH, `would have ${lines} lines; the Agent Skills limit is ${SKILL_MAX_LINES}: move detail to REFERENCE.md`);
  return [{ path: SKILL_PATH, contents: text }];
}
