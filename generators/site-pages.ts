// The docs site's generated pages (Starlight content in site/content/docs/): one page per error
// code, the filterable code index, one page per provider and per category, and the reference
// pages (fallback chain, coverage, playbook, environment, LiteLLM config). Plus site/sidebar.json,
// which astro.config.mjs reads so every code page is in the sidebar.
import { stringify } from 'yaml';
import { ERROR_CATEGORIES, type ErrorCategory, type ErrorEntry, type Registry, type SourceRef } from '../registry/schema.js';
import { alertText, describeAlert, entriesByRule } from './alerts.js';
import { chainsOf, fallbackOrder } from '../src/litellm/fallback-order.js';
import { renderCoverage } from './coverage.js';
import { configVariants, generateLitellmConfig } from './litellm-config.js';
import { requirement } from './env-example.js';
import { bySource, codeLink, codeSpan, fallbackKindText, fence, httpOf, onSite, SOURCE_TITLES, table, yesNo } from './markdown.js';
import { renderPlaybook } from './playbook.js';
import { CALENDAR_LINK, CALENDAR_SLUG, renderModelCalendar } from './model-calendar.js';
import { renderExecutorPolicy } from './executor-policy-page.js';
import { REGENERATE } from './header.js';
import { badge, shellTabs } from './shell-tabs.js';
import type { GeneratedFile, GenerateContext } from './types.js';
import { scenarioHref, scenariosByCode } from './scenario-pages.js';

const DOCS = 'site/content/docs';
/** A Markdown comment: a link definition that renders nothing, so the note stays out of the built page (an <!-- --> comment would ship in it). */
export const mdComment = (text: string) => `[//]: # (${text.replace(/[()]/g, '')})`;
const NOTE = `Generated from registry/ by provider-fallback. Do not edit: edit the registry, then run ${REGENERATE}.`;

export const categorySlug = (c: string) => c.toLowerCase().replace(/_/g, '-');
const providerTitle = (reg: Registry, id: string) => reg.providers.find((p) => p.id === id)?.name ?? id;

export function frontmatter(fields: Record<string, unknown>): string {
  return `---\n${stringify(fields, { lineWidth: 0 }).trimEnd()}\n---\n`;
}

