// The incident playbook: a triage order by severity, then detect / triage / mitigate / escalate
// for every code, with whether it pages someone.
import { ERROR_SEVERITIES, type ErrorEntry, type Registry } from '../registry/schema.js';
import { alertText } from './alerts.js';
import { htmlHeader } from './header.js';
import { codeLink, inReference, resolutionStep, table, type CodeHref } from './markdown.js';
import type { GeneratedFile, GenerateContext } from './types.js';
import type { ScenarioRun } from '../scenarios/run.js';
import { codesFired, scenariosByCode } from './scenario-pages.js';

export const PLAYBOOK_PATH = 'docs/PLAYBOOK.md';

function probes(reg: Registry): string {
  return table(
    ['Component', 'Probe', 'Needs key', 'Notes'],
    reg.providers.map((p) => [p.name, `\`${p.health.method} ${p.baseUrl}${p.health.path}\``, p.health.auth ? 'yes' : 'no', p.health.note]),
  );
}

function codeSection(reg: Registry, e: ErrorEntry, href: CodeHref, scenarios: string[]): string {
  const pb = e.playbook;
  return [
    `<a id="${e.code.toLowerCase()}"></a>`,
    `### \`${e.code}\`: ${e.title}`,
    '',
    `Severity **${e.severity}** · action \`${e.action}\` · ${e.alert.fires ? `alert ${alertText(reg, e)}` : 'no alert'} · [full entry](${href(e.code)})`,
    '',
    `- **Detect:** ${pb.detect}`,
    `- **Triage:**`,
    ...pb.triage.map((t, i) => `  ${i + 1}. ${t}`),
    `- **Mitigate:**`,
    ...pb.mitigate.map((m, i) => `  ${i + 1}. ${m}`),
    `- **Escalate:** ${pb.escalate}`,
    ...(scenarios.length ? [`- **Seen in scenarios:** ${scenarios.join(', ')}`] : []),
  ].join('\n');
}

/** Where the scenario pages are, as seen from the playbook being written, and the runs they record. */
export interface ScenarioLinks {
  runs: Record<string, ScenarioRun>;
  href: (id: string) => string;
}

/** The scenarios section: each run, and the codes it exercised. */
function scenariosSection(reg: Registry, links: ScenarioLinks, href: CodeHref): string {
  return [
    '## Scenarios',
    '',
    'Failures run through the fallback executor; each page is the record of the run: timeline, attempts, alerts and metrics.',
    '',
    ...reg.scenarios.map((s) => `- [${s.title}](${links.href(s.id)}): ${codesFired(links.runs[s.id]!).map(([c]) => codeLink(c, href)).join(', ')}`),
  ].join('\n');
}

/** The playbook's Markdown body; `href` says where a code's full entry is from the page it lands on. */
export function renderPlaybook(reg: Registry, href: CodeHref, links: ScenarioLinks): string {
  const seen = scenariosByCode(reg, links.runs);
  const active = reg.errors.filter((e) => e.lifecycle === 'active' && !e.seeAlso);
  const severities = [...ERROR_SEVERITIES].reverse();
  const bySeverity = severities.map((s) => {
    const entries = active.filter((e) => e.severity === s);
    return [
      `## ${s}`,
      '',
      table(['Code', 'Detect', 'First move', 'Alert'], entries.map((e) => [codeLink(e.code), e.playbook.detect, e.playbook.mitigate[0]!, e.alert.fires ? e.alert.rule : 'no'])),
      '',
      entries.map((e) => codeSection(reg, e, href, (seen.get(e.code) ?? []).map((s) => `[${s.title}](${links.href(s.id)})`))).join('\n\n'),
    ].join('\n');
  });
  return [
    reg.vocabulary.playbook.intro,
    '',
    '## First five minutes',
    '',
    ...reg.vocabulary.playbook.firstFiveMinutes.map((step, i) => resolutionStep(step, i + 1)).join('\n\n').split('\n'),
    '',
    '### Health probes',
    '',
    probes(reg),
    '',
    bySeverity.join('\n\n'),
    '',
    scenariosSection(reg, links, href),
    '',
  ].join('\n');
}

export function generatePlaybook(reg: Registry, ctx: GenerateContext): GeneratedFile[] {
  const links = { runs: ctx.scenarioRuns, href: (id: string) => `../site/content/docs/scenarios/${id}.md` };
  const contents = [htmlHeader('registry/errors/ (playbook and alert fields)'), '# Incident playbook', '', renderPlaybook(reg, inReference('../'), links)].join('\n');
  return [{ path: PLAYBOOK_PATH, contents }];
}
