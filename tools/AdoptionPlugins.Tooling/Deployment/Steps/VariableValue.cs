using System;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>Sets one environment variable value when it differs, shared by the settings step and the sending switch.</summary>
internal static class VariableValue
{
    /// <summary>Returns a line describing the change, or null when the value already is as wanted.</summary>
    public static async Task<string?> SetAsync(DeploymentContext context, string schemaName, string value, CancellationToken cancellationToken)
    {
        var current = await context.Api.FindEnvironmentVariableAsync(schemaName, cancellationToken).ConfigureAwait(false);
        if (current == null)
        {
            return context.WhatIf && context.ImportsPackage
                ? $"{schemaName}: would be set to \"{value}\" once the import has created it"
                : throw new DataverseRequestException(DataverseFailure.Failed, $"Environment variable {schemaName} does not exist in {context.Api.EnvironmentUrl}; the solution import should have created it. Run deploy again with --force.");
        }

        if (current.ValueId.HasValue && string.Equals(current.Value, value, StringComparison.Ordinal))
        {
            return null;
        }

        if (!context.WhatIf)
        {
            await context.Api.SetEnvironmentVariableValueAsync(current, value, cancellationToken).ConfigureAwait(false);
        }

        return $"{schemaName}: \"{current.EffectiveValue ?? "(empty)"}\"{(current.ValueId.HasValue ? string.Empty : " (default)")} -> \"{value}\"";
    }
}