/** MDX reads `{`, `}` and `<` in prose as JSX; escape them outside code spans. */
export function mdx(text: string): string {
  return text.split(/(`[^`]*`)/).map((part, i) => (i % 2 === 1 ? part : part
    .replace(/[{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;').replace(/>/g, '&gt;'))).join('');
}

const SEVERITY_VARIANT: Record<ErrorEntry['severity'], string> = { LOW: 'note', MEDIUM: 'caution', HIGH: 'danger', CRITICAL: 'danger' };

/** Badges as directives (error pages are Markdown, not MDX: see generators/shell-tabs.ts); styled in site/styles/custom.css. */
function badges(e: ErrorEntry): string {
  const b = (text: string, variant = 'default') => badge(text, variant);
  return [
    b(e.category, 'tip'), b(e.severity, SEVERITY_VARIANT[e.severity]), b(`HTTP ${httpOf(e)}`),
    b(`action: ${e.action}`, 'note'), b(e.retryable ? 'retryable' : 'not retryable', e.retryable ? 'success' : 'caution'),
  ].join(' ');
}

/** The resolution once per shell, in tabs that stay in sync across pages (site/public/shell-tabs.js). */
function resolutionTabs(e: ErrorEntry): string {
  const steps = (shell: 'bash' | 'powershell') => e.resolution.map((s, i) => {
    const command = s.command?.[shell];
    const body = command ? `\n\n${fence(shell, command).split('\n').map((l) => `   ${l}`).join('\n')}` : '';
    return `${i + 1}. ${mdx(s.text)}${body}`;
  }).join('\n\n');
  return shellTabs(e.code.toLowerCase(), steps('bash'), steps('powershell'));
}

function sampleBlock(s: ErrorEntry['samples'][number]): string {
  const shown = s.kind === 'text' ? s.text : s.kind === 'error' ? s.error : { status: s.status, headers: s.headers, body: s.body };
  const body = typeof shown === 'string' ? fence('text', shown) : fence('json', JSON.stringify(shown, null, 2));
  return `- ${mdx(s.source)} (${s.kind}${s.status ? `, HTTP ${s.status}` : ''})\n\n${body.split('\n').map((l) => `  ${l}`).join('\n')}`;
}

const CONDITION_WORDS: Record<string, (v: unknown) => string> = {
  provider: (v) => `the upstream provider is ${(v as string[]).join(' or ')}`,
  status: (v) => `HTTP status ${(v as number[]).join(' or ')}`,
  code: (v) => `body \`code\` ${(v as string[]).map((x) => `\`${x}\``).join(' or ')}`,
  type: (v) => `body \`type\` ${(v as string[]).map((x) => `\`${x}\``).join(' or ')}`,
  errorType: (v) => `OpenRouter \`error_type\` ${(v as string[]).map((x) => `\`${x}\``).join(' or ')}`,
  limitSource: (v) => `OpenRouter \`limit_source\` ${(v as string[]).map((x) => `\`${x}\``).join(' or ')}`,
  errno: (v) => `Node or undici code ${(v as string[]).map((x) => `\`${x}\``).join(' or ')} in the cause chain`,
  name: (v) => `error class ${(v as string[]).map((x) => `\`${x}\``).join(' or ')}`,
  message: (v) => `the message matches ${(v as string[]).map(codeSpan).join(' or ')}`,
  stream: (v) => (v ? 'the error arrived inside a 200 stream' : 'not inside a stream'),
};

/** The error classes that stand for `category`, by library: `: LiteLLM \`A\`, \`B\`; requests \`C\``, or nothing. */
function classesOf(reg: Registry, category: ErrorCategory): string {
  const byLibrary = new Map<string, string[]>();
  for (const lib of reg.errorClasses) {
    for (const c of lib.classes) {
      if (c.category !== category) continue;
      const names = byLibrary.get(lib.library) ?? byLibrary.set(lib.library, []).get(lib.library)!;
      if (!names.includes(c.name)) names.push(c.name);
    }
  }
  if (byLibrary.size === 0) return '';
  return `: ${[...byLibrary].map(([library, names]) => `${mdx(library)} ${names.map((n) => `\`${n}\``).join(', ')}`).join('; ')}`;
}

/** The code's match rules in words, and whether it is a category's fallback code. */
function recognitionLines(reg: Registry, e: ErrorEntry): string[] {
  const lines = e.match.map((rule, i) => `${i + 1}. ${Object.entries(rule).map(([k, v]) => CONDITION_WORDS[k]!(v)).join('; ')}.`);
  if (lines.length === 0) lines.push('No rule: classify never returns this code.');
  const generic = Object.entries(reg.wordings.categories).find(([, c]) => c.genericCode === e.code || c.viaLitellm === e.code);
  if (generic) {
    const [category, c] = generic;
    const through = c.viaLitellm === undefined ? '' : c.viaLitellm === e.code
      ? ' and the error came through the LiteLLM proxy (a LiteLLM wrapper or wording is in it)'
      : ` (through the LiteLLM proxy, ${codeLink(c.viaLitellm, onSite)} instead)`;
    lines.push('', `It is also the answer when only the category ${category} is evident${through}: no entry's rule fits, but the message says one of ${c.phrases.map(codeSpan).join(', ')}, or the error's class stands for ${category}${classesOf(reg, category as ErrorCategory)}.`);
    const cues = c.cues ?? [];
    if (cues.length > 0) lines.push('', `Last, when nothing else is evident (no status, class, provider rule or wording), any of ${cues.map(codeSpan).join(', ')} where a word starts (or a part of a compound name such as \`ResponseStreamResult\`) is enough, at low confidence: these are the category's cues.`);
  }
  return lines;
}

