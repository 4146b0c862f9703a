// REFERENCE.md: every error code with cause, resolution (bash and PowerShell 7) and fallback
// action. Fully generated; Kilo Code loads it on demand from the skill folder.
import type { ErrorEntry, Registry } from '../registry/schema.js';
import { htmlHeader } from './header.js';
import { actionsLine, bySource, codeLink, httpOf, resolutionStep, SOURCE_TITLES, table, yesNo } from './markdown.js';
import type { GeneratedFile } from './types.js';

export const REFERENCE_PATH = '.kilocode/skills/provider-fallback/REFERENCE.md';

function facts(e: ErrorEntry): string {
  const parts = [
    `**Category** ${e.category}`, `**Severity** ${e.severity}`, `**HTTP** ${httpOf(e)}`,
    `**Action** \`${e.action}\``, `**Retryable** ${yesNo(e.retryable)}`,
  ];
  const more = [
    e.litellm.exception ? `**LiteLLM** \`${e.litellm.exception}\`${e.litellm.retryPolicyKey ? ` (retry_policy \`${e.litellm.retryPolicyKey}\`)` : ''}` : '**LiteLLM** not raised by LiteLLM',
    e.aliases.length ? `**Aliases** ${e.aliases.map((a) => `\`${a}\``).join(', ')}` : '',
    e.seedGaps.length ? `**Seed gaps** ${e.seedGaps.join(', ')}` : '',
    e.lifecycle !== 'active' ? `**Lifecycle** ${e.lifecycle}` : '',
  ].filter(Boolean);
  return `${parts.join(' · ')}  \n${more.join(' · ')}`;
}

export function renderEntry(e: ErrorEntry): string {
  const out = [
    `<a id="${e.code.toLowerCase()}"></a>`,
    `### \`${e.code}\`: ${e.title}`,
    '',
    facts(e),
    '',
    e.summary,
    '',
    `**Cause.** ${e.cause}`,
  ];
  if (e.seed?.correction) out.push('', `**What really happens (the seed said otherwise).** ${e.seed.correction}`);
  if (e.seeAlso) out.push('', `**Use instead:** ${codeLink(e.seeAlso)}. Classifiers never return this code; it is kept so the seed's id still resolves.`);
  out.push('', '**Resolution**', '', ...e.resolution.map((s, i) => resolutionStep(s, i + 1)).join('\n\n').split('\n'));
  if (e.windows) out.push('', `**Windows / WSL2.** ${e.windows}`);
  if (e.related.length) out.push('', `**Related:** ${e.related.map((r) => codeLink(r)).join(', ')}`);
  return out.join('\n');
}

/** UNKNOWN is not an entry, but classify() returns it and docs links lead to it. */
function unknownSection(reg: Registry): string {
  const u = reg.vocabulary.unknown;
  return ['## When nothing matches', '', '<a id="unknown"></a>', '### `UNKNOWN`', '', u.behaviour, '', ...u.steps.map((step, i) => `${i + 1}. ${step}`)].join('\n');
}

export function generateReference(reg: Registry): GeneratedFile[] {
  const index = table(
    ['Code', 'Category', 'Severity', 'HTTP', 'Action', 'Retryable'],
    reg.errors.map((e) => [codeLink(e.code), e.category, e.severity, httpOf(e), `\`${e.action}\``, yesNo(e.retryable)]),
  );
  const sections = bySource(reg).map(([source, entries]) =>
    [`## ${SOURCE_TITLES[source]}`, '', ...entries.map(renderEntry).join('\n\n').split('\n')].join('\n'));
  const contents = [
    htmlHeader('registry/errors/'),
    '# provider-fallback error reference',
    '',
    `${reg.vocabulary.pages.referenceIntro} ${reg.errors.length} codes.`,
    reg.vocabulary.pages.referenceHowToRead,
    '',
    actionsLine(reg),
    '',
    '## Index',
    '',
    index,
    '',
    sections.join('\n\n'),
    '',
    unknownSection(reg),
    '',
  ].join('\n');
  return [{ path: REFERENCE_PATH, contents }];
}
