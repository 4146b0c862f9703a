// `provider-fallback explain`: like `rustc --explain`. Given a code (or a seed id or alias) it prints
// the entry; given an error message, JSON body or log line (argument or stdin) it classifies it
// first. Resolution commands are shown for the current OS: PowerShell 7 on Windows, bash elsewhere.
import { colors as pc } from './colors.js';
import { findEntry, REGISTRY } from '../data/registry.js';
import type { ErrorEntryView as ErrorEntry } from '../data/types.js';
import { classify, docsUrl } from '../index.js';
import type { Classification } from '../classify/types.js';
import { maskLookalikes } from '../secrets.js';

export { findEntry };

export type Shell = 'bash' | 'powershell';

export interface ExplainOptions {
  json: boolean;
  shell: Shell;
  out: (text: string) => void;
}

export function shellFor(platform: NodeJS.Platform): Shell {
  return platform === 'win32' ? 'powershell' : 'bash';
}

function indent(text: string, by = '  '): string {
  return text.split('\n').map((l) => (l ? by + l : l)).join('\n');
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 0)} s`;
}

export function formatEntry(e: ErrorEntry, shell: Shell): string {
  const label = shell === 'powershell' ? 'PowerShell 7' : 'bash';
  const lines = [
    `${pc.bold(e.code)}: ${e.title}`,
    pc.dim(`category ${e.category} · severity ${e.severity} · HTTP ${e.httpStatus ?? '-'} · action ${e.action} · retryable ${e.retryable ? 'yes' : 'no'}`),
    pc.dim(`LiteLLM: ${e.litellm.exception ?? 'not raised by LiteLLM'}${e.litellm.retryPolicyKey ? ` (retry_policy ${e.litellm.retryPolicyKey})` : ''}`),
    '',
    e.summary,
    '',
    pc.bold('Cause'),
    indent(e.cause),
  ];
  if (e.seed?.correction) lines.push('', pc.bold('What really happens (the seed said otherwise)'), indent(e.seed.correction));
  if (e.seeAlso) lines.push('', `No provider emits this code. Use ${pc.bold(e.seeAlso)} instead: provider-fallback explain ${e.seeAlso}`);
  lines.push('', pc.bold(`Resolution (${label})`));
  e.resolution.forEach((step, i) => {
    lines.push(indent(`${i + 1}. ${step.text}`));
    const command = step.command?.[shell];
    if (command) lines.push(indent(pc.cyan(command), '       '));
    else if (step.command) lines.push(indent(pc.dim(`(no ${label} form; the other shell: ${step.command.bash ?? step.command.powershell})`), '       '));
  });
  if (e.windows) lines.push('', pc.bold('Windows / WSL2'), indent(e.windows));
  if (e.related.length) lines.push('', `Related: ${e.related.join(', ')}`);
  lines.push(`Docs: ${docsUrl(e.code)}`);
  return lines.join('\n');
}

/**
 * What the classifier found, without the entry's own page; for an unrecognised input, the message
 * and the general steps. Built from the pasted text, so every key-shaped substring in it is masked.
 */
function formatFinding(c: Classification, recognised: boolean): string {
  const lines = [
    `${pc.bold('Classified as')} ${pc.bold(c.code)} (${c.category}, ${c.severity}${c.provider ? `, from ${c.provider}` : ''}${c.httpStatus ? `, HTTP ${c.httpStatus}` : ''})`,
    `Action: ${c.action}${c.retryable ? ', retryable' : ', not retryable'}${c.retryAfterMs !== null ? `; the provider asked to wait ${seconds(c.retryAfterMs)}` : ''}`,
    `Confidence: ${c.confidence}${c.provider === null ? '; the text names no provider' : ''}`,
    ...(c.evidence.length ? [pc.dim('Evidence:'), ...c.evidence.map((ev) => pc.dim(`  ${ev.layer}: ${ev.rule} <- ${JSON.stringify(ev.matched.length > 80 ? `${ev.matched.slice(0, 77)}...` : ev.matched)}`))] : []),
  ];
  if (!recognised) {
    const u = REGISTRY.unknown;
    lines.push('', u.summary, `Message: ${c.message}`, '', ...u.steps.map((step, i) => `${i + 1}. ${step}`), `Docs: ${c.docsUrl}`);
  }
  return maskLookalikes(lines.join('\n'));
}

export function formatClassification(c: Classification, e: ErrorEntry | undefined, shell: Shell): string {
  return e ? [formatFinding(c, true), '', formatEntry(e, shell)].join('\n') : formatFinding(c, false);
}

/** Exit code: 0 when the input was a known code or classified, 1 when nothing matched. */
export function runExplain(input: string, opts: ExplainOptions): number {
  const reg = REGISTRY;
  const direct = findEntry(reg, input);
  if (direct) {
    opts.out(opts.json ? JSON.stringify(direct, null, 2) : formatEntry(direct, opts.shell));
    return 0;
  }
  const c = classify(input.trim());
  const entry = c.code === 'UNKNOWN' ? undefined : findEntry(reg, c.code);
  // The pasted text may hold a key (a provider echoes it back): what is printed from it is masked.
  // An entry's own page is registry text, whose placeholders only look like keys.
  opts.out(opts.json ? maskLookalikes(JSON.stringify(c, null, 2)) : formatClassification(c, entry, opts.shell));
  return entry ? 0 : 1;
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
