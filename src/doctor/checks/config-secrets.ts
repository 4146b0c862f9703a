// A config file is copied, committed and pasted into issues; secrets belong in litellm/.env and
// reach the config only as `os.environ/NAME`. Two scans: fields whose name says "secret" (api_key,
// master_key, database_url, *password, ...) must be references; and any text, comments included,
// that looks like a provider key (the registry's key prefixes) or a URL with a password fails.
import type { RuntimeRegistry as Registry } from '../../data/types.js';
import { CONFIG_ERROR } from '../codes.js';
import { formatPath, type ConfigFile, type ScalarAt } from '../config-file.js';
import { deployments, providerOf } from '../deployments.js';
import { describeSecret, looksSecret, secretLookalikes } from '../../secrets.js';
import { fail, pass, type CheckResult } from '../types.js';

const ENV_REF = /^os\.environ\/[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_FIELD = /(?:^|_)(?:key|api_key|master_key|salt_key|access_key|database_url|password|passwd|secret|token)$/i;

/** The variable the value should come from: by key format, by the deployment's provider, or by field name. */
function suggestVar(reg: Registry, config: ConfigFile, s: ScalarAt, value: string): string {
  const byFormat = reg.providers.find((p) => p.keyFormat && p.keyEnv && new RegExp(p.keyFormat.pattern).test(value));
  if (byFormat) return byFormat.keyEnv!;
  if (s.path[0] === 'model_list' && typeof s.path[1] === 'number' && s.key === 'api_key') {
    const d = deployments(config).find((x) => x.index === s.path[1]);
    const env = d && providerOf(reg, d)?.keyEnv;
    if (env) return env;
  }
  if (s.key && /^[A-Z][A-Z0-9_]*$/.test(s.key)) return s.key;
  const bySuffix = s.key ? reg.env.find((v) => v.name.toLowerCase().endsWith(`_${s.key!.toLowerCase()}`) || v.name.toLowerCase() === s.key!.toLowerCase()) : undefined;
  return bySuffix?.name ?? 'NAME';
}

function literal(s: ScalarAt): string | null {
  if (typeof s.value === 'string') return ENV_REF.test(s.value.trim()) || s.value.trim() === '' ? null : s.value;
  return typeof s.value === 'number' ? String(s.value) : null;
}

/** `$NAME` or `${NAME}`: a shell reference, which LiteLLM does not expand (it reads `os.environ/NAME`, BerriAI/litellm PR #6276). */
const SHELL_REF = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/;

function finding(reg: Registry, config: ConfigFile, s: ScalarAt, value: string): CheckResult {
  const shellRef = SHELL_REF.exec(value.trim());
  if (shellRef) {
    return fail(`config.secrets.line-${s.line}`,
      `line ${s.line}: ${formatPath(s.path)} is the shell reference ${value.trim()}, which LiteLLM does not expand: it would send that text as the value`,
      `write os.environ/${shellRef[1]} (LiteLLM's way to read a variable)`, CONFIG_ERROR);
  }
  const name = suggestVar(reg, config, s, value);
  return fail(`config.secrets.line-${s.line}`,
    `line ${s.line}: ${formatPath(s.path)} holds a literal secret ${describeSecret(value)}; only os.environ/ references belong in the config`,
    `replace it with os.environ/${name}, put the value in litellm/.env, and rotate the secret: it has been in this file`, CONFIG_ERROR);
}

export function secretChecks(reg: Registry, config: ConfigFile): CheckResult[] {
  const results: Array<CheckResult & { line: number }> = [];
  const lines = new Set<number>();
  for (const s of config.scalars()) {
    const value = literal(s);
    if (value === null || lines.has(s.line)) continue;
    const namedSecret = s.key !== null && SECRET_FIELD.test(s.key) && typeof s.value !== 'boolean';
    if (namedSecret || looksSecret(value)) {
      results.push({ ...finding(reg, config, s, value), line: s.line });
      lines.add(s.line);
    }
  }
  // Comments and anything the YAML walk does not see: a key pasted into a comment is still committed.
  config.text.split(/\r?\n/).forEach((text, i) => {
    const found = secretLookalikes(text)[0];
    if (found === undefined || lines.has(i + 1)) return;
    lines.add(i + 1);
    results.push({
      ...fail(`config.secrets.line-${i + 1}`, `line ${i + 1}: text that looks like a secret ${describeSecret(found)}; only os.environ/ references belong in the config`,
        'delete it, keep the value in litellm/.env, and rotate the secret: it has been in this file', CONFIG_ERROR),
      line: i + 1,
    });
  });
  if (results.length > 0) return results.sort((a, b) => a.line - b.line).map(({ line: _, ...r }) => r);
  return [pass('config.secrets', 'no literal secrets: keys and URLs come from os.environ/ references')];
}
