using System;
using System.Globalization;
using AdoptionPlugins.Tooling.Tables;

namespace AdoptionPlugins.Tooling.Content;

/// <summary>
/// Name-based ids for the solution's roles, charts, forms, dashboards and app parts, so regenerating them never changes a
/// file and an upgrade finds every component under the id it was installed with.
/// </summary>
public static class ContentIds
{
    /// <summary>Changing this would give every role, chart, form and dashboard a new id, which an upgrade treats as delete and add.</summary>
    public static readonly Guid Namespace = new("4f6d2a8e-1c3b-5e7f-9a0d-2b4c6e8f1a3d");

    /// <summary>The id of the component named <paramref name="name"/>, e.g. <c>role/Adoption User</c>.</summary>
    public static Guid For(string name) => NameBasedGuid.Create(Namespace, name);

    /// <summary>The braced id of a part (tab, section, cell) of the form or dashboard <paramref name="owner"/>, as form XML writes ids.</summary>
    public static string PartOf(Guid owner, string part) =>
        For($"{owner:N}/{part}").ToString("B", CultureInfo.InvariantCulture);
}
