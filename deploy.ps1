#Requires -Version 7.2
<#
.SYNOPSIS
    Deploys the AdoptionPlugins managed solution to a Dataverse environment.
.DESCRIPTION
    A thin wrapper over 'adoption deploy' (tools/AdoptionPlugins.Cli): imports the managed zip (install, or
    stage-and-upgrade over a lower version), waits for the alternate keys, sets environment variables and binds
    connection references from a pac-style settings file, saves privacy mode when -PrivacyMode is given (On or Off;
    without it privacy mode stays as it is, on when no setting is saved), turns on the cloud flow. Sending stays off
    unless -EnableSending is given. -WhatIf prints every step and what it would change without changing anything.

    Secrets are read from environment variables, never from parameters: AZURE_CLIENT_SECRET,
    AZURE_CLIENT_CERTIFICATE_PASSWORD, DATAVERSE_ACCESS_TOKEN. Set ADOPTION_CLI to a built adoption CLI
    (adoption.dll or the adoption executable) to skip 'dotnet run'.

    Exit codes: 0 done, 2 bad input, 3 sign-in refused, 4 a step failed, 5 incomplete (still running or left for you).
.EXAMPLE
    ./deploy.ps1 -EnvironmentUrl https://contoso.crm4.dynamics.com -WhatIf
.EXAMPLE
    $env:AZURE_CLIENT_SECRET = '...'
    ./deploy.ps1 -EnvironmentUrl https://contoso.crm4.dynamics.com -Auth ClientSecret -TenantId contoso.onmicrosoft.com -ClientId 00000000-0000-0000-0000-000000000000 -SettingsFile ./settings.json
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    # https for Dataverse; http only on loopback (local fakes).
    [Parameter(Mandatory)]
    [ValidatePattern('^(https://[A-Za-z0-9.-]+|http://(localhost|127\.0\.0\.1))(:\d{1,5})?/?$')]
    [string] $EnvironmentUrl,

    [ValidateSet('AzureCli', 'ClientSecret', 'Certificate', 'DeviceCode', 'ManagedIdentity', 'Token')]
    [string] $Auth = 'AzureCli',

    [ValidatePattern('^[A-Za-z0-9.-]+$')]
    [string] $TenantId,

    [ValidatePattern('^[0-9A-Fa-f]{8}-([0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}$')]
    [string] $ClientId,

    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string] $CertificatePath,

    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string] $Solution,

    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string] $SettingsFile,

    [switch] $EnableSending,

    [switch] $DisableSending,

    # Off: managers see their people's names and figures in messages and reasons; agree it with your works council first.
    [ValidateSet('On', 'Off')]
    [string] $PrivacyMode,

    [switch] $Force,

    [ValidateRange(1, 1440)]
    [int] $TimeoutMinutes = 60
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if ($EnableSending -and $DisableSending) {
    throw 'Give -EnableSending or -DisableSending, not both.'
}

$authNames = @{
    AzureCli = 'azure-cli'; ClientSecret = 'client-secret'; Certificate = 'certificate'
    DeviceCode = 'device-code'; ManagedIdentity = 'managed-identity'; Token = 'token'
}
$arguments = @('deploy', '--url', $EnvironmentUrl, '--auth', $authNames[$Auth], '--timeout', $TimeoutMinutes)
if ($TenantId) { $arguments += @('--tenant-id', $TenantId) }
if ($ClientId) { $arguments += @('--client-id', $ClientId) }
if ($CertificatePath) { $arguments += @('--certificate', (Resolve-Path -LiteralPath $CertificatePath).Path) }
if ($Solution) { $arguments += @('--solution', (Resolve-Path -LiteralPath $Solution).Path) }
if ($SettingsFile) { $arguments += @('--settings', (Resolve-Path -LiteralPath $SettingsFile).Path) }
if ($EnableSending) { $arguments += '--enable-sending' }
if ($DisableSending) { $arguments += '--disable-sending' }
if ($PrivacyMode) { $arguments += @('--privacy-mode', $PrivacyMode.ToLowerInvariant()) }
if ($Force) { $arguments += '--force' }
if (-not $PSCmdlet.ShouldProcess($EnvironmentUrl, 'Deploy the AdoptionPlugins managed solution')) {
    $arguments += '--what-if'
}

Push-Location $PSScriptRoot
try {
    if ($env:ADOPTION_CLI) {
        if ($env:ADOPTION_CLI.EndsWith('.dll')) { & dotnet $env:ADOPTION_CLI @arguments } else { & $env:ADOPTION_CLI @arguments }
    }
    else {
        & dotnet run --project (Join-Path $PSScriptRoot 'tools/AdoptionPlugins.Cli') -c Release -- @arguments
    }
    $exitCode = $LASTEXITCODE
}
finally {
    Pop-Location
}
exit $exitCode
