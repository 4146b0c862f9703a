// Background health checks cost quota: each is a real completion (litellm/proxy/health_check.py),
// every health_check_interval seconds (300 by default) per deployment. Warn when that spends more
// than 2% of a model's published requests per day (registry limits).
import type { RuntimeRegistry as Registry } from '../../data/types.js';
import { checksPerDay, HEALTH_CHECK_SHARE_OF_RPD, LITELLM_DEFAULT_HEALTH_CHECK_INTERVAL, minimumInterval } from '../../litellm/health-checks.js';
import { CONFIG_ERROR } from '../codes.js';
import { isRecord, type ConfigFile } from '../config-file.js';
import { deployments } from '../deployments.js';
import { pass, warn, type CheckResult } from '../types.js';
import { registryModel } from './config-models.js';

export function healthCheckCostChecks(reg: Registry, config: ConfigFile): CheckResult[] {
  const general = isRecord(config.data.general_settings) ? config.data.general_settings : {};
  if (general.background_health_checks !== true) return [pass('config.health-checks', 'no background health checks (they would cost quota)')];
  const interval = typeof general.health_check_interval === 'number' ? general.health_check_interval : LITELLM_DEFAULT_HEALTH_CHECK_INTERVAL;
  const perDay = checksPerDay(interval);
  const results = deployments(config).flatMap((d) => {
    const rpd = d.model ? registryModel(reg, d.model)?.limits.rpd : null;
    if (!rpd || perDay <= HEALTH_CHECK_SHARE_OF_RPD * rpd) return [];
    const line = config.lineOf(['general_settings', 'health_check_interval']);
    return [warn(`config.health-checks.model_list[${d.index}]`,
      `${line ? `line ${line}: ` : ''}background health checks every ${interval} s make ${perDay} calls a day to ${d.modelName ?? d.model}, ${((100 * perDay) / rpd).toFixed(1)}% of its ${rpd} requests per day`,
      `set general_settings.health_check_interval to at least ${minimumInterval(rpd)} (${HEALTH_CHECK_SHARE_OF_RPD * 100}% of the daily limit), or turn background_health_checks off and use /health/liveliness`, CONFIG_ERROR)];
  });
  return results.length > 0 ? results : [pass('config.health-checks', `background health checks every ${interval} s stay within ${HEALTH_CHECK_SHARE_OF_RPD * 100}% of each known daily limit`)];
}
