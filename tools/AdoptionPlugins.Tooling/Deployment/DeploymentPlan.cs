using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Tooling.Deployment.Steps;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>The ordered steps of one deployment, built only after the zip, the settings file and the options were checked against each other.</summary>
public sealed class DeploymentPlan
{
    private DeploymentPlan(SolutionPackage package, DeploymentSettings settings, DeploymentOptions options, IReadOnlyList<IDeploymentStep> steps, bool isUninstall = false)
    {
        Package = package;
        Settings = settings;
        Options = options;
        Steps = steps;
        IsUninstall = isUninstall;
    }

    public SolutionPackage Package { get; }

    public DeploymentSettings Settings { get; }

    public DeploymentOptions Options { get; }

    public IReadOnlyList<IDeploymentStep> Steps { get; }

    /// <summary>True for the plan that removes the solution instead of deploying it.</summary>
    public bool IsUninstall { get; }

    /// <summary>
    /// Uninstall in the only safe order: purge the adoption data if asked, then delete the solution, which removes its tables,
    /// steps, flow and variables (dataverse-facts 8.1).
    /// </summary>
    public static DeploymentPlan Uninstall(SolutionPackage package, bool purgeData, bool whatIf)
    {
        ArgumentNullException.ThrowIfNull(package);
        IReadOnlyList<IDeploymentStep> steps = purgeData
            ? [new VerifyConnectionStep(), new PurgeAdoptionDataStep(), new DeleteSolutionStep()]
            : [new VerifyConnectionStep(), new DeleteSolutionStep()];
        return new DeploymentPlan(package, DeploymentSettings.None, new DeploymentOptions { WhatIf = whatIf }, steps, isUninstall: true);
    }

    /// <summary>Checks that the inputs fit together; every mismatch throws <see cref="DeploymentInputException"/> naming the file, line and field.</summary>
    public static DeploymentPlan Create(SolutionPackage package, DeploymentSettings settings, DeploymentOptions options)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        if (!package.IsManaged)
        {
            throw new DeploymentInputException($"{package.Path} is an unmanaged solution (Managed is 0 in its solution.xml); deploy installs the managed zip. Pass the *_managed.zip that 'adoption pack' writes.");
        }

        CheckVariables(package, settings);
        CheckReferences(package, settings);
        CheckSending(package, options);
        CheckPrivacyMode(package, options);

        // Import, then keys (upserts need them Active), then plugin steps, values and bindings (dataverse-facts 8.4); privacy mode
        // after the plugin steps (their settings check judges the save) and before the flow, so the first evaluation runs with it;
        // sending last so that a run stopping early never leaves nudges going out.
        return new DeploymentPlan(package, settings, options,
        [
            new VerifyConnectionStep(),
            new ImportSolutionStep(),
            new WaitForAlternateKeysStep(),
            new EnablePluginStepsStep(),
            new SetEnvironmentVariablesStep(),
            new BindConnectionReferencesStep(),
            new SetPrivacyModeStep(),
            new TurnOnCloudFlowsStep(),
            new SetSendingStep(),
        ]);
    }

    private static void CheckVariables(SolutionPackage package, DeploymentSettings settings)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in settings.EnvironmentVariables)
        {
            var where = $"{settings.Source} line {setting.Line}: EnvironmentVariables SchemaName \"{setting.SchemaName}\"";
            var definition = package.FindEnvironmentVariable(setting.SchemaName)
                ?? throw new DeploymentInputException($"{where} is not an environment variable of {package.UniqueName} {package.Version}; it has {List(package.EnvironmentVariables.Select(variable => variable.SchemaName))}.");
            if (!seen.Add(setting.SchemaName))
            {
                throw new DeploymentInputException($"{where} appears twice; keep one entry.");
            }

            if (definition == package.SendingSwitch && setting.HasValue)
            {
                throw new DeploymentInputException($"{where} is the sending switch; turn sending on or off with --enable-sending or --disable-sending, not in the settings file.");
            }

            if (setting.HasValue && TypeProblem(definition.Type, setting.Value) is { } problem)
            {
                throw new DeploymentInputException($"{where}: Value \"{setting.Value}\" {problem}.");
            }
        }
    }

    private static string? TypeProblem(EnvironmentVariableType type, string value) => type switch
    {
        EnvironmentVariableType.Number when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => "is not a number (use digits and a dot, e.g. 7 or 2.5)",
        EnvironmentVariableType.Boolean when value is not ("yes" or "no") => "must be yes or no (a Yes/No environment variable stores these words)",
        _ => null,
    };

    private static void CheckReferences(SolutionPackage package, DeploymentSettings settings)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in settings.ConnectionReferences)
        {
            var where = $"{settings.Source} line {setting.Line}: ConnectionReferences LogicalName \"{setting.LogicalName}\"";
            var definition = package.FindConnectionReference(setting.LogicalName)
                ?? throw new DeploymentInputException($"{where} is not a connection reference of {package.UniqueName} {package.Version}; it has {List(package.ConnectionReferences.Select(reference => reference.LogicalName))}.");
            if (!seen.Add(setting.LogicalName))
            {
                throw new DeploymentInputException($"{where} appears twice; keep one entry.");
            }

            if (setting.ConnectorId.Length > 0 && definition.ConnectorId != null && !setting.ConnectorId.Equals(definition.ConnectorId, StringComparison.OrdinalIgnoreCase))
            {
                throw new DeploymentInputException($"{where}: ConnectorId \"{setting.ConnectorId}\" differs from the solution's {definition.ConnectorId}; a connection of another connector cannot be bound.");
            }
        }
    }

    private static void CheckSending(SolutionPackage package, DeploymentOptions options)
    {
        if (options.Sending == SendingChange.LeaveAsIs)
        {
            return;
        }

        var sendingSwitch = package.SendingSwitch
            ?? throw new DeploymentInputException($"{package.Path} has no {package.PublisherPrefix}{SolutionPackage.SendingSwitchSuffix} environment variable, so deploy cannot switch sending; leave out --enable-sending/--disable-sending.");
        if (sendingSwitch.Type != EnvironmentVariableType.Boolean)
        {
            throw new DeploymentInputException($"{sendingSwitch.SchemaName} in {package.Path} is a {sendingSwitch.Type} variable; deploy switches sending only through a Yes/No variable.");
        }
    }

    private static void CheckPrivacyMode(SolutionPackage package, DeploymentOptions options)
    {
        if (options.PrivacyMode != PrivacyModeChange.LeaveAsIs && package.SettingsTable == null)
        {
            throw new DeploymentInputException($"{package.Path} has no {PrivacyModeSetting.TableLogicalName} table, so deploy cannot save privacy mode; leave out --privacy-mode.");
        }
    }

    private static string List(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count == 0 ? "none" : string.Join(", ", all);
    }
}