/** A source as a Markdown link: a page by its title, upstream code by repo, file, symbol and commit. */
export function sourceLink(src: SourceRef): string {
  if (src.kind === 'web') return `[${mdx(src.title)}](${src.url})`;
  const release = src.release ? `, ${src.release}` : '';
  return `[${src.repo} \`${src.path}\`](https://github.com/${src.repo}/blob/${src.commit}/${src.path}), \`${src.symbol}\` (commit \`${src.commit.slice(0, 10)}\`${release})`;
}

export function errorPage(reg: Registry, e: ErrorEntry, scenarios: ReadonlyArray<{ id: string; title: string }> = []): GeneratedFile {
  const out = [
    frontmatter({ title: e.code, description: e.summary, sidebar: { label: e.code } }),
    mdComment(NOTE),
    '',
    `**${mdx(e.title)}**`,
    '',
    badges(e),
    '',
    '## What happened',
    '',
    mdx(e.summary),
    '',
    mdx(e.cause),
  ];
  if (e.seed?.correction) out.push('', ':::caution[The seed said otherwise]', mdx(e.seed.correction), ':::');
  if (e.seeAlso) out.push('', ':::note[No provider emits this code]', `Use ${codeLink(e.seeAlso, onSite)} instead; this page keeps the seed's id resolving.`, ':::');
  out.push('', '## What to do', '', resolutionTabs(e));
  if (e.windows) out.push('', '## Windows and WSL2', '', mdx(e.windows));
  out.push('', '## What the fallback chain does', '', table(['Field', 'Value'], [
    ['Action', `\`${e.action}\``],
    ['Retryable', yesNo(e.retryable)],
    ['LiteLLM exception', e.litellm.exception ? `\`${e.litellm.exception}\`` : 'not raised by LiteLLM'],
    ['LiteLLM retry_policy key', e.litellm.retryPolicyKey ? `\`${e.litellm.retryPolicyKey}\`` : 'none'],
    ['Alert', mdx(alertText(reg, e))],
    ['Category', `[${e.category}](/categories/${categorySlug(e.category)}/)`],
    ['Source', e.source === 'http' || e.source === 'network' ? SOURCE_TITLES[e.source] : `[${providerTitle(reg, e.source)}](/providers/${e.source}/)`],
    ['Seed gaps closed', e.seedGaps.length ? e.seedGaps.join(', ') : 'none'],
    ['Aliases', e.aliases.length ? e.aliases.map((a) => `\`${a}\``).join(', ') : 'none'],
    ['Lifecycle', `${e.lifecycle} since ${e.since}`],
  ]));
  if (e.samples.length) out.push('', '## How it looks', '', reg.vocabulary.pages.samplesIntro, '', e.samples.map(sampleBlock).join('\n\n'));
  if (e.related.length) out.push('', '## Related', '', e.related.map((r) => `- ${codeLink(r, onSite)}: ${mdx(reg.errors.find((x) => x.code === r)!.title)}`).join('\n'));
  out.push('', '## How it is recognised', '', ...recognitionLines(reg, e));
  if (!e.seeAlso) out.push('', '## Incident playbook', '', `See [${e.code} in the playbook](/reference/playbook/#${e.code.toLowerCase()}).`);
  if (scenarios.length) out.push('', '## Seen in scenarios', '', 'Runs of the fallback executor in which this code fired, with what it did about it:', '', ...scenarios.map((s) => `- [${s.title}](${scenarioHref(s.id)})`));
  out.push('', '## Sources', '', reg.vocabulary.pages.sourcesIntro, '', ...e.sources.map((src) => `- ${sourceLink(src)}`));
  out.push('');
  return { path: `${DOCS}/errors/${e.code.toLowerCase()}.md`, contents: out.join('\n') };
}

