#Requires -Version 7.0
<#
.SYNOPSIS
    Loads litellm\.env into this process's environment, then runs the LiteLLM proxy in the foreground.

.DESCRIPTION
    Used by the Windows Terminal profile (guides/windows-powershell) and as the program NSSM runs
    (guides/windows-service), so the secrets stay in litellm\.env instead of the registry.
    The variables are set for this process and its child only, never for the user or the machine.
    Prints the names of the variables it loaded, never their values.

.PARAMETER Root
    Repository root holding litellm\.env and litellm\proxy_config.yaml. Default: two folders above this script.

.PARAMETER Port
    Port the proxy listens on. Default: 4000.

.PARAMETER Litellm
    The litellm executable, e.g. C:\litellm\venv\Scripts\litellm.exe. Default: litellm on PATH.

.EXAMPLE
    pwsh -NoProfile -File ops\windows\start-litellm.ps1 -Litellm C:\litellm\venv\Scripts\litellm.exe
#>
[CmdletBinding()]
param(
    [string]$Root = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '..' '..')).Path,
    [int]$Port = 4000,
    [string]$Litellm = 'litellm'
)

$ErrorActionPreference = 'Stop'
$envFile = Join-Path $Root 'litellm' '.env'
$config = Join-Path $Root 'litellm' 'proxy_config.yaml'

if (-not (Test-Path -LiteralPath $envFile -PathType Leaf)) {
    throw "Missing ${envFile}: copy litellm\.env.example to litellm\.env and fill it in."
}

$loaded = foreach ($line in Get-Content -LiteralPath $envFile) {
    if ($line -notmatch '^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$') { continue }
    $name = $Matches[1]
    $value = $Matches[2].Trim()
    if ($value -match '^"(.*)"$' -or $value -match "^'(.*)'$") { $value = $Matches[1] }
    if ($value -eq '') { continue }
    Set-Item -LiteralPath "Env:$name" -Value $value
    $name
}
Write-Host "Loaded from ${envFile}: $($loaded -join ', ')"

# Python buffers stdout when it is not a console; without this, log lines reach NSSM's file late.
$env:PYTHONUNBUFFERED = '1'

& $Litellm --config $config --port $Port
exit $LASTEXITCODE
