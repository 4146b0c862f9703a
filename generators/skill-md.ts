// SKILL.md: hand-written guidance for Kilo Code with generated tables between markers.
// The frontmatter and prose are the author's; only the marked regions are rewritten.
import type { Registry } from '../registry/schema.js';
import { replaceRegion } from './markers.js';
import { countTokens } from 'gpt-tokenizer';
import { table } from './markdown.js';
import { GenerationError, type GeneratedFile, type GenerateContext } from './types.js';

export const SKILL_PATH = '.kilocode/skills/provider-fallback/SKILL.md';
/** The Agent Skills spec recommends keeping SKILL.md under 500 lines. */
export const SKILL_MAX_LINES = 500;

/** The Agent Skills guideline for the SKILL.md body, in tokens: detail belongs in REFERENCE.md. */
export const SKILL_MAX_TOKENS = 5000;

/** One row per action, the decision the agent makes; each code's entry is REFERENCE.md#<code>. */
function codesTable(reg: Registry): string {
  const live = reg.errors.filter((e) => e.lifecycle === 'active');
  const actions = Object.keys(reg.vocabulary.actions) as Array<keyof typeof reg.vocabulary.actions>;
  return table(
    ['Action', 'What the proxy does', 'Codes'],
    actions.map((a) => [`\`${a}\``, reg.vocabulary.actions[a], live.filter((e) => e.action === a).map((e) => `\`${e.code}\``).join(', ')]),
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
  checkSkillSize(text);
  return [{ path: SKILL_PATH, contents: text }];
}

/** Throws when SKILL.md outgrows the Agent Skills guidelines (500 lines, 5,000 tokens). */
export function checkSkillSize(text: string): void {
  const lines = text.split('\n').length;
  if (lines > SKILL_MAX_LINES) throw new GenerationError(SKILL_PATH, `would have ${lines} lines; the Agent Skills limit is ${SKILL_MAX_LINES}: move detail to REFERENCE.md`);
  const tokens = countTokens(text);
  if (tokens > SKILL_MAX_TOKENS) throw new GenerationError(SKILL_PATH, `would be ${tokens} tokens; the Agent Skills guideline is ${SKILL_MAX_TOKENS}: move detail to REFERENCE.md`);
}