function unknownPage(reg: Registry): GeneratedFile {
  const u = reg.vocabulary.unknown;
  return {
    path: `${DOCS}/errors/unknown.md`,
    contents: [
      frontmatter({ title: 'UNKNOWN', description: u.summary, sidebar: { label: 'UNKNOWN' } }),
      mdComment(NOTE),
      '',
      mdx(u.behaviour),
      '',
      ...u.steps.map((step, i) => `${i + 1}. ${mdx(step)}`),
      '',
    ].join('\n'),
  };
}

function indexPage(reg: Registry): GeneratedFile {
  const rows = reg.errors.map((e) => `<tr data-provider="${e.source}" data-category="${e.category}" data-severity="${e.severity}"><td><a href="/errors/${e.code.toLowerCase()}/"><code>${e.code}</code></a><br /><small>${mdx(e.summary)}</small></td><td>${e.category}</td><td>${e.severity}</td><td>${httpOf(e)}</td><td>${e.action}</td></tr>`);
  const sources = [...new Set(reg.errors.map((e) => e.source))];
  return {
    path: `${DOCS}/errors/index.mdx`,
    contents: [
      frontmatter({ title: 'All error codes', description: `${reg.errors.length} codes with what happened and what to do; filter by provider, category and severity.`, tableOfContents: false }),
      "import CodeFilter from '../../../components/CodeFilter.astro';",
      "import PasteError from '../../../components/PasteError.astro';",
      '',
      `{/* ${NOTE} */}`,
      '',
      `Every code \`classify()\` can return, and what the fallback chain does with it. Codes keep the seed's ids; HTTP statuses are \`http-NNN\` (the bare number works as an alias).`,
      '',
      'Have the error text rather than a code? Paste it here and the classifier names its code.',
      '',
      '<PasteError />',
      '',
      `<CodeFilter providers={${JSON.stringify(sources)}} categories={${JSON.stringify([...ERROR_CATEGORIES].filter((c) => reg.errors.some((e) => e.category === c)))}} severities={${JSON.stringify(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'])}} />`,
      '',
      '<table data-code-table>',
      '<thead><tr><th>Code and what happened</th><th>Category</th><th>Severity</th><th>HTTP</th><th>Action</th></tr></thead>',
      '<tbody>',
      ...rows,
      '</tbody>',
      '</table>',
      '',
    ].join('\n'),
  };
}

function modelRows(reg: Registry, providerId: string): string[][] {
  const n = (v: number | null) => (v === null ? '–' : v.toLocaleString('en-US'));
  return reg.models.filter((m) => m.provider === providerId).map((m) => {
    const l = m.lifecycle;
    const life = l.stage === 'retired' ? `**retired ${l.retiredOn}**, use \`${l.replacement}\``
      : l.stage === 'deprecated' ? `**shuts down ${l.shutdownOn}**, use \`${l.replacement}\``
        : l.stage;
    return [`\`${m.id}\``, n(m.contextWindow), n(m.limits.rpm), n(m.limits.rpd), n(m.limits.tpm), n(m.limits.tpd), life, m.limitsPlan];
  });
}

