// fallbacks, context_window_fallbacks and content_policy_fallbacks: lists of single-key maps
// (`- groq-primary: [openai-secondary, openrouter-tertiary]`) whose names are model groups of model_list.
// Router.validate_fallbacks() refuses any item with more than one key, so the seed's
// `{model: X, fallbacks: [...]}` stops the proxy at startup; an unknown name only fails when the
// fallback is needed (`No fallback model group found`), which is worse.
import { CONFIG_ERROR } from '../codes.js';
import { isRecord, type ConfigFile } from '../config-file.js';
import { modelGroups } from '../deployments.js';
import { fail, pass, warn, type CheckResult } from '../types.js';
import { FALLBACK_KEYS } from './config-structure.js';

const SECTIONS = ['router_settings', 'litellm_settings'] as const;
const SHAPE = '- groq-primary: [openai-secondary, openrouter-tertiary]';

interface Problem {
  index: number | null;
  message: string;
  fix: string;
}

function itemProblems(item: unknown, index: number, groups: Set<string>): Problem[] {
  if (!isRecord(item)) {
    return [{ index, message: 'is not a map', fix: `write each item as a single-key map: ${SHAPE}` }];
  }
  const keys = Object.keys(item);
  if (keys.length !== 1) {
    return [{
      index,
      message: `has ${keys.length} keys (${keys.join(', ')}); LiteLLM's Router refuses to start: "Dictionary ... must have exactly one key, but has ${keys.length} keys"`,
      fix: `write each item as a single-key map, source group to targets: ${SHAPE}`,
    }];
  }
  const from = keys[0]!;
  const targets = item[from];
  if (!Array.isArray(targets) || !targets.every((t) => typeof t === 'string')) {
    return [{ index, message: `maps ${from} to something other than a list of model group names`, fix: `list the targets in order: ${SHAPE}` }];
  }
  const unknown = [from, ...targets].filter((name) => !groups.has(name));
  if (unknown.length === 0) return [];
  const known = [...groups].join(', ') || 'none';
  return [{
    index,
    message: `names ${unknown.map((n) => `'${n}'`).join(', ')}, not a model_name in model_list (declared: ${known}); LiteLLM finds no fallback group when it needs one`,
    fix: `use model_name values from model_list (${known}), or add the missing model group`,
  }];
}

function listProblems(value: unknown, groups: Set<string>): Problem[] {
  if (!Array.isArray(value)) return [{ index: null, message: 'is not a list', fix: `make it a list of single-key maps: ${SHAPE}` }];
  return value.flatMap((item, i) => itemProblems(item, i, groups));
}

export function fallbackChecks(config: ConfigFile): CheckResult[] {
  const groups = modelGroups(config);
  const results: CheckResult[] = [];
  let chains = 0;
  for (const section of SECTIONS) {
    const settings = config.data[section];
    if (!isRecord(settings)) continue;
    for (const key of FALLBACK_KEYS) {
      if (!(key in settings)) continue;
      if (Array.isArray(settings[key])) chains += (settings[key] as unknown[]).length;
      for (const p of listProblems(settings[key], groups)) {
        const path = p.index === null ? [section, key] : [section, key, p.index];
        const line = config.lineOf(path);
        const where = `${section}.${key}${p.index === null ? '' : `[${p.index}]`}`;
        results.push(fail(`config.fallbacks.${where}`, `${line ? `line ${line}: ` : ''}${where} ${p.message}`, p.fix, CONFIG_ERROR));
      }
    }
  }
  results.push(...duplicateChecks(config));
  if (results.length > 0) return results;
  return [pass('config.fallbacks', chains > 0 ? `${chains} fallback chain${chains === 1 ? '' : 's'}, all single-key maps naming declared model groups` : 'no fallbacks configured')];
}

/** Set in both sections, router_settings wins (litellm.md 1.2): the other copy is dead text. */
function duplicateChecks(config: ConfigFile): CheckResult[] {
  const router = config.data.router_settings;
  const settings = config.data.litellm_settings;
  if (!isRecord(router) || !isRecord(settings)) return [];
  return FALLBACK_KEYS.filter((k) => k in router && k in settings).map((k) => warn(`config.fallbacks.litellm_settings.${k}`,
    `${k} is set under both router_settings and litellm_settings; router_settings wins and the litellm_settings copy is ignored`,
    `keep ${k} under router_settings only`, CONFIG_ERROR));
}
