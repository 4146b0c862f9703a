// litellm/.env.example: every variable the config and the tools read, grouped, placeholders only.
import type { EnvVar, Registry } from '../registry/schema.js';
import { hashHeader } from './header.js';
import type { GeneratedFile } from './types.js';

export const ENV_EXAMPLE_PATH = 'litellm/.env.example';

const GROUP_TITLES: Record<EnvVar['group'], string> = {
  providers: 'Provider API keys',
  proxy: 'LiteLLM proxy',
  database: 'Database',
  cache: 'Redis cache and shared router state',
  tools: 'provider-fallback tools',
};

/** "Required", or "Required with the redis profile (litellm/proxy_config.redis.yaml)" for a profile's variable. */
export function requirement(reg: Registry, v: EnvVar): string {
  const profile = reg.profiles.find((p) => p.envGroup === v.group);
  if (!v.required) return 'Optional';
  return profile ? `Required with the ${profile.id} profile (${profile.file})` : 'Required';
}

function block(reg: Registry, v: EnvVar): string {
  const lines = [
    `# ${v.purpose}`,
    `# ${requirement(reg, v)}${v.secret ? ', secret' : ''}. Read by: ${v.requiredBy.join('; ')}.`,
  ];
  if (v.warning) lines.push(`# WARNING: ${v.warning}`);
  if (v.generate?.bash) lines.push(`# Make one (bash):         ${v.generate.bash}`);
  if (v.generate?.powershell) lines.push(`# Make one (PowerShell 7): ${v.generate.powershell}`);
  // A profile's variables stay commented out, so a copy of this file fits the default config.
  const inProfile = reg.profiles.some((p) => p.envGroup === v.group);
  lines.push(`${inProfile ? '# ' : ''}${v.name}=${v.placeholder}`);
  return lines.join('\n');
}

export function generateEnvExample(reg: Registry): GeneratedFile[] {
  const groups = Object.keys(GROUP_TITLES) as EnvVar['group'][];
  const sections = groups
    .map((g) => [g, reg.env.filter((v) => v.group === g)] as const)
    .filter(([, vars]) => vars.length > 0)
    .map(([g, vars]) => [`# --- ${GROUP_TITLES[g]} ---`, '', vars.map((v) => block(reg, v)).join('\n\n')].join('\n'));
  const contents = [
    hashHeader('registry/env.ts').trimEnd(),
    '#',
    '# Copy to litellm/.env (git-ignored), fill in real values, then check them:',
    '#   cp litellm/.env.example litellm/.env                    (bash)',
    '#   Copy-Item litellm/.env.example litellm/.env             (PowerShell 7)',
    '#   npx provider-fallback doctor',
    '# Never commit litellm/.env. Placeholders below are not valid keys.',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
  return [{ path: ENV_EXAMPLE_PATH, contents }];
}