function providerPage(reg: Registry, p: Registry['providers'][number]): GeneratedFile {
  const codes = reg.errors.filter((e) => e.source === p.id);
  const envs = reg.env.filter((v) => v.name === p.keyEnv || v.requiredBy.some((r) => r.toLowerCase().includes(p.id)));
  const deployments = reg.deployments.filter((d) => d.provider === p.id);
  const out = [
    frontmatter({ title: p.name, description: `${p.name} (${p.role}): models, limits, lifecycle, keys, health endpoint and every error code.` }),
    mdComment(NOTE),
    '',
    `Role in the chain: **${p.role}**. Base URL: \`${p.baseUrl}\`. Provider docs: <${p.docsUrl}>${p.statusUrl ? `; status page: <${p.statusUrl}>` : ''}.`,
    '',
    '## Key',
    '',
    p.keyEnv ? `Environment variable \`${p.keyEnv}\`${p.keyFormat ? `, format \`${p.keyFormat.prefix}…\` (checked by \`provider-fallback doctor\` against \`${p.keyFormat.pattern}\`)` : ''}.` : 'No key of its own.',
    '',
    '## Health endpoint',
    '',
    `\`${p.health.method} ${p.baseUrl}${p.health.path}\`${p.health.auth ? ' (needs the key)' : ''}: ${p.health.note}`,
  ];
  const models = modelRows(reg, p.id);
  if (models.length) out.push('', '## Models, limits and lifecycle', '', reg.vocabulary.pages.providerLimits, `Shutdown dates and their sources for every provider: [model lifecycle calendar](${CALENDAR_LINK}).`, '', table(['Model', 'Context', 'RPM', 'RPD', 'TPM', 'TPD', 'Lifecycle', 'Limits for'], models));
  if (deployments.length) out.push('', '## In the generated LiteLLM config', '', table(['model_name', 'Model', 'Timeout', 'Stream timeout', 'Purpose'], deployments.map((d) => [`\`${d.modelName}\``, `\`${d.model}\``, `${d.timeout} s`, `${d.streamTimeout} s`, d.purpose])));
  if (envs.length) out.push('', '## Environment variables', '', table(['Variable', 'Required', 'Purpose'], envs.map((v) => [`\`${v.name}\``, yesNo(v.required), v.purpose])));
  if (codes.length) out.push('', '## Error codes', '', table(['Code', 'Category', 'HTTP', 'Action', 'What happened'], codes.map((e) => [codeLink(e.code, onSite), e.category, httpOf(e), `\`${e.action}\``, e.summary])));
  out.push('');
  return { path: `${DOCS}/providers/${p.id}.md`, contents: out.join('\n') };
}


function categoryPage(reg: Registry, category: ErrorCategory): GeneratedFile {
  const text = reg.vocabulary.categories[category];
  const codes = reg.errors.filter((e) => e.category === category);
  return {
    path: `${DOCS}/categories/${categorySlug(category)}.md`,
    contents: [
      frontmatter({ title: category, description: text }),
      mdComment(NOTE),
      '',
      text,
      '',
      codes.length ? table(['Code', 'Severity', 'HTTP', 'Action', 'What happened'], codes.map((e) => [codeLink(e.code, onSite), e.severity, httpOf(e), `\`${e.action}\``, e.summary])) : 'No codes in this category yet.',
      '',
    ].join('\n'),
  };
}

