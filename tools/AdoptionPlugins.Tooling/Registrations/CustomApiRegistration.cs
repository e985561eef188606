using System;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>One <c>customapis/&lt;uniquename&gt;/</c> folder: a message of our own, the plug-in type that implements it, its inputs and outputs.</summary>
public sealed record CustomApiRegistration
{
    /// <summary>The message name; starts with the publisher prefix and cannot change.</summary>
    public required string UniqueName { get; init; }

    public string? Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public CustomApiBindingType BindingType { get; init; }

    /// <summary>The table an Entity or EntityCollection bound API is bound to.</summary>
    public string? BoundEntityLogicalName { get; init; }

    /// <summary>A function is called with GET; the flow connector can only call actions (dataverse-facts 2.1).</summary>
    public bool IsFunction { get; init; }

    public bool IsPrivate { get; init; }

    public CustomProcessingStepType AllowedCustomProcessingStepType { get; init; }

    /// <summary>
    /// <c>&lt;plugintypeid&gt;&lt;plugintypeexportkey&gt;</c>: the <c>PluginTypeId</c> of a type in a plugin assembly, or a 64-hex hash for a
    /// plug-in package type; null when the API has no main-operation plugin.
    /// </summary>
    public string? PluginTypeExportKey { get; init; }

    /// <summary>The privilege a caller needs; null means anyone may call it.</summary>
    public string? ExecutePrivilegeName { get; init; }

    public bool IsCustomizable { get; init; } = true;

    public bool WorkflowSdkStepEnabled { get; init; }

    /// <summary>In folder-name order (exports name each folder after the unique name), whatever order the file system lists them in.</summary>
    public ValueList<CustomApiRequestParameter> RequestParameters { get; init; } = [];

    /// <summary>In folder-name order (exports name each folder after the unique name), whatever order the file system lists them in.</summary>
    public ValueList<CustomApiResponseProperty> ResponseProperties { get; init; } = [];

    /// <summary>The plug-in type id when <see cref="PluginTypeExportKey"/> is a GUID, that is when the type lives in a plugin assembly.</summary>
    public Guid? PluginTypeId => Guid.TryParse(PluginTypeExportKey, out var id) ? id : null;
}
