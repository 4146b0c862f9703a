#!/usr/bin/env bash
# Health check for the LiteLLM proxy (provider-fallback: health check automation).
#
# Usage: ops/health/check-litellm.sh [--env-file litellm/.env] [--explain] [BASE_URL]
#   BASE_URL    default: $LITELLM_BASE_URL, else http://localhost:4000
#   --env-file  read LITELLM_MASTER_KEY (and LITELLM_BASE_URL) from this file
#   --explain   classify each unhealthy deployment's error with `npx provider-fallback explain`
#               (run from the project folder so npx finds the package)
#
# Checks, in order: GET /health/liveliness (no key), GET /health/readiness (no key: db and cache),
# then, when LITELLM_MASTER_KEY is set, GET /health (unhealthy_count) and GET /cache/ping.
# The key is sent only in the Authorization header and never printed.
#
# Exit codes: 0 healthy; 1 degraded (a deployment, the database, the cache or the key is not OK;
# the proxy still answers); 2 down (liveliness failed); 3 cannot run (missing curl/jq, bad arguments).
# Needs: curl, jq.
set -uo pipefail

DOCS=http://localhost:4321
explain=0
env_file=
base_url=

while [ $# -gt 0 ]; do
  case "$1" in
    --explain) explain=1 ;;
    --env-file)
      [ $# -ge 2 ] || { echo "--env-file needs a path" >&2; exit 3; }
      env_file=$2; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 3 ;;
    *) base_url=$1 ;;
  esac
  shift
done

for tool in curl jq; do
  command -v "$tool" >/dev/null 2>&1 || { echo "UNKNOWN: $tool is not installed (apt-get install -y $tool)" >&2; exit 3; }
done

if [ -n "$env_file" ]; then
  [ -r "$env_file" ] || { echo "UNKNOWN: cannot read $env_file" >&2; exit 3; }
  set -a
  # shellcheck disable=SC1090
  . "$env_file"
  set +a
fi

base_url=${base_url:-${LITELLM_BASE_URL:-http://localhost:4000}}
base_url=${base_url%/}
key=${LITELLM_MASTER_KEY:-}
status=0
degrade() { if [ "$status" -lt 1 ]; then status=1; fi; }
tmp=$(mktemp -d) || exit 3
trap 'rm -rf "$tmp"' EXIT

echo "LiteLLM health check: $base_url ($(date -u +%Y-%m-%dT%H:%M:%SZ))"

# 1. Liveliness: is the process up and answering HTTP?
if ! curl -fsS --max-time 5 -o /dev/null "$base_url/health/liveliness" 2>"$tmp/err"; then
  echo "DOWN  /health/liveliness: $(head -c 300 "$tmp/err")"
  echo "      Start or restart the proxy; see $DOCS/errors/econnrefused/"
  exit 2
fi
echo "OK    /health/liveliness"

# 2. Readiness: database and cache as the proxy sees them.
if ready=$(curl -fsS --max-time 10 "$base_url/health/readiness" 2>/dev/null); then
  db=$(jq -r '.db // "unknown"' <<<"$ready" 2>/dev/null || echo unknown)
  if [ "$db" = connected ]; then
    echo "OK    /health/readiness: db connected, cache $(jq -r '.cache // "none"' <<<"$ready" 2>/dev/null)"
  else
    echo "WARN  /health/readiness: db $db; see $DOCS/errors/litellm-db-unavailable/"
    degrade
  fi
else
  echo "WARN  /health/readiness did not answer 200"
  degrade
fi

if [ -z "$key" ]; then
  echo "SKIP  /health and /cache/ping: LITELLM_MASTER_KEY is not set (use --env-file litellm/.env)"
  exit "$status"
fi
auth="Authorization: Bearer $key"

# 3. /health: every deployment (the cached result of the last background check when
#    general_settings.background_health_checks is true, as in the generated config).
code=$(curl -sS --max-time 120 -o "$tmp/health" -w '%{http_code}' -H @- "$base_url/health" <<<"$auth" 2>/dev/null)
body=$(cat "$tmp/health" 2>/dev/null)
if [ "$code" = 401 ] || [ "$code" = 403 ]; then
  echo "WARN  /health: HTTP $code, the proxy refused the key; see $DOCS/errors/litellm-auth-failed/"
  degrade
elif [ "$code" != 200 ]; then
  echo "WARN  /health: HTTP ${code:-no answer}"
  degrade
else
  healthy=$(jq -r '.healthy_count // (.healthy_endpoints | length)' <<<"$body" 2>/dev/null || echo '?')
  unhealthy=$(jq -r '.unhealthy_count // (.unhealthy_endpoints | length)' <<<"$body" 2>/dev/null || echo '?')
  if [ "$unhealthy" = 0 ]; then
    echo "OK    /health: $healthy healthy, 0 unhealthy"
  else
    echo "WARN  /health: $healthy healthy, $unhealthy unhealthy; see $DOCS/errors/litellm-model-degraded/"
    degrade
    # One line per unhealthy deployment: model, then the first 300 characters of its error.
    while IFS=$'\t' read -r model err; do
      echo "      $model: $err"
      if [ "$explain" = 1 ] && [ -n "$err" ]; then
        # On stdin, so quotes in the message need no escaping; explain exits 1 for UNKNOWN, still valid JSON.
        c=$(printf '%s' "$err" | npx --no-install provider-fallback explain --json 2>/dev/null | jq -r '"\(.code) \(.docsUrl)"' 2>/dev/null || true)
        if [ -n "$c" ]; then
          echo "      code: $c"
        else
          echo "      code: (npx provider-fallback explain did not run; call it from the project folder)"
        fi
      fi
    done < <(jq -r '.unhealthy_endpoints[]? | [(.model // "?"), ((.error // "") | tostring | gsub("[\\t\\n\\r]"; " ") | .[0:300])] | @tsv' <<<"$body" 2>/dev/null)
  fi
fi

# 4. /cache/ping: Redis, when a cache is configured.
code=$(curl -sS --max-time 10 -o "$tmp/cache" -w '%{http_code}' -H @- "$base_url/cache/ping" <<<"$auth" 2>/dev/null)
body=$(cat "$tmp/cache" 2>/dev/null)
if [ "$code" = 200 ] && [ "$(jq -r '.status // empty' <<<"$body" 2>/dev/null)" = healthy ]; then
  echo "OK    /cache/ping: $(jq -r '.cache_type // "cache"' <<<"$body" 2>/dev/null) healthy"
else
  echo "WARN  /cache/ping: HTTP ${code:-no answer}; see $DOCS/errors/litellm-cache-error/"
  degrade
fi

exit "$status"