/** A left-to-right SVG: one row per chain, boxes for model groups, arrows between them. */
function chainSvg(reg: Registry): string {
  const rowH = 56;
  const boxW = 170;
  const gap = 60;
  const width = 140 + 3 * (boxW + gap);
  const parts: string[] = [];
  reg.fallbacks.forEach((f, row) => {
    const y = 20 + row * rowH;
    parts.push(`<text x="0" y="${y + 24}" font-size="13" fill="currentColor">${reg.vocabulary.fallbackKinds[f.kind].label}</text>`);
    [f.from, ...f.to].forEach((name, i) => {
      const x = 140 + i * (boxW + gap);
      parts.push(`<rect x="${x}" y="${y}" width="${boxW}" height="36" rx="6" fill="none" stroke="currentColor" stroke-width="${i === 0 ? 2 : 1}"/>`);
      parts.push(`<text x="${x + boxW / 2}" y="${y + 23}" font-size="13" text-anchor="middle" fill="currentColor">${name}</text>`);
      if (i > 0) {
        const x0 = x - gap + 4;
        parts.push(`<line x1="${x0}" y1="${y + 18}" x2="${x - 6}" y2="${y + 18}" stroke="currentColor" stroke-width="1.5"/>`);
        parts.push(`<polygon points="${x - 6},${y + 13} ${x},${y + 18} ${x - 6},${y + 23}" fill="currentColor"/>`);
      }
    });
  });
  const height = 20 + reg.fallbacks.length * rowH;
  return `<svg role="img" aria-label="Fallback chains of the generated LiteLLM config" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

function alertsBody(reg: Registry): string {
  const byRule = entriesByRule(reg);
  const silent = reg.errors.filter((e) => !e.alert.fires && e.lifecycle !== 'removed');
  const source = reg.metrics.source;
  return [
    `\`ops/prometheus/litellm-alerts.yml\` holds ${Object.keys(reg.alertRules).length} rules, generated from \`registry/alerts.ts\`; \`ops/prometheus/litellm-alerts.test.yml\` tests each one with \`promtool test rules\` above its threshold (it fires) and below it (it stays quiet). Every metric and label a rule reads is checked against the names in LiteLLM's Prometheus integration (${source.kind === 'upstream' ? `\`${source.path}\`, \`${source.symbol}\`, at ${source.repo}@${source.commit.slice(0, 10)}` : `[${source.title}](${source.url})`}).`,
    '',
    table(['Alert', 'Severity', 'Fires when', 'Codes'], Object.entries(reg.alertRules).map(([name, rule]) => [
      `\`${name}\``, rule.severity, mdx(describeAlert(name, rule).replace(/^\S+ \(\w+\): /, '')),
      (byRule.get(name) ?? []).map((e) => codeLink(e.code, onSite)).join(', '),
    ])),
    '',
    '## Codes no Prometheus rule can see',
    '',
    table(['Code', 'Why'], silent.map((e) => [codeLink(e.code, onSite), mdx(e.alert.fires ? '' : e.alert.why)])),
  ].join('\n');
}

/** What a request costs when every provider fails with a 5xx: each group once, plus num_retries each. */
function outageCost(reg: Registry): string {
  const perGroup = 1 + reg.proxy.numRetries;
  const starts = [...new Set(reg.fallbacks.filter((f) => f.kind === 'general').map((f) => f.from))];
  return starts.map((from) => {
    const order = fallbackOrder(chainsOf(reg.fallbacks, 'general'), from);
    return `A request to \`${from}\` while every provider answers 5xx costs ${order.length * perGroup} calls: ${order.map((g) => `\`${g}\``).join(', ')}, each once plus \`num_retries\` (${reg.proxy.numRetries}) ${reg.proxy.numRetries === 1 ? 'retry' : 'retries'}.`;
  }).join('\n\n');
}

