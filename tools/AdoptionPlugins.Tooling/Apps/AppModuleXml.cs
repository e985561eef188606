using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Apps;

/// <summary>
/// Reads and writes <c>AppModules/&lt;unique name&gt;/AppModule.xml</c> with the elements and order of BAK's exported app, including
/// its <c>appsettings</c>. Components are written by type, then name or id, as BAK lists them.
/// </summary>
public static class AppModuleXml
{
    public const string Folder = "AppModules";

    /// <summary>The web resource the platform ships as the default app icon (create-manage-model-driven-apps-using-code; MED uses it).</summary>
    public static readonly Guid DefaultIcon = new("953b9fac-1e5e-e611-80d6-00155ded156f");

    private static readonly string[] Children =
    [
        "UniqueName", "IntroducedVersion", "WebResourceId", "OptimizedFor", "statecode", "statuscode", "FormFactor", "ClientType",
        "NavigationType", "AppModuleComponents", "AppModuleRoleMaps", "LocalizedNames", "Descriptions", "appsettings",
    ];

    public static string RelativePathOf(string uniqueName) => $"{Folder}/{uniqueName}/AppModule.xml";

    public static AppDefinition ReadFile(string path, string source)
    {
        var app = Read(LoadRoot(path, source, "AppModule"), source);
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        return string.Equals(folder, app.UniqueName, StringComparison.Ordinal)
            ? app
            : throw Error(source, $"the folder is named {folder} but the app is {app.UniqueName}; name the folder {Folder}/{app.UniqueName}");
    }

    public static AppDefinition Read(XElement app, string source)
    {
        ArgumentNullException.ThrowIfNull(app);
        RequireOnlyKnownChildren(app, Children, source);
        return new AppDefinition
        {
            UniqueName = RequiredText(app, "UniqueName", source),
            Name = ExportXml.LabelText(app, "LocalizedNames") ?? throw Error(source, "<LocalizedNames> is missing; an app has a name"),
            Description = ExportXml.LabelText(app, "Descriptions") ?? "",
            WebResourceId = RequiredGuid(app, "WebResourceId", source),
            Components = (app.Element("AppModuleComponents")?.Elements("AppModuleComponent") ?? []).Select(component => ReadComponent(component, source)).ToValueList(),
            Roles = (app.Element("AppModuleRoleMaps")?.Elements("Role") ?? []).Select(role => ParseGuid(RequiredAttribute(role, "id", source), "a role id", source)).ToValueList(),
            Settings = (app.Element("appsettings")?.Elements("appsetting") ?? [])
                .Select(setting => new AppSetting(RequiredAttribute(setting, "settingdefinitionid.uniquename", source), RequiredText(setting, "value", source)))
                .ToValueList(),
            IntroducedVersion = Text(app, "IntroducedVersion") ?? "1.0.0.0",
        };
    }

    public static byte[] Write(AppDefinition app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return ExportXml.ToBytes(new XElement(
            "AppModule",
            new XElement("UniqueName", app.UniqueName),
            new XElement("IntroducedVersion", app.IntroducedVersion),
            new XElement("WebResourceId", app.WebResourceId.ToString("D", CultureInfo.InvariantCulture)),
            new XElement("OptimizedFor", ""),
            new XElement("statecode", "0"),
            new XElement("statuscode", "1"),
            new XElement("FormFactor", "1"),
            new XElement("ClientType", "4"),
            new XElement("NavigationType", "0"),
            new XElement("AppModuleComponents", Sorted(app.Components).Select(WriteComponent)),
            new XElement("AppModuleRoleMaps", app.Roles.Select(role => new XElement("Role", new XAttribute("id", role.ToString("B", CultureInfo.InvariantCulture))))),
            ExportXml.Labels("LocalizedNames", "LocalizedName", app.Name),
            ExportXml.Labels("Descriptions", "Description", app.Description),
            app.Settings.Count == 0 ? null : new XElement(
                "appsettings",
                app.Settings.Select(setting => new XElement(
                    "appsetting",
                    new XAttribute("settingdefinitionid.uniquename", setting.Name),
                    new XElement("iscustomizable", "1"),
                    new XElement("value", setting.Value))))));
    }

    public static string WriteTo(string solutionFolder, AppDefinition app) =>
        ExportXml.WriteFile(solutionFolder, RelativePathOf(app.UniqueName), Write(app));

    /// <summary>Components in the order BAK lists them: by type, then by name or id.</summary>
    public static IEnumerable<AppComponent> Sorted(IEnumerable<AppComponent> components) =>
        components.OrderBy(component => component.Type).ThenBy(component => component.SchemaName ?? component.Id?.ToString("B", CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static XElement WriteComponent(AppComponent component) =>
        new(
            "AppModuleComponent",
            new XAttribute("type", component.Type.ToString(CultureInfo.InvariantCulture)),
            component.Id is { } id ? new XAttribute("id", id.ToString("B", CultureInfo.InvariantCulture)) : null,
            component.SchemaName is { } name ? new XAttribute("schemaName", name) : null);

    private static AppComponent ReadComponent(XElement component, string source) =>
        new(
            ExportXml.RequiredIntAttribute(component, "type", source),
            component.Attribute("schemaName")?.Value,
            component.Attribute("id")?.Value is { } id ? ParseGuid(id, "an app component id", source) : null);
}
