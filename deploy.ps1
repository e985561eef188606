#Requires -Version 7.2
<#
.SYNOPSIS
    Deploys the AdoptionPlugins managed solution to a Dataverse environment.
.DESCRIPTION
    Not available yet: the deploy command of the AdoptionPlugins CLI does not exist so far. Until it does,
    import the managed solution zip through the Power Platform admin center or `pac solution import`.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidatePattern('^https://[A-Za-z0-9.-]+/?$')]
    [string] $EnvironmentUrl
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

Write-Error "deploy.ps1 is not available yet: the CLI has no deploy command so far. Import the managed solution zip by hand for now ($EnvironmentUrl)." -ErrorAction Continue
exit 3
