// Small Markdown building blocks shared by the document generators.
import type { ErrorEntry, FallbackChain, Registry } from '../registry/schema.js';

export const SOURCE_TITLES: Record<ErrorEntry['source'], string> = {
  http: 'HTTP status codes',
  network: 'Network and connection errors',
  groq: 'Groq',
  openai: 'OpenAI',
  openrouter: 'OpenRouter',
  litellm: 'LiteLLM proxy',
  kilo: 'Kilo Code',
};

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

export function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function anchor(code: string): string {
  return code.toLowerCase();
}

/** Where a code's documentation lives, as seen from the document being written. */
export type CodeHref = (code: string) => string;
export const inPage: CodeHref = (code) => `#${anchor(code)}`;
export const onSite: CodeHref = (code) => `/errors/${anchor(code)}/`;
export const inReference = (fromDir: string): CodeHref => (code) => `${fromDir}.kilocode/skills/provider-fallback/REFERENCE.md#${anchor(code)}`;

export function codeLink(code: string, href: CodeHref = inPage): string {
  return `[\`${code}\`](${href(code)})`;
}

export function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}

export function httpOf(e: ErrorEntry): string {
  return e.httpStatus === null ? '–' : String(e.httpStatus);
}

/** Entries grouped by source, in registry order, skipping empty groups. */
export function bySource(reg: Registry): Array<[ErrorEntry['source'], ErrorEntry[]]> {
  const groups = new Map<ErrorEntry['source'], ErrorEntry[]>();
  for (const e of reg.errors) groups.set(e.source, [...(groups.get(e.source) ?? []), e]);
  return [...groups];
}

const longestBacktickRun = (text: string) => Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));

/**
 * A CommonMark code span that no backtick inside `text` can close early: a longer run of backticks
 * around it, and a space inside each end when the text starts or ends with one ("missing field `").
 */
export function codeSpan(text: string): string {
  const marks = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${marks}${pad}${text}${pad}${marks}`;
}

/** A fenced code block that no backtick run inside `body` can close early; `meta` follows the language (`title="..."`). */
export function fence(lang: string, body: string, meta?: string): string {
  const marks = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${marks}${lang}${meta ? ` ${meta}` : ''}\n${body}\n${marks}`;
}

/** One resolution step as a numbered item, with bash and PowerShell 7 blocks when it has a command. */
export function resolutionStep(step: ErrorEntry['resolution'][number], n: number): string {
  const out = [`${n}. ${step.text}`];
  const indent = (s: string) => s.split('\n').map((l) => (l ? `   ${l}` : l)).join('\n');
  if (step.command?.bash) out.push('', indent(`bash:\n${fence('bash', step.command.bash)}`));
  if (step.command?.powershell) out.push('', indent(`PowerShell 7:\n${fence('powershell', step.command.powershell)}`));
  return out.join('\n');
}

/** A fallback kind for tables: what LiteLLM sends down it, and the router_settings key. */
export function fallbackKindText(reg: Registry, kind: FallbackChain['kind']): string {
  const k = reg.vocabulary.fallbackKinds[kind];
  return `${k.takes} (\`${k.litellmKey}\`)`;
}

/** The actions in one line: `retry` the same target ...; `fail` without retrying. */
export function actionsLine(reg: Registry): string {
  return `Actions: ${Object.entries(reg.vocabulary.actions).map(([action, text]) => `\`${action}\`: ${text}`).join('; ')}.`;
}
