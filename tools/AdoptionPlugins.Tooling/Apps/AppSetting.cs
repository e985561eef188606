namespace AdoptionPlugins.Tooling.Apps;

/// <summary>One <c>&lt;appsetting settingdefinitionid.uniquename="…"&gt;</c> of an app and its value (BAK <c>FluentThemingPreview</c>).</summary>
public sealed record AppSetting(string Name, string Value);