function referencePages(reg: Registry, ctx: GenerateContext): GeneratedFile[] {
  const page = (slug: string, title: string, description: string, body: string): GeneratedFile => ({
    path: `${DOCS}/reference/${slug}.md`,
    contents: `${frontmatter({ title, description })}<!-- ${NOTE} -->\n\n${body.trimEnd()}\n`,
  });
  const config = generateLitellmConfig(reg)[0]!.contents;
  return [
    page('fallback-chain', 'Fallback chain', 'Which model group LiteLLM tries next, for which failure.', [
      chainSvg(reg),
      '',
      table(['Model group', 'On', 'Falls back to', 'Tried in a total outage', 'Why'], reg.fallbacks.map((f) => [
        `\`${f.from}\``, fallbackKindText(reg, f.kind), f.to.map((t) => `\`${t}\``).join(' → '),
        fallbackOrder(chainsOf(reg.fallbacks, f.kind), f.from).map((g) => `\`${g}\``).join(' → '), f.why,
      ])),
      '',
      reg.vocabulary.pages.fallbackWalk,
      '',
      outageCost(reg),
      '',
      reg.vocabulary.pages.chainTriggers,
    ].join('\n')),
    page('model-lifecycle', 'Model lifecycle calendar', 'Every model with its status, announcement, shutdown date, replacement and source, in the order they stop answering.', renderModelCalendar(reg)),
    page('executor-policy', 'Executor policy', 'What the fallback executor does after a failed attempt, per error category.', renderExecutorPolicy(reg)),
    page('alerts', 'Alert rules', 'The Prometheus alert rules generated from the registry, and the codes no metric can show.', alertsBody(reg)),
    page('coverage', 'Coverage', "The seed's coverage analysis reproduced from the registry, and coverage now.", renderCoverage(reg, onSite)),
    page('playbook', 'Incident playbook', 'Per severity and per code: detect, triage, mitigate, escalate.', renderPlaybook(reg, onSite, { runs: ctx.scenarioRuns, href: scenarioHref })),
    page('environment', 'Environment variables', 'Every variable the config and the tools read.', [
      reg.vocabulary.pages.environmentIntro,
      '',
      table(['Variable', 'Required', 'Secret', 'Purpose', 'Read by', 'Format'], reg.env.map((v) => [`\`${v.name}\``, requirement(reg, v), yesNo(v.secret), v.purpose + (v.warning ? ` **${v.warning}**` : ''), v.requiredBy.join('; '), v.format ? `\`${v.format}\`` : '–'])),
      '',
      ...reg.env.filter((v) => v.generate).flatMap((v) => [`### Make a ${v.name}`, '', ...(v.generate!.bash ? [fence('bash', v.generate!.bash), ''] : []), ...(v.generate!.powershell ? [fence('powershell', v.generate!.powershell), ''] : [])]),
    ].join('\n')),
    page('litellm-config', 'LiteLLM config', 'The generated litellm/proxy_config.yaml, with the comments that explain each block.', [
      reg.vocabulary.pages.litellmConfigIntro,
      '',
      '## Profiles',
      '',
      'The default file needs only the three provider keys and `LITELLM_MASTER_KEY`. Each opt-in profile is a complete config of its own, with the same models and chains:',
      '',
      table(['Profile', 'File', 'For', 'Adds', 'Needs'], [
        ...reg.profiles.map((p) => [`\`${p.id}\``, `\`${p.file}\``, p.purpose, p.adds.join('; '),
          reg.env.filter((v) => v.group === p.envGroup && v.required).map((v) => `\`${v.name}\``).join(', ')]),
        [reg.profiles.map((p) => `\`${p.id}\``).join(' + '), `\`${configVariants(reg).at(-1)!.path}\``, 'Both (the Docker Compose setup)', 'all of the above', 'all of the above'],
      ]),
      '',
      '## The default file',
      '',
      fence('yaml', config.trimEnd()),
    ].join('\n')),
  ];
}

function sidebar(reg: Registry): GeneratedFile {
  const data = {
    errors: [...bySource(reg).map(([source, entries]) => ({
      label: SOURCE_TITLES[source], collapsed: true, items: entries.map((e) => `errors/${e.code.toLowerCase()}`),
    })), 'errors/unknown'],
    providers: reg.providers.map((p) => `providers/${p.id}`),
    categories: ERROR_CATEGORIES.filter((c) => reg.errors.some((e) => e.category === c)).map((c) => `categories/${categorySlug(c)}`),
    reference: ['reference/fallback-chain', CALENDAR_SLUG, 'reference/executor-policy', 'reference/litellm-config', 'reference/environment', 'reference/alerts', 'reference/playbook', 'reference/coverage'],
    scenarios: ['scenarios', ...reg.scenarios.map((s) => `scenarios/${s.id}`)],
  };
  return { path: 'site/sidebar.json', contents: `${JSON.stringify(data, null, 2)}\n` };
}

export function generateSitePages(reg: Registry, ctx: GenerateContext): GeneratedFile[] {
  const seen = scenariosByCode(reg, ctx.scenarioRuns);
  return [
    ...reg.errors.map((e) => errorPage(reg, e, seen.get(e.code) ?? [])),
    unknownPage(reg),
    indexPage(reg),
    ...reg.providers.map((p) => providerPage(reg, p)),
    ...ERROR_CATEGORIES.filter((c) => reg.errors.some((e) => e.category === c)).map((c) => categoryPage(reg, c)),
    ...referencePages(reg, ctx),
    sidebar(reg),
  ];
}
