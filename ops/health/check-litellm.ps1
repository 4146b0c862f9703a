#Requires -Version 7.0
<#
.SYNOPSIS
    Health check for the LiteLLM proxy (provider-fallback: health check automation).

.DESCRIPTION
    Checks, in order: GET /health/liveliness (no key), GET /health/readiness (no key: db and cache),
    then, when LITELLM_MASTER_KEY is set, GET /health (unhealthy_count) and GET /cache/ping.
    The key is sent only in the Authorization header and never printed.

    Exit codes: 0 healthy; 1 degraded (a deployment, the database, the cache or the key is not OK;
    the proxy still answers); 2 down (liveliness failed); 3 cannot run (unreadable env file).

.PARAMETER BaseUrl
    Proxy address. Default: $env:LITELLM_BASE_URL, else http://localhost:4000.

.PARAMETER EnvFile
    Read LITELLM_MASTER_KEY (and LITELLM_BASE_URL) from this file, e.g. litellm\.env.

.PARAMETER Explain
    Classify each unhealthy deployment's error with `npx provider-fallback explain`
    (run from the project folder so npx finds the package).

.PARAMETER LogFile
    Also append every line to this file (a scheduled task has no console).

.EXAMPLE
    pwsh -NoProfile -File ops\health\check-litellm.ps1 -EnvFile litellm\.env
#>
[CmdletBinding()]
param(
    [string]$BaseUrl,
    [string]$EnvFile,
    [switch]$Explain,
    [string]$LogFile
)

$ErrorActionPreference = 'Stop'
$Docs = 'http://localhost:4321'
$script:Status = 0

function Write-Line([string]$Text) {
    Write-Output $Text
    if ($LogFile) { Add-Content -LiteralPath $LogFile -Value $Text }
}

function Set-Degraded {
    if ($script:Status -lt 1) { $script:Status = 1 }
}

function Get-ErrorCode([string]$Message) {
    # Classification of one error text; null when npx or the package is not available here.
    try {
        $json = $Message | & npx --no-install provider-fallback explain --json 2>$null | Out-String
        if ($json.Trim()) { return ($json | ConvertFrom-Json) }
    } catch { }
    return $null
}

if ($EnvFile) {
    if (-not (Test-Path -LiteralPath $EnvFile -PathType Leaf)) {
        Write-Line "UNKNOWN: cannot read $EnvFile"
        exit 3
    }
    foreach ($line in Get-Content -LiteralPath $EnvFile) {
        if ($line -notmatch '^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$') { continue }
        $name = $Matches[1]
        $value = $Matches[2].Trim()
        if ($value -match '^"(.*)"$' -or $value -match "^'(.*)'$") { $value = $Matches[1] }
        if ($value -eq '') { continue }
        Set-Item -LiteralPath "Env:$name" -Value $value
    }
}

if (-not $BaseUrl) { $BaseUrl = $env:LITELLM_BASE_URL ?? 'http://localhost:4000' }
$BaseUrl = $BaseUrl.TrimEnd('/')
$stamp = (Get-Date).ToUniversalTime().ToString('s') + 'Z'   # 's' is culture-invariant
Write-Line "LiteLLM health check: $BaseUrl ($stamp)"

# 1. Liveliness: is the process up and answering HTTP?
try {
    $null = Invoke-RestMethod -Uri "$BaseUrl/health/liveliness" -TimeoutSec 5
    Write-Line 'OK    /health/liveliness'
} catch {
    Write-Line "DOWN  /health/liveliness: $($_.Exception.Message)"
    Write-Line "      Start or restart the proxy; see $Docs/errors/econnrefused/"
    exit 2
}

# 2. Readiness: database and cache as the proxy sees them.
try {
    $ready = Invoke-RestMethod -Uri "$BaseUrl/health/readiness" -TimeoutSec 10
    if ($ready.db -eq 'connected') {
        Write-Line "OK    /health/readiness: db connected, cache $($ready.cache ?? 'none')"
    } else {
        Write-Line "WARN  /health/readiness: db $($ready.db ?? 'unknown'); see $Docs/errors/litellm-db-unavailable/"
        Set-Degraded
    }
} catch {
    Write-Line "WARN  /health/readiness: $($_.Exception.Message)"
    Set-Degraded
}

$key = $env:LITELLM_MASTER_KEY
if (-not $key) {
    Write-Line 'SKIP  /health and /cache/ping: LITELLM_MASTER_KEY is not set (use -EnvFile litellm\.env)'
    exit $script:Status
}
$headers = @{ Authorization = "Bearer $key" }

# 3. /health: every deployment (the cached result of the last background check when
#    general_settings.background_health_checks is true, as in the generated config).
try {
    $health = Invoke-RestMethod -Uri "$BaseUrl/health" -Headers $headers -TimeoutSec 120 `
        -SkipHttpErrorCheck -StatusCodeVariable code
    if ($code -in 401, 403) {
        Write-Line "WARN  /health: HTTP $code, the proxy refused the key; see $Docs/errors/litellm-auth-failed/"
        Set-Degraded
    } elseif ($code -ne 200) {
        Write-Line "WARN  /health: HTTP $code"
        Set-Degraded
    } else {
        $unhealthy = 0
        if ($null -ne $health.unhealthy_count) { $unhealthy = [int]$health.unhealthy_count }
        elseif ($health.unhealthy_endpoints) { $unhealthy = @($health.unhealthy_endpoints).Count }
        $healthy = 0
        if ($null -ne $health.healthy_count) { $healthy = [int]$health.healthy_count }
        elseif ($health.healthy_endpoints) { $healthy = @($health.healthy_endpoints).Count }
        if ($unhealthy -eq 0) {
            Write-Line "OK    /health: $healthy healthy, 0 unhealthy"
        } else {
            Write-Line "WARN  /health: $healthy healthy, $unhealthy unhealthy; see $Docs/errors/litellm-model-degraded/"
            Set-Degraded
            foreach ($endpoint in $health.unhealthy_endpoints) {
                $err = ("$($endpoint.error)" -replace '\s+', ' ').Trim()
                if ($err.Length -gt 300) { $err = $err.Substring(0, 300) }
                Write-Line "      $($endpoint.model ?? '?'): $err"
                if ($Explain -and $err) {
                    $c = Get-ErrorCode $err
                    if ($c) { Write-Line "      code: $($c.code) $($c.docsUrl)" }
                    else { Write-Line '      code: (npx provider-fallback explain did not run; call it from the project folder)' }
                }
            }
        }
    }
} catch {
    Write-Line "WARN  /health: $($_.Exception.Message)"
    Set-Degraded
}

# 4. /cache/ping: Redis, when a cache is configured.
try {
    $cache = Invoke-RestMethod -Uri "$BaseUrl/cache/ping" -Headers $headers -TimeoutSec 10 `
        -SkipHttpErrorCheck -StatusCodeVariable code
    if ($code -eq 200 -and $cache.status -eq 'healthy') {
        Write-Line "OK    /cache/ping: $($cache.cache_type ?? 'cache') healthy"
    } else {
        Write-Line "WARN  /cache/ping: HTTP $code; see $Docs/errors/litellm-cache-error/"
        Set-Degraded
    }
} catch {
    Write-Line "WARN  /cache/ping: $($_.Exception.Message)"
    Set-Degraded
}

exit $script:Status
