// LiteLLM's background health checks call every deployment with a real completion each
// health_check_interval seconds (litellm/proxy/health_check.py, _run_model_health_check; the
// interval defaults to 300 s in proxy_server.py load_config). Each call counts against the
// provider's requests-per-day limit, so the interval is derived from the smallest daily limit.

export const SECONDS_PER_DAY = 86_400;
/** LiteLLM's default health_check_interval. */
export const LITELLM_DEFAULT_HEALTH_CHECK_INTERVAL = 300;
/** The share of a model's daily requests background checks may spend. */
export const HEALTH_CHECK_SHARE_OF_RPD = 0.02;

/** Calls a day that background checks make to one deployment. */
export function checksPerDay(intervalSeconds: number): number {
  return Math.ceil(SECONDS_PER_DAY / intervalSeconds);
}

/** The shortest interval that keeps checks within `share` of `rpd` requests a day. */
export function minimumInterval(rpd: number, share = HEALTH_CHECK_SHARE_OF_RPD): number {
  return Math.ceil(SECONDS_PER_DAY / (share * rpd));
}
