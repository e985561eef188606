using System;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Apps;

/// <summary>A model-driven app, <c>AppModules/&lt;unique name&gt;/AppModule.xml</c>: what it contains, who may open it, its settings.</summary>
public sealed record AppDefinition
{
    /// <summary>The unique name with the publisher prefix; it names the app's folder and its site map's.</summary>
    public required string UniqueName { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The app's icon; the platform's default app icon unless the solution ships one.</summary>
    public required Guid WebResourceId { get; init; }

    public required ValueList<AppComponent> Components { get; init; }

    /// <summary>The security roles whose holders see the app.</summary>
    public required ValueList<Guid> Roles { get; init; }

    public ValueList<AppSetting> Settings { get; init; } = [];

    public string IntroducedVersion { get; init; } = "1.0.0.0";
}
